import type { Unzip as UnzipType, UnzipFile } from 'fflate';
import { decodeText, MAX_FILE_BYTES, megabytes } from '../content/decodeText';
import type { ImportProblem } from './check';
import type { ImportedFile } from './imported';
import { formatCount } from '../../machines/format';

/** A zip may hold this many entries; a pack folder holds a few dozen. */
export const MAX_ZIP_ENTRIES = 1000;
/** And inflate to this much content in all; past it the zip is refused (a zip bomb stops here, not at 1 GB). */
const MAX_ZIP_BYTES = 64 * 1024 * 1024;

const CONTENT = /\.(ya?ml|json)$/i;
const problem = (file: string, message: string): ImportProblem => ({ file, path: '(file)', message, line: null });

/** Dropped or chosen files as imported text, each refused with a reason when it cannot be read. */
export async function readDropped(list: File[]): Promise<{ files: ImportedFile[]; problems: ImportProblem[] }> {
  const files: ImportedFile[] = [];
  const problems: ImportProblem[] = [];
  for (const f of list) {
    if (/\.zip$/i.test(f.name)) {
      const zip = await filesInZip(f);
      files.push(...zip.files);
      problems.push(...zip.problems);
    } else if (CONTENT.test(f.name)) {
      if (f.size > MAX_FILE_BYTES) {
        problems.push(
          problem(f.name, `is ${megabytes(f.size)}, more than the ${megabytes(MAX_FILE_BYTES)} a content file may be`),
        );
        continue;
      }
      const decoded = decodeText(new Uint8Array(await f.arrayBuffer()), f.name);
      if (decoded.ok) files.push({ name: f.name, text: decoded.text, addedAt: Date.now() });
      else problems.push({ ...decoded.issue, line: Number(/\d+/.exec(decoded.issue.path)?.[0]) || null });
    } else problems.push(problem(f.name, 'expected a .yaml, .yml or .json file, or a .zip of them'));
  }
  return { files, problems };
}

/**
 * The scenario and pack files inside a zip (a pack folder zipped with its scenarios), inflated
 * while streaming so the entry and size limits stop a zip bomb before it is in memory.
 */
export async function filesInZip(zip: File): Promise<{ files: ImportedFile[]; problems: ImportProblem[] }> {
  const { Unzip, UnzipInflate } = await import('fflate');
  const files: ImportedFile[] = [];
  const problems: ImportProblem[] = [];
  const head = new Uint8Array(await zip.slice(0, 4).arrayBuffer());
  if (head[0] !== 0x50 || head[1] !== 0x4b)
    return {
      files,
      problems: [problem(zip.name, 'is not a zip file (it does not start as one): expected a zipped pack folder')],
    };

  let entries = 0;
  let inflated = 0;
  let stop: string | null = null;
  const open: UnzipFile[] = [];
  const pending: Array<Promise<void>> = [];
  const unzip: UnzipType = new Unzip((entry) => {
    if (stop) return;
    if (++entries > MAX_ZIP_ENTRIES) {
      stop = `holds more than ${formatCount(MAX_ZIP_ENTRIES)} entries: expected a pack folder of scenario and pack files`;
      return;
    }
    const path = entry.name;
    // Hidden files, authors' _templates and `..` entries stay out; only content files are inflated.
    if (
      path.endsWith('/') ||
      !CONTENT.test(path) ||
      path.split('/').some((part) => part.startsWith('.') || part.startsWith('_'))
    )
      return;
    const chunks: Uint8Array[] = [];
    let size = 0;
    open.push(entry);
    pending.push(
      new Promise<void>((resolve) => {
        entry.ondata = (err, chunk, final) => {
          if (err) {
            problems.push(
              problem(`${zip.name}/${path}`, `could not be unzipped (${err.message}): the zip may be damaged`),
            );
            return resolve();
          }
          size += chunk.length;
          inflated += chunk.length;
          if (size > MAX_FILE_BYTES) {
            problems.push(
              problem(`${zip.name}/${path}`, `inflates past the ${megabytes(MAX_FILE_BYTES)} a content file may be`),
            );
            entry.terminate();
            return resolve();
          }
          if (inflated > MAX_ZIP_BYTES) {
            stop = `inflates past ${megabytes(MAX_ZIP_BYTES)} of content: expected a pack folder, not a zip bomb`;
            entry.terminate();
            return resolve();
          }
          chunks.push(chunk);
          if (!final) return;
          const bytes = new Uint8Array(size);
          let at = 0;
          for (const c of chunks) bytes.set(c, (at += c.length) - c.length);
          const decoded = decodeText(bytes, `${zip.name}/${path}`);
          if (decoded.ok) files.push({ name: `${zip.name}/${path}`, text: decoded.text, addedAt: Date.now() });
          else problems.push({ ...decoded.issue, line: Number(/\d+/.exec(decoded.issue.path)?.[0]) || null });
          resolve();
        };
      }),
    );
    try {
      entry.start();
    } catch (err) {
      problems.push(
        problem(`${zip.name}/${path}`, `could not be unzipped (${err instanceof Error ? err.message : String(err)})`),
      );
    }
  });
  unzip.register(UnzipInflate);

  try {
    const reader = zip.stream().getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (stop) {
        await reader.cancel();
        break;
      }
      unzip.push(value ?? new Uint8Array(0), done);
      if (done) break;
    }
  } catch (err) {
    stop ??= `could not be read as a zip (${err instanceof Error ? err.message : String(err)}): it may be damaged or cut short`;
  }
  if (stop) {
    for (const entry of open) entry.terminate();
    return { files: [], problems: [problem(zip.name, `was not imported: it ${stop}`)] };
  }
  // An entry whose data ended early never says final: give it no more than what has arrived.
  await Promise.race([Promise.all(pending), new Promise((r) => setTimeout(r, 0))]);
  if (pending.length > files.length + problems.length)
    problems.push(problem(zip.name, 'ends partway through a file: the zip may be cut short'));
  if (!files.length && !problems.length)
    problems.push(problem(zip.name, 'holds no scenario or pack files (.yaml, .yml, .json)'));
  return { files, problems };
}
