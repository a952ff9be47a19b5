import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useSelector } from '@xstate/react';
import type { ResolvedScenario } from '../../machines/content/resolve';
import { RECOMMENDATIONS, type Recommendation } from '../../machines/content/schema';
import { replayPlay } from '../../machines/play/driver';
import { now, type PlayEvent } from '../../machines/play/now';
import { playPath } from '../../machines/engine/playPath';
import { checkEachRule, packetOf } from '../../machines/policy/kernel';
import { decisionLabel } from '../../machines/policy/ladder';
import { committeeOutcome } from '../../machines/committee/outcome';
import { committeeInputOf } from '../../machines/loopMachine';
import { recommendationLabel, roleLabel } from '../../machines/format';
import { decodeSteps, encodeSteps } from '../session/steps';
import { contentHash, readSave, writeSave } from '../session/saves';
import { replaceRoute } from '../shared/router';
import { Timeline } from '../charts/Timeline';
import { CalibrationPlot } from '../charts/CalibrationPlot';
import { Packet } from '../shared/Packet';
import { RuleLegend } from '../shared/RuleLegend';
import { DecisionBanner } from '../shared/DecisionBanner';
import { SeatPicker } from './SeatPicker';
import { VoteForm } from './VoteForm';
import { RulesApplied } from './RulesApplied';
import { OfferSetter } from './OfferSetter';
import { Comparison } from './Comparison';
import { PlayHeader } from '../shared/PlayHeader';
import { Ranking } from '../candidate/Ranking';

/** The anecdote's answers, as the recorded packet was filed. */
const recordedAnswers = (resolved: ResolvedScenario): PlayEvent[] =>
  resolved.scenario.paths.recorded!.choices.map((option) => ({ type: 'candidate.answer' as const, option }));

/** The recorded packet (the anecdote's answers), then whatever the player has done in the room. */
function startPlay(resolved: ResolvedScenario, seat: string, steps: string | null) {
  const save = steps === null ? readSave(resolved.scenario.id, 'committee') : null;
  const saved = save && save.seat === seat ? save.steps : '';
  const events = steps !== null || saved ? decodeSteps(steps ?? saved) : recordedAnswers(resolved);
  return replayPlay(resolved, events, { personMembers: [seat] });
}

/** Committee mode: read the packet, vote before seeing anyone else's, calibrate, apply the rules, decide, compare. */
export function CommitteeMode({
  resolved,
  steps,
  seat,
}: {
  resolved: ResolvedScenario;
  steps: string | null;
  seat: string | null;
}) {
  if (!seat || !resolved.committee.some((m) => m.id === seat)) return <SeatPicker resolved={resolved} />;
  return <Room key={seat} resolved={resolved} steps={steps} seat={seat} />;
}

