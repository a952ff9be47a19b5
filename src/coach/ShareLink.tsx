import { useState } from 'react';

/** Copy the link to the coach's current setup, to prepare a what-if and send it ahead of a session. */
export function ShareLink({ href }: { href: string }) {
  const [said, setSaid] = useState<{ ok: boolean; url: string } | null>(null);
  const copy = async () => {
    const url = new URL(href, window.location.href).href;
    try {
      await navigator.clipboard.writeText(url);
      setSaid({ ok: true, url });
    } catch {
      // Clipboard access can be refused; the link is then shown to copy by hand.
      setSaid({ ok: false, url });
    }
  };
  return (
    <span className="share-link">
      <button type="button" className="link" onClick={copy}>
        Copy a link to this setup
      </button>
      <span role="status">
        {said?.ok && ' Link copied.'}
        {said && !said.ok && (
          <label>
            {' '}
            This browser would not copy it; select and copy:{' '}
            <input readOnly value={said.url} onFocus={(e) => e.target.select()} />
          </label>
        )}
      </span>
    </span>
  );
}
