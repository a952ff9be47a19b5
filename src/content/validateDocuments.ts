import type { ContentIssue } from '../../machines/content/issues';
import type { ResolvedScenario } from '../../machines/content/resolve';
import { branchProblems } from '../../machines/engine/branches';
import { PathError, playPath } from '../../machines/engine/playPath';
import { offerMismatches } from '../../machines/engine/offerExpectation';
import { pathPlaysQuickly } from '../../machines/engine/checkPath';
import {
  checkDocuments,
  type ContentCrash,
  type ContentDocument,
  type ValidateOptions,
  type Validation,
} from './checkDocuments';

export type { ContentCrash, ContentDocument, Validation } from './checkDocuments';

/**
 * The one check behind `debrief validate`, the build plugin and the browser importer: schema,
 * cross-references, ids not reused, and (unless `deep: false`) the branch check and every named
 * path played to its declared decision. Never throws.
 */
export function validateDocuments(
  docs: ContentDocument[],
  options: Omit<ValidateOptions, 'deep'> & { deep?: boolean } = {},
): Validation {
  return checkDocuments(docs, { ...options, deep: options.deep === false ? undefined : deepCheck });
}

/** The author's branch check and every named path played to the decision it declares. */
export function deepCheck(
  resolved: ResolvedScenario,
  issues: ContentIssue[],
  crashed: (file: string, stage: ContentCrash['stage'], error: unknown, path?: string) => void,
) {
  const file = resolved.file;
  try {
    // What every path decides is `debrief paths`' to count; validate reports what an author must fix.
    const branches = branchProblems(resolved);
    for (const p of [...branches.unreachable, ...branches.deadEndProblems]) issues.push({ file, ...p });
  } catch (err) {
    crashed(file, 'branches', err, 'rounds');
  }
  for (const [name, path] of Object.entries(resolved.scenario.paths)) {
    const at = `paths.${name}`;
    // A step the pack has no rule for would change nothing: say so rather than play it silently.
    path.negotiation.forEach((step, j) => {
      const { competing, deadline } = resolved.policy.offer;
      if (typeof step === 'object' && 'competing' in step && !competing)
        issues.push({
          file,
          path: `${at}.negotiation[${j}]`,
          message: `a competing offer, but pack ${resolved.pack.id} has no competing-offer rule to meet one: the offer would stand unchanged`,
        });
      if (typeof step === 'object' && 'wait' in step && !deadline)
        issues.push({
          file,
          path: `${at}.negotiation[${j}]`,
          message: `a wait, but pack ${resolved.pack.id} has no offer-deadline rule: waiting changes nothing`,
        });
    });
    try {
      // Most paths are right: the quick check settles those, and the loop plays the rest to say why.
      if (pathPlaysQuickly(resolved, path)) continue;
      const report = playPath(resolved, { name, choices: path.choices, negotiation: path.negotiation });
      if (report.decision !== path.decision) {
        const why = report.rulesFired.map((f) => f.rule).join(', ') || `consensus ${report.consensus}`;
        issues.push({
          file,
          path: `${at}.decision`,
          message: `expected the path to reach ${path.decision}, it reaches ${report.decision} (${why})`,
        });
      }
      const o = report.offer;
      const signOn = o?.extras.find((x) => x.kind === 'sign-on')?.amount ?? 0;
      for (const message of offerMismatches(path.offer, o ? { ...o, signOn } : null))
        issues.push({ file, path: `${at}.offer`, message });
    } catch (err) {
      if (err instanceof PathError) issues.push({ file, path: `${at}.choices`, message: err.message });
      else crashed(file, 'path', err, at);
    }
  }
}