function Room({ resolved, steps, seat }: { resolved: ResolvedScenario; steps: string | null; seat: string }) {
  const [{ play, stop }] = useState(() => startPlay(resolved, seat, steps));
  const [refusal, setRefusal] = useState<string | null>(null);
  const snap = useSelector(play.actor, (s) => s);
  const at = useSelector(play.actor, now);
  const member = resolved.committee.find((m) => m.id === seat)!;
  const real = useMemo(() => {
    const p = resolved.scenario.paths.recorded!;
    return playPath(resolved, { name: 'recorded', choices: p.choices, negotiation: p.negotiation });
  }, [resolved]);
  const committee = at.kind === 'votes' || at.kind === 'advance' ? at : null;
  const outcome = snap.context.outcome;

  // The events grow as the loop's snapshot moves, and every snapshot renders: encoded here, saved below.
  const encoded = encodeSteps(play.events);
  useEffect(() => {
    replaceRoute({ name: 'play', mode: 'committee', id: resolved.scenario.id, steps: encoded || null, seat });
    // Taking a seat is not progress: only a step of the player's own makes a session worth continuing.
    if (encoded === encodeSteps(recordedAnswers(resolved))) return;
    writeSave({
      format: 1,
      scenarioId: resolved.scenario.id,
      title: resolved.scenario.title,
      mode: 'committee',
      seat,
      contentHash: contentHash(resolved.scenario),
      steps: encoded,
      updatedAt: Date.now(),
      finished: !!outcome,
      outcome: outcome ? decisionLabel(outcome.decision, resolved.scenario) : null,
    });
  }, [encoded, resolved, seat, outcome]);

  const send = useCallback(
    (e: PlayEvent) => {
      const problem = play.send(e);
      setRefusal(e.type === 'committee.vote' ? null : problem);
      return problem;
    },
    [play],
  );

  const stage = committee ? committee.stage : outcome ? 'decided' : 'waiting';
  const voted = !!committee && Object.hasOwn(committee.committee.votes, seat);
  const revising = at.may.includes('committee.revise');
  const awaited = at.kind === 'votes' && at.members.includes(seat);
  // The seat has held or revised in the round when the room has heard it say so.
  const spoke = !!committee?.committee.discussion.some(
    (l) => l.startsWith(`${member.name} holds at`) || l.startsWith(`${member.name} revises from`),
  );
  const others = committee ? Object.values(committee.committee.votes).filter((v) => v.member !== seat) : [];
  const canAdvance = at.kind === 'advance';
  const calibrated = committee?.committee.calibrated.length ? committee.committee.calibrated : (outcome?.votes ?? []);
  const shownVotes = committee ? Object.values(committee.committee.votes) : (outcome?.votes ?? []);
  // The committee's own verdict on this packet (no one in the seat): what a changed packet is compared against.
  const packetVerdict = useMemo(
    () => (outcome ? committeeOutcome(committeeInputOf(resolved, snap.context.scorecards)) : null),
    [outcome, resolved, snap.context.scorecards],
  );
  // What the last step added: the window goes to it, so a stage's news never waits below the fold.
  const news: News | null = outcome
    ? 'decided'
    : stage === 'ranking'
      ? 'ranking'
      : revising && committee?.committee.discussion.length
        ? 'discussion'
        : committee?.committee.calibrated.length
          ? 'calibration'
          : voted
            ? 'votes'
            : null;
  const newsAt = useNewsScroll(news, `${stage}|${shownVotes.length}`);
  const isRecordedPacket =
    snap.context.scorecards.flatMap((c) => c.choices).join(',') === resolved.scenario.paths.recorded!.choices.join(',');

  return (
    <div className="play">
      <PlayHeader
        resolved={resolved}
        mode="Committee"
        intro={`You sit as ${member.name} (${roleLabel(member.role)}). The candidate is ${resolved.scenario.candidate.name}: ${resolved.scenario.candidate.background}`}
      />
      <Timeline
        resolved={resolved}
        day={snap.context.day}
        done={snap.context.scorecards.length}
        phase={outcome ? 'ended' : 'debrief'}
        reached={{ debrief: !!outcome, offer: !!outcome?.level && resolved.scenario.makesOffer }}
      />
      {stop && (
        <p className="notice" role="status">
          This scenario has changed since the link or save was made: replayed {stop.index} steps, then stopped (
          {stop.reason}).
        </p>
      )}
      {refusal && (
        <p className="notice" role="alert">
          {refusal}
        </p>
      )}
      <section className="debrief" aria-labelledby="room-heading">
        <p className="eyebrow">{outcome ? 'Decided' : `Stage: ${stage.replace(/([A-Z])/g, ' $1').toLowerCase()}`}</p>
        <h2 id="room-heading" tabIndex={-1}>
          {outcome ? 'The decision' : awaited ? 'Vote before you hear the room' : 'The packet'}
        </h2>
        <Packet cards={snap.context.scorecards} />
        {awaited && (
          <>
            <p className="sealed">
              {others.length
                ? `${others.length} other vote${others.length > 1 ? 's are' : ' is'} in, sealed until you submit yours.`
                : 'The others are voting at the same time; their votes stay sealed until you submit yours.'}
            </p>
            <VoteForm resolved={resolved} seat={seat} send={send} />
          </>
        )}
        {(voted || (!committee && outcome)) && shownVotes.length > 0 && (
          <div className="votes" aria-live="polite" ref={newsAt('votes')}>
            <h3>The votes</h3>
            <ul>
              {shownVotes.map((v) => (
                <li key={v.member}>
                  <strong>{v.member === seat ? `${v.name} (you)` : v.name}</strong> ({roleLabel(v.role)}):{' '}
                  <span className={`rec ${v.recommendation}`}>{recommendationLabel(v.recommendation)}</span> —{' '}
                  {v.reason}
                </li>
              ))}
            </ul>
          </div>
        )}
        {revising && !!committee?.committee.discussion.length && (
          <div className="discussion" ref={newsAt('discussion')}>
            <h3>Around the table</h3>
            <ul>
              {committee.committee.discussion.map((line, i) => (
                <li key={i}>{line}</li>
              ))}
            </ul>
          </div>
        )}
        {revising && voted && (
          <RevisionForm seat={seat} send={send} current={committee!.committee.votes[seat]!.recommendation} />
        )}
        {(stage === 'ranking' || (outcome && resolved.policy.rankRules.length > 0)) && calibrated.length > 0 && (
          <div ref={newsAt('ranking')}>
            <Ranking committee={{ policy: resolved.policy, calibrated }} />
          </div>
        )}
        {!!calibrated.length && (
          <>
            <h3 ref={newsAt('calibration')}>Calibration</h3>
            <CalibrationPlot votes={calibrated} bar={resolved.policy.bars.hire} seat={seat} />
            <h3>The rules, applied to this packet</h3>
            <RulesApplied
              checks={checkEachRule(resolved.policy, packetOf(resolved.policy, snap.context.scorecards, calibrated))}
            />
          </>
        )}
        {committee && !awaited && (
          <button
            type="button"
            className="primary"
            disabled={!canAdvance}
            onClick={() => send({ type: 'debrief.advance' })}
          >
            {revising && !spoke ? 'Keep my vote as cast and ' : ''}
            {nextLabel(stage, resolved.pack.committee.kind, !(revising && !spoke))}
          </button>
        )}
        {committee && revising && voted && !spoke && (
          <p className="muted">You have not spoken in this round: moving on keeps your vote as you cast it.</p>
        )}
      </section>
      {outcome && (
        <>
          <div ref={newsAt('decided')} />
          <DecisionBanner
            label={decisionLabel(outcome.decision, resolved.scenario)}
            decision={outcome.decision}
            outcome={outcome}
            hold={null}
            showLevel={resolved.scenario.makesOffer}
          />
          <RuleLegend policy={resolved.policy} />
          {outcome.level && resolved.scenario.makesOffer && (
            <OfferSetter
              resolved={resolved}
              level={outcome.level}
              scorecards={snap.context.scorecards}
              role={member.role}
              real={isRecordedPacket ? real.offer : null}
            />
          )}
          <Comparison
            resolved={resolved}
            real={real}
            yours={outcome}
            seat={seat}
            packetVerdict={isRecordedPacket ? null : packetVerdict}
          />
        </>
      )}
    </div>
  );
}

