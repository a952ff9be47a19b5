import { useSyncExternalStore } from 'react';
import { onStorageNotice, storageNotices } from './store';

/** Every storage problem so far, said aloud on whatever screen is showing. */
export function StorageNotices() {
  const notices = useSyncExternalStore(onStorageNotice, () => storageNotices().length);
  if (!notices) return null;
  return (
    <div className="storage-notices" role="alert">
      {storageNotices().map((n) => (
        <p key={n.message} className="notice">{n.message}</p>
      ))}
    </div>
  );
}
