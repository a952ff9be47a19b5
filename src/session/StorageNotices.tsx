import { useSyncExternalStore } from 'react';
import { onStorageNotice, storageNotices } from './store';

/** Every storage problem so far, said aloud on whatever screen is showing. */
export function StorageNotices() {
  // The prerendered library has no storage yet: no notices on the server.
  const notices = useSyncExternalStore(
    onStorageNotice,
    () => storageNotices().length,
    () => 0,
  );
  if (!notices) return null;
  return (
    <div className="storage-notices" role="alert">
      {storageNotices().map((n) => (
        <p key={n.message} className="notice">
          {n.message}
        </p>
      ))}
    </div>
  );
}