type News = 'votes' | 'calibration' | 'discussion' | 'ranking' | 'decided';

/**
 * Brings a stage's news to the top of the window when it changes (not on opening: a resumed session
 * starts at its top): returns a ref-maker to put on each block that can be news.
 */
function useNewsScroll(news: News | null, step: string) {
  const blocks = useRef(new Map<News, HTMLElement>());
  const seen = useRef<string | null>(null);
  const key = `${news}|${step}`;
  useEffect(() => {
    const first = seen.current === null;
    seen.current = key;
    const el = news && blocks.current.get(news);
    if (first || !el) return;
    window.scrollTo({ top: window.scrollY + el.getBoundingClientRect().top - 8 });
  }, [key, news]);
  return (name: News) => (el: HTMLElement | null) => {
    if (el) blocks.current.set(name, el);
    else blocks.current.delete(name);
  };
}

/** The calibration round: once the votes are unsealed, the seat holds or revises, with a reason the room hears. */
function RevisionForm({
  seat,
  send,
  current,
}: {
  seat: string;
  send: (e: PlayEvent) => string | null;
  current: Recommendation;
}) {
  const [recommendation, setRecommendation] = useState<Recommendation>(current);
  const [reason, setReason] = useState('');
  const [said, setSaid] = useState<string | null>(null);
  return (
    <form
      className="revision"
      onSubmit={(e) => {
        e.preventDefault();
        const problem = send({ type: 'committee.revise', member: seat, recommendation, reason });
        setSaid(
          problem ??
            (recommendation === current
              ? 'You hold your vote.'
              : `You revise to ${recommendationLabel(recommendation).toLowerCase()}.`),
        );
        if (!problem) setReason('');
      }}
    >
      <h3>Calibration round: hold or revise</h3>
      <p className="muted">You have heard the room. Keep your vote or change it; either way, say why.</p>
      <label>
        Your vote{' '}
        <select value={recommendation} onChange={(e) => setRecommendation(e.target.value as Recommendation)}>
          {RECOMMENDATIONS.map((r) => (
            <option key={r} value={r}>
              {recommendationLabel(r)}
              {r === current ? ' (as cast)' : ''}
            </option>
          ))}
        </select>
      </label>
      <label>
        Why <textarea value={reason} onChange={(e) => setReason(e.target.value)} rows={2} />
      </label>
      <button type="submit">{recommendation === current ? 'Hold my vote' : 'Revise my vote'}</button>
      {said && <p role="status">{said}</p>}
    </form>
  );
}

const NEXT: Record<string, string> = {
  packet: 'Go to the vote',
  'debrief.discussion': 'Calibrate',
  'debrief.calibration': 'Decide',
  managerEvaluation: "Hear the engineers' vote",
  engineersVote: 'Hear the calibration',
  'conversion.calibration': 'Open the revision round',
  'conversion.discussion': 'Rank the cohort',
  ranking: 'Decide',
};
const nextLabel = (stage: string, kind: string, capital = true) => {
  const label = NEXT[stage] ?? NEXT[`${kind}.${stage}`] ?? 'Next';
  return capital ? label : label[0]!.toLowerCase() + label.slice(1);
};
