import type { ResolvedScenario } from '../content/resolve';
import { withPolicyChanges } from '../policy/compile';
import { pathSpecFor, playPath } from '../engine/playPath';
import type { PlayReport } from '../engine/report';
import { Committee } from './committee';
import type { LabSetup } from './setup';

/** A setup the lab cannot run on this scenario; the message names the field and what it expects. */
export class LabError extends Error {
  override name = 'LabError';
}

/** A scenario's path played once through the real machines, ready for the lab's draws. */
export interface LabPath {
  resolved: ResolvedScenario;
  report: PlayReport;
  committee: Committee;
}

/** Play the setup's path and build the committee the draws perturb, with the setup's rules switched off. */
export function labPath(resolved: ResolvedScenario, setup: Pick<LabSetup, 'path' | 'off'>): LabPath {
  const ids = resolved.policy.rules.map((r) => r.id);
  const unknown = setup.off.filter((id) => !ids.includes(id));
  if (unknown.length)
    throw new LabError(
      `off: ${unknown.join(', ')} ${unknown.length > 1 ? 'are not rules' : 'is not a rule'} of ${resolved.scenario.id}; expected some of ${ids.join(', ')}`,
    );
  let report: PlayReport;
  try {
    report = playPath(resolved, pathSpecFor(resolved, setup.path));
  } catch (err) {
    throw new LabError(`path: ${err instanceof Error ? err.message : String(err)}`);
  }
  if (report.consensus === null) {
    throw new LabError(
      `path: "${setup.path}" of ${resolved.scenario.id} ends in ${report.decisionLabel.toLowerCase()} before the committee sits; the lab needs a path the committee decides`,
    );
  }
  const policy = withPolicyChanges(resolved.policy, { off: setup.off });
  return { resolved, report, committee: new Committee(resolved, report.packet, policy) };
}
