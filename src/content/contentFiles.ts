// Node only: the CLI and the build plugin read content files from disk through here.
import { closeSync, constants, fstatSync, openSync, readdirSync, readSync, statSync, type Stats } from 'node:fs';
import { join } from 'node:path';
import type { ContentIssue } from '../../machines/content/issues';
import { decodeText, MAX_FILE_BYTES, megabytes } from './decodeText';

export const CONTENT_FILE = /\.(ya?ml|json)$/i;

const why = (err: unknown): string => {
  const code = (err as { code?: string } | null)?.code;
  if (code === 'EACCES' || code === 'EPERM') return 'cannot be read: permission denied';
  if (code === 'ENOENT') return 'no such file or folder';
  if (code === 'ELOOP') return 'cannot be read: a symbolic link that points back at itself';
  if (code === 'EISDIR') return 'is a folder, not a file';
  return `cannot be read (${code ?? (err instanceof Error ? err.message : String(err))})`;
};

function statOf(path: string, issues: ContentIssue[]): Stats | null {
  try {
    return statSync(path);
  } catch (err) {
    issues.push({ file: path, path: '(file)', message: why(err) });
    return null;
  }
}

/**
 * Every content file under the given files and folders, sorted, with a problem for each target
 * that does not exist or cannot be listed. Underscore and dot files are for authors to copy.
 */
export function collectFiles(
  targets: string[],
  show: (file: string) => string = (f) => f,
): { files: string[]; issues: ContentIssue[] } {
  const files: string[] = [];
  const issues: ContentIssue[] = [];
  const walk = (dir: string, depth: number) => {
    let entries: string[];
    try {
      entries = readdirSync(dir).sort();
    } catch (err) {
      issues.push({ file: show(dir), path: '(folder)', message: why(err) });
      return;
    }
    for (const entry of entries) {
      if (entry.startsWith('.') || entry.startsWith('_') || entry === 'node_modules') continue;
      const full = join(dir, entry);
      const stat = statOf(full, []);
      // A symbolic link loop would walk forever; 32 folders deep is far past any library.
      if (stat?.isDirectory()) {
        if (depth < 32) walk(full, depth + 1);
      } else if (CONTENT_FILE.test(entry)) files.push(full);
    }
  };
  for (const target of targets) {
    const stat = statOf(target, issues);
    if (!stat) continue;
    if (stat.isDirectory()) walk(target, 0);
    else files.push(target);
  }
  for (const i of issues) i.file = show(i.file);
  return { files: [...new Set(files)], issues };
}

/**
 * A content file's text, read only if it is a regular file under the size limit (a symbolic link
 * to /dev/zero would otherwise be read forever) and only if it is UTF-8.
 */
export function readContentFile(
  path: string,
  shownAs: string = path,
): { ok: true; text: string } | { ok: false; issue: ContentIssue } {
  const refuse = (message: string) => ({ ok: false as const, issue: { file: shownAs, path: '(file)', message } });
  let fd: number;
  try {
    // Checked before opening too: opening a named pipe would wait for a writer.
    if (!statSync(path).isFile() && !statSync(path).isDirectory())
      return refuse('is not a regular file (a device, pipe or socket): expected a YAML or JSON file');
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (err) {
    return refuse(why(err));
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) return refuse('is a folder, not a file');
    if (!stat.isFile()) return refuse('is not a regular file (a device, pipe or socket): expected a YAML or JSON file');
    if (stat.size > MAX_FILE_BYTES)
      return refuse(`is ${megabytes(stat.size)}, more than the ${megabytes(MAX_FILE_BYTES)} a content file may be`);
    // Read at most one byte past the limit, whatever the size claimed, in case the file grows.
    const buffer = new Uint8Array(Math.min(stat.size, MAX_FILE_BYTES) + 1);
    let length = 0;
    for (let n = 1; n > 0 && length < buffer.length; length += n)
      n = readSync(fd, buffer, length, buffer.length - length, null);
    if (length > MAX_FILE_BYTES) return refuse(`is more than the ${megabytes(MAX_FILE_BYTES)} a content file may be`);
    const decoded = decodeText(buffer.subarray(0, length), shownAs);
    return decoded.ok ? decoded : { ok: false, issue: decoded.issue };
  } catch (err) {
    return refuse(why(err));
  } finally {
    closeSync(fd);
  }
}
