import type { Person, Recommendation } from '../content/schema';
import type { Scorecard, Vote } from '../rules/types';
import { isAgainst } from '../rules/scoring';
import { recommendationLabel } from '../format';
import { discussionOf, flagLabel } from './discussion';
import { orderedVotes, withRevision, type CommitteeState } from './committeeActions';
import type { RevisionEvent } from './committeeInput';

/** What moved a member the engine plays in the revision round, in the packet's own words. */
export interface Revision {
  member: string;
  from: Recommendation;
  to: Recommendation;
  because: string;
}

const SOFTER: Partial<Record<Recommendation, Recommendation>> = { strong_yes: 'yes', strong_no: 'no' };

/**
 * Where a real member would move once the votes are unsealed: a member the engine plays softens a
 * strong vote by one step when the packet holds firsthand evidence against it from a round they
 * did not run (a flag raised, or an interviewer's card on the other side). They do not cross to
 * the other side and their read of the packet (the score calibration starts from) stays as it
 * was, so the room reaches the decision the kernel's walks (branch check, lab, what-if) reach.
 */
function simulatedRevisions(
  members: ReadonlyArray<Person>,
  votes: Readonly<Record<string, Vote>>,
  scorecards: ReadonlyArray<Scorecard>,
): Revision[] {
  const revisions: Revision[] = [];
  for (const m of members) {
    if (!Object.hasOwn(votes, m.id)) continue;
    const vote = votes[m.id]!;
    const to = SOFTER[vote.recommendation];
    if (vote.byPerson || !to) continue;
    const against = isAgainst(vote.recommendation);
    const card = scorecards.find(
      (c) =>
        c.interviewer !== m.id &&
        (against ? !isAgainst(c.recommendation) && !c.flags.length : c.flags.length > 0 || isAgainst(c.recommendation)),
    );
    // A voice across the table counts when it speaks from firsthand: the member ran a round, or argued in their own words.
    const voice = Object.values(votes).find(
      (v) =>
        v.member !== m.id &&
        isAgainst(v.recommendation) !== against &&
        (scorecards.some((c) => c.interviewer === v.member) || !!v.narrative?.trim()),
    );
    const because = card ? cardEvidence(card, against) : voice ? voiceEvidence(voice) : null;
    if (because) revisions.push({ member: m.id, from: vote.recommendation, to, because });
  }
  return revisions;
}

const cardEvidence = (c: Scorecard, against: boolean) => {
  const note = c.notes[0] ? `: "${c.notes[0].replace(/\.$/, '')}"` : '';
  if (!against && c.flags.length)
    return `${c.interviewerName} raised the ${c.flags.map(flagLabel).join(' and ')} flag in the ${c.roundTitle}${note}`;
  return `${c.interviewerName}'s ${c.roundTitle} came out ${recommendationLabel(c.recommendation).toLowerCase()} (${c.overall} of 5)${note}`;
};

const voiceEvidence = (v: Vote) =>
  `${v.name} voted ${recommendationLabel(v.recommendation).toLowerCase()}${v.narrative?.trim() ? `: "${v.narrative.trim().replace(/\.$/, '')}"` : ''}`;

/** The votes with the revision round's moves applied: a new recommendation and the reason the room heard. */
function withRevisions(votes: Readonly<Record<string, Vote>>, revisions: ReadonlyArray<Revision>) {
  const next = { ...votes };
  for (const r of revisions) {
    const v = next[r.member]!;
    next[r.member] = {
      ...v,
      recommendation: r.to,
      reason: `softened from ${recommendationLabel(r.from).toLowerCase()} after hearing the room: ${r.because}`,
    };
  }
  return next;
}

/**
 * The revision round opens: the engine's members move where a real member would, and the
 * discussion the room hears is argued from the packet, those moves included.
 */
export function openRevisionRound(ctx: CommitteeState): Pick<CommitteeState, 'votes' | 'discussion'> {
  const revisions = simulatedRevisions(ctx.members, ctx.votes, ctx.scorecards);
  const votes = withRevisions(ctx.votes, revisions);
  // The room argues from the votes as cast; the moves they led to close the round.
  return { votes, discussion: discussionOf(orderedVotes(ctx), ctx.scorecards, revisions) };
}

/** A person's revision or hold: the vote as revised, and the line the room hears, added to the discussion. */
export function personRevision(
  ctx: CommitteeState,
  event: RevisionEvent,
): Pick<CommitteeState, 'votes' | 'discussion'> {
  const before = ctx.votes[event.member]!;
  const votes = withRevision(ctx, event);
  const after = votes[event.member]!;
  const why = event.reason.trim().replace(/\.$/, '');
  const line =
    after.recommendation === before.recommendation
      ? `${before.name} holds at ${recommendationLabel(before.recommendation).toLowerCase()}: "${why}".`
      : `${before.name} revises from ${recommendationLabel(before.recommendation).toLowerCase()} to ${recommendationLabel(after.recommendation).toLowerCase()}: "${why}".`;
  return { votes, discussion: [...ctx.discussion, line] };
}
