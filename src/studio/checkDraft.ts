import type { ContentIssue } from '../../machines/content/issues';
import type { Pack, Scenario } from '../../machines/content/schema';
import { checkDocuments, type ContentDocument } from '../content/checkDocuments';
import { deepCheck } from '../content/validateDocuments';
import { linesOf } from '../content/fieldLines';
import { mapGraph } from './mapGraph';

/** A problem as the studio shows it: the field path, the message, and the line it is on where known. */
export interface DraftProblem extends ContentIssue {
  line: number | null;
}

export interface DraftCheckRequest {
  name: string;
  text: string;
  /** The bundled packs the draft is checked against (a pack draft replaces the one with its id). */
  packs: Pack[];
  /** For a pack draft: the bundled scenarios, re-checked against it when they name its id. */
  scenarios?: ContentDocument[];
}

export interface DraftCheck {
  kind: 'scenario' | 'pack' | null;
  problems: DraftProblem[];
  /** The draft's scenario and pack as plain data when it resolves (even with branch problems), so it can be played. */
  playable: { scenario: Scenario; pack: Pack } | null;
  /** For a pack draft: the scenarios re-checked against it. */
  rechecked: string[];
  /** The line of each prompt and option of a playable draft, first line first: the map follows the cursor by these. */
  lines: Array<{ line: number; prompt: string; option: string | null }>;
}

/** The line of each `id: x` in a text (its first), by id. */
function idLines(text: string): Map<string, number> {
  const out = new Map<string, number>();
  text.split('\n').forEach((line, i) => {
    const id = /^\s*(?:-\s+)?id:\s*["']?([a-z0-9][a-z0-9-]*)/.exec(line)?.[1];
    if (id && !out.has(id)) out.set(id, i + 1);
  });
  return out;
}

const kindOf = (text: string): DraftCheck['kind'] => {
  const m = /^kind:\s*["']?(scenario|pack)\b/m.exec(text);
  return m ? (m[1] as 'scenario' | 'pack') : null;
};

/**
 * The studio's check: `debrief validate`'s (schema, references, the branch check, every named
 * path played), run on the draft against the bundled packs. A pack draft also re-checks every
 * bundled scenario that names it. Never throws.
 */
export function checkDraft({ name, text, packs, scenarios = [] }: DraftCheckRequest): DraftCheck {
  const kind = kindOf(text);
  let playable: DraftCheck['playable'] = null;
  const docs: ContentDocument[] = [{ name, text }];
  let rechecked: string[] = [];
  if (kind === 'pack') {
    const id = /^id:\s*["']?([a-z0-9-]+)/m.exec(text)?.[1];
    const own = scenarios.filter((s) => id && new RegExp(`^pack:\\s*["']?${id}["']?\\s*$`, 'm').test(s.text));
    docs.push(...own);
    rechecked = own.map((s) => s.name);
  }
  const result = checkDocuments(docs, {
    packs,
    deep: (resolved, issues, crashed) => {
      if (resolved.file === name) playable = { scenario: resolved.scenario, pack: resolved.pack };
      deepCheck(resolved, issues, crashed);
    },
  });
  const texts = new Map(docs.map((d) => [d.name, linesOf(d.text)]));
  const problems = result.issues.map((i) => ({ ...i, line: texts.get(i.file)?.(i.path) ?? null }));
  const lines: DraftCheck['lines'] = [];
  const drawn = playable as DraftCheck['playable'];
  if (drawn) {
    // Prompt and option ids are unique in a scenario that resolves: a scan for `id:` lines finds them
    // without parsing the YAML again, which would cost more than the rest of the check.
    const ids = idLines(text);
    for (const p of mapGraph(drawn.scenario, drawn.pack)) {
      const at = ids.get(p.id);
      if (at) lines.push({ line: at, prompt: p.id, option: null });
      for (const o of p.options) {
        const ol = ids.get(o.id);
        if (ol) lines.push({ line: ol, prompt: p.id, option: o.id });
      }
    }
  }
  lines.sort((a, b) => a.line - b.line);
  return { kind, problems, playable, rechecked, lines };
}
