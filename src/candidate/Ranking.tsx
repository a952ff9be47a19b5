import type { DebriefContext } from '../../machines/debriefMachine';
import type { ConversionContext } from '../../machines/conversionMachine';
import { consensusScore } from '../../machines/rules/votes';
import { cohortRanking, rankSlots } from '../../machines/policy/kinds/rankSlots';
import { settingsOf } from '../../machines/policy/registry';

/**
 * The ranking stage (V5): the cohort competing for the slots with the candidate in their place,
 * and the line the slots draw. Ties sit the candidate where the rule ranks them: below the cohort
 * unless the pack gives ties to the candidate.
 */
export function Ranking({
  committee,
}: {
  committee: Pick<DebriefContext | ConversionContext, 'policy' | 'calibrated'>;
}) {
  const { policy } = committee;
  const rank = policy.rankRules[0]?.settings.slots;
  const slots = typeof rank === 'number' ? rank : null;
  if (!committee.calibrated.length) return null;
  const score = consensusScore(committee.calibrated);
  const rank0 = policy.rankRules.find((r) => r.kind === rankSlots.kind);
  const ties = rank0 ? settingsOf(rankSlots, rank0).ties : undefined;
  const { ahead, behind, rank: place } = cohortRanking(score, policy.cohort, ties);
  const rows = [
    ...ahead.map((c) => ({ ...c, you: false })),
    { name: policy.candidate, score, you: true },
    ...behind.map((c) => ({ ...c, you: false })),
  ];
  return (
    <div className="ranking">
      <h3>The cohort{slots !== null ? `, ${slots} slot${slots === 1 ? '' : 's'}` : ''}</h3>
      <ol>
        {rows.map((r, i) => (
          <li
            key={`${r.name}-${i}`}
            className={
              [
                r.you ? 'you' : '',
                slots !== null && i === slots - 1 ? 'last-slot' : '',
                slots !== null && i >= slots ? 'out' : '',
              ]
                .join(' ')
                .trim() || undefined
            }
          >
            <span>
              {r.name}
              {r.you ? ' (the candidate)' : ''}
            </span>{' '}
            <strong>{r.score}</strong>
            {slots !== null && i === slots - 1 && <span className="slot-line"> · the slots end here</span>}
          </li>
        ))}
      </ol>
      <p className="muted">
        {policy.candidate} places {place} of {rows.length}
        {slots !== null ? (place <= slots ? ', inside the slots.' : ', outside the slots.') : '.'}
      </p>
    </div>
  );
}
