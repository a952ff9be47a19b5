import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';

/**
 * Past this many characters a link is refused: browsers and chat tools cut long URLs (a fragment
 * is never sent to a server, but it is pasted, stored and displayed). A scenario of 560 lines packs
 * into about 10,000.
 */
export const MAX_LINK_CHARS = 60_000;

const toBase64Url = (bytes: Uint8Array) => {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
};
const fromBase64Url = (text: string) => {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
};

/** A draft as it travels: its file name and text. */
export interface SharedDraft {
  name: string;
  text: string;
}

/** The fragment payload for a draft (deflated, base64url), or null when it would not fit in a link. */
export function encodeDraft(draft: SharedDraft): string | null {
  const payload = toBase64Url(deflateSync(strToU8(JSON.stringify([draft.name, draft.text])), { level: 9 }));
  return payload.length > MAX_LINK_CHARS ? null : payload;
}

/** A draft back from a link's payload; a message saying what is wrong when the link is cut or not a draft. */
export function decodeDraft(payload: string): { ok: true; draft: SharedDraft } | { ok: false; message: string } {
  try {
    const value = JSON.parse(strFromU8(inflateSync(fromBase64Url(payload)))) as unknown;
    if (Array.isArray(value) && typeof value[0] === 'string' && typeof value[1] === 'string')
      return { ok: true, draft: { name: value[0], text: value[1] } };
    return { ok: false, message: 'the link holds something other than a scenario draft' };
  } catch {
    return { ok: false, message: 'the link is damaged or cut short (copy it again, whole)' };
  }
}

/** The studio link that opens a draft, on this page's address. */
export function shareUrl(base: string, draft: SharedDraft): string | null {
  const payload = encodeDraft(draft);
  return payload === null ? null : `${base.replace(/#.*$/, '')}#/studio?d=${payload}`;
}
