import type { Pack } from '../../machines/content/schema';
import { resolveScenario } from '../../machines/content/resolve';
import { pathOutcome } from '../../machines/engine/pathOutcome';
import { parseDocumentText } from '../content/parseDocument';
import { RULE_KINDS } from '../../machines/policy/registry';

/** What the "New scenario" form asks: the pack, the level, and which of the pack's rounds to include. */
export interface SkeletonChoice {
  pack: Pack;
  level: string;
  rounds: string[];
  id: string;
  title: string;
}

const PEOPLE = ['Ada', 'Ben', 'Chloé', 'Dev', 'Ema', 'Femi', 'Gus', 'Hana', 'Ivo', 'Jun'];
const slugOf = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '') || 'x';

/** Decisions the skeleton's two paths reach: filled in by the caller from the engine (see `skeletonText`). */
interface SkeletonDecisions {
  best: string;
  worst: string;
}

/**
 * A scenario file that passes `debrief validate` as written: one interviewer per chosen round (in
 * the role the pack's round asks for), one question per round with a stronger and a weaker
 * answer, and the three named paths, each with the decision the engine gives it. Every line an
 * author should rewrite is marked ✎.
 */
function skeletonText(choice: SkeletonChoice, decisions: SkeletonDecisions): string {
  const { pack, level, id } = choice;
  const defs = pack.loop.rounds.filter((r) => choice.rounds.includes(r.id));
  const interviewers = defs.map((d, i) => ({ role: d.interviewerRole, about: `in the ${d.title.toLowerCase()}`, i }));
  // A rule that names a role (the hiring manager's veto) needs someone in that role on the committee.
  const named = pack.rules.flatMap(
    (r) =>
      RULE_KINDS.get(r.kind)
        ?.roles?.(r as never)
        .map((x) => x.role) ?? [],
  );
  const extra = [...new Set(named)].filter((role) => !interviewers.some((p) => p.role === role));
  const people = [...interviewers, ...extra.map((role) => ({ role, about: 'on the committee', i: -1 }))].map(
    (p, n) => ({
      ...p,
      first: PEOPLE[n % PEOPLE.length]!,
      id: `${slugOf(PEOPLE[n % PEOPLE.length]!)}${n >= PEOPLE.length ? n : ''}`,
    }),
  );
  const dim = (rubric: string) => (Object.hasOwn(pack.rubrics, rubric) ? pack.rubrics[rubric]!.dimensions[0]!.id : 'x');
  const prefix = id.split('-')[0] ?? id;
  const lines: string[] = [
    '# yaml-language-server: $schema=../debrief.schema.json',
    '# Written by the studio\'s "New scenario": every line marked ✎ is yours to rewrite.',
    'schemaVersion: 2',
    'kind: scenario',
    `id: ${id}`,
    `title: ${choice.title} # ✎`,
    `pack: ${pack.id}`,
    'role: ✎ The role being hired',
    `level: ${level}`,
    `sources: [${pack.loop.source}]`,
    'teaches: ✎ The failure mode or the winning move this scenario shows, in a sentence.',
    'summary: ✎ The end-screen paragraph for the recorded path, the rule that decided it, and the lesson.',
    'candidate:',
    '  name: ✎ Sam Example',
    '  background: ✎ Two lines of résumé, enough to make the answers plausible.',
    'people:',
  ];
  for (const p of people) {
    lines.push(
      `  - id: ${p.id}`,
      `    name: ✎ ${p.first} Example`,
      `    role: ${p.role}`,
      `    persona: ${JSON.stringify(`✎ Who they are and what they listen for ${p.about}.`)}`,
    );
  }
  lines.push('rounds:');
  defs.forEach((d, i) => {
    const q = `${prefix}-${slugOf(d.id)}`;
    lines.push(
      `  - round: ${d.id}`,
      `    interviewer: ${people[i]!.id}`,
      '    prompts:',
      `      - id: ${q}-q1`,
      `        text: ${JSON.stringify(`✎ The question asked in the ${d.title.toLowerCase()}.`)}`,
      '        options:',
      `          - id: ${q}-q1-strong`,
      '            text: ✎ A stronger answer, in the first person.',
      '            note: ✎ What the interviewer writes on the scorecard.',
      `            signals: { scores: { ${dim(d.rubric)}: 2 } }`,
      `          - id: ${q}-q1-weak`,
      '            text: ✎ A plausible answer that sends the wrong signal.',
      '            note: ✎ The scorecard line.',
      '            coach: ✎ What the stronger answer would have been.',
      `            signals: { scores: { ${dim(d.rubric)}: -2 } }`,
    );
  });
  lines.push(`committee: [${people.map((p) => p.id).join(', ')}]`, 'paths:');
  const strong = defs.map((d) => `${prefix}-${slugOf(d.id)}-q1-strong`);
  const weak = defs.map((d) => `${prefix}-${slugOf(d.id)}-q1-weak`);
  const path = (name: string, what: string, choices: string[], decision: string) =>
    lines.push(
      `  ${name}:`,
      `    description: ✎ ${what}`,
      `    choices: [${choices.join(', ')}]`,
      `    decision: ${decision}`,
    );
  path('recorded', 'The debrief as it happened.', weak, decisions.worst);
  path('best', 'The strongest answers.', strong, decisions.best);
  path('worst', 'The weakest answers.', weak, decisions.worst);
  return `${lines.join('\n')}\n`;
}

/** The skeleton with each path's decision as the engine reaches it, so the file passes `validate` as written. */
export function writeSkeleton(choice: SkeletonChoice): string {
  const draft = skeletonText(choice, { best: 'hire', worst: 'no_hire' });
  const parsed = parseDocumentText({ name: 'new.yaml', text: draft });
  if (!parsed.ok || parsed.value.kind !== 'scenario') return draft;
  const resolved = resolveScenario(parsed.value, new Map([[choice.pack.id, choice.pack]]), 'new.yaml');
  if (!resolved.ok) return draft;
  const best = pathOutcome(resolved.value, parsed.value.paths.best!.choices)?.decision ?? 'hire';
  const worst = pathOutcome(resolved.value, parsed.value.paths.worst!.choices)?.decision ?? 'no_hire';
  return skeletonText(choice, { best, worst });
}
