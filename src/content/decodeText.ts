import type { ContentIssue } from '../../machines/content/issues';

/** The largest content file Debrief reads; the biggest shipped scenario is a few dozen kilobytes. */
export const MAX_FILE_BYTES = 16 * 1024 * 1024;

export const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(bytes < 1024 * 1024 ? 2 : 1)} MB`;

/**
 * A file's bytes as text, or the line holding the first byte that is not UTF-8. Decoding with
 * replacement would turn a Latin-1 "é" into "�" and let the file pass with altered text.
 */
export function decodeText(
  bytes: Uint8Array,
  file: string,
): { ok: true; text: string } | { ok: false; issue: ContentIssue } {
  const strict = new TextDecoder('utf-8', { fatal: true });
  try {
    // The decoder drops a leading byte-order mark, so a BOM'd file reads like any other.
    return { ok: true, text: strict.decode(bytes) };
  } catch {
    // A newline byte never occurs inside a multi-byte UTF-8 sequence, so lines decode on their own.
    let line = 1;
    let start = 0;
    for (let i = 0; i <= bytes.length; i++) {
      if (i < bytes.length && bytes[i] !== 0x0a) continue;
      try {
        strict.decode(bytes.subarray(start, i));
      } catch {
        break;
      }
      line++;
      start = i + 1;
    }
    return {
      ok: false,
      issue: {
        file,
        path: `line ${line}`,
        message: 'expected UTF-8 text, found bytes that are not UTF-8 (save the file as UTF-8)',
      },
    };
  }
}
