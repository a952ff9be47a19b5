import { memo, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { shallowEqual, useSelector } from '@xstate/react';
import type { ResolvedScenario } from '../../machines/content/resolve';
import { replayPlay, type Play, type ReplayStop } from '../../machines/play/driver';
import { hasEnded, now, type LoopSnapshot, type PlayEvent } from '../../machines/play/now';
import { reportOf } from '../../machines/engine/playPath';
import { decodeSteps, encodeSteps } from '../session/steps';
import { contentHash, deleteSave, readSave, writeSave } from '../session/saves';
import { parseRoute, replaceRoute } from '../shared/router';
import { Timeline } from '../charts/Timeline';
import { viewOf } from './view';
import { RoundStep } from './RoundStep';
import { DebriefStep } from './DebriefStep';
import { OfferStep } from './OfferStep';
import { EndScreen } from './EndScreen';
import { RuleLegend } from '../shared/RuleLegend';
import { DecisionBanner } from '../shared/DecisionBanner';
import { PlayHeader } from '../shared/PlayHeader';
import { useTimerSetting } from './timerSetting';
import { WithdrawButton } from './WithdrawButton';
import { decisionLabel } from '../../machines/policy/ladder';
import { type AfterPaintReason, useAfterPaint } from './afterPaint';
import { noteUnroutedSteps, stepsToOpen } from './unroutedSteps';

// What does not change with a key press renders once: React skips these while their props hold.
const StaticTimeline = memo(Timeline);
const StaticHeader = memo(PlayHeader);
const StaticLegend = memo(RuleLegend);
const StaticWithdraw = memo(WithdrawButton);

// What moves between rounds rather than with every answer, read off the loop's snapshot in one
// subscription compared field by field: each useSelector is a store subscription run on every
// snapshot the loop emits (two or three a key press) and a handful of hooks and an effect in every
// render, so six narrow ones cost more in a key press than the one prompt they all leave alone.
const slowOf = (s: LoopSnapshot) => ({
  day: s.context.day,
  done: s.context.scorecards.length,
  reachedDebrief: !!s.context.outcome || !!s.context.hold,
  reachedOffer: !!s.context.offer,
  outcome: s.context.outcome,
  endSnap: hasEnded(s) ? s : null,
});

interface Run {
  play: Play;
  stop: ReplayStop | null;
  changed: boolean;
  compare: { decisionLabel: string; steps: number } | null;
}

/** Start from the link's steps, else the saved session, else the beginning. */
function startRun(resolved: ResolvedScenario, linked: string | null): Run {
  const steps = stepsToOpen(resolved.scenario.id, linked);
  const save = steps === null ? readSave(resolved.scenario.id, 'candidate') : null;
  const events = decodeSteps(steps ?? save?.steps ?? '');
  const { play, stop } = replayPlay(resolved, events);
  return { play, stop, changed: !!save && save.contentHash !== contentHash(resolved.scenario), compare: null };
}

/** Candidate mode: sit the loop round by round, watch the debrief decide, negotiate, then see what each answer cost. */
export function CandidateMode({ resolved, steps }: { resolved: ResolvedScenario; steps: string | null }) {
  const [run, setRun] = useState(() => startRun(resolved, steps));
  const [refusal, setRefusal] = useState<string | null>(null);
  const [timer, setTimer, timerProblem] = useTimerSetting();
  const { play } = run;
  const view = viewOf(useSelector(play.actor, now));
  const { day, done, reachedDebrief, reachedOffer, outcome, endSnap } = useSelector(play.actor, slowOf, shallowEqual);
  const ended = view.phase === 'ended';
  const report = useMemo(
    () => (ended && endSnap ? reportOf(endSnap, resolved, 'session', []) : null),
    [ended, endSnap, resolved],
  );
  const hash = useMemo(() => contentHash(resolved.scenario), [resolved]);
  const reached = useMemo(() => ({ debrief: reachedDebrief, offer: reachedOffer }), [reachedDebrief, reachedOffer]);

  // The events grow in place as the loop's snapshot moves: their count marks each step, and they are
  // encoded only when kept, after the paint, not in the key press's render.
  const taken = play.events.length;
  const id = resolved.scenario.id;
  // What this screen last wrote to the address bar (at first, what it was opened with): a link
  // followed since (another position, by hand) is the player's, never overwritten as the page goes.
  const routed = useRef<string | null>(null);
  routed.current ??= window.location.hash;
  const route = useCallback(
    (encoded: string) => {
      // Noted before the address changes: a reload already under way opens the address as it was.
      const linked = parseRoute(window.location.hash);
      if (linked.name === 'play' && linked.mode === 'candidate' && linked.id === id)
        noteUnroutedSteps(id, linked.steps, encoded);
      replaceRoute({ name: 'play', mode: 'candidate', id, steps: encoded || null });
      routed.current = window.location.hash;
    },
    [id],
  );
  // A replay (a new play) shows in the address bar at once, as a click's result; a step within the
  // play waits, with the save, until the next prompt is painted.
  const routedPlay = useRef(play);
  useEffect(() => {
    if (routedPlay.current === play) return;
    routedPlay.current = play;
    route(encodeSteps(play.events));
  }, [play, route]);
  const keep = useCallback(
    (reason: AfterPaintReason) => {
      // The steps as this render had them: a later step has its own work scheduled.
      const encoded = encodeSteps(play.events.slice(0, taken));
      if (reason !== 'unmount' && window.location.hash !== routed.current) {
        // The player followed a link since this step (another position, by hand): theirs stands,
        // and the next step routes from it.
        routed.current = window.location.hash;
      } else if (reason !== 'unmount') {
        route(encoded);
      }
      // Leaving for another screen ('unmount') keeps that screen's address.
      // Opening a scenario is not progress: only a step taken makes a session worth continuing.
      if (!encoded) return deleteSave(id, 'candidate');
      writeSave({
        format: 1,
        scenarioId: id,
        title: resolved.scenario.title,
        mode: 'candidate',
        contentHash: hash,
        steps: encoded,
        updatedAt: Date.now(),
        finished: ended,
        outcome: report?.decisionLabel ?? null,
      });
    },
    [id, play, taken, route, resolved, hash, ended, report?.decisionLabel],
  );
  useAfterPaint(keep);

  const send = useCallback((e: PlayEvent) => setRefusal(play.send(e)), [play]);

  const replayFrom = (step: number, answer?: string) => {
    const first = run.compare ?? (report ? { decisionLabel: report.decisionLabel, steps: play.events.length } : null);
    const from: PlayEvent[] = [
      ...play.events.slice(0, step),
      ...(answer ? [{ type: 'candidate.answer' as const, option: answer }] : []),
    ];
    const { play: next, stop } = replayPlay(resolved, from);
    play.stop();
    setRun({ play: next, stop, changed: false, compare: first });
    setRefusal(null);
  };

  const exportJson = () => {
    const blob = new Blob(
      [
        JSON.stringify(
          { scenario: resolved.scenario.id, steps: encodeSteps(play.events), events: play.events, report },
          null,
          2,
        ),
      ],
      { type: 'application/json' },
    );
    const a = Object.assign(document.createElement('a'), {
      href: URL.createObjectURL(blob),
      download: `debrief-${resolved.scenario.id}.json`,
    });
    a.click();
    URL.revokeObjectURL(a.href);
  };

  const intro = `You are ${resolved.scenario.candidate.name}. ${resolved.scenario.candidate.background}`;
  const timerToggle = useMemo(
    () => (
      <label className="timer-toggle">
        <input type="checkbox" checked={timer} onChange={(e) => setTimer(e.target.checked)} /> Answer timer (2.5 min)
      </label>
    ),
    [timer, setTimer],
  );
  const onAnswer = useCallback((option: string) => send({ type: 'candidate.answer', option }), [send]);
  const onWithdraw = useCallback(() => send({ type: 'candidate.withdraw' }), [send]);
  return (
    <div className="play">
      <StaticHeader resolved={resolved} mode="Candidate" intro={intro} aside={timerToggle} />
      <StaticTimeline resolved={resolved} day={day} done={done} phase={view.phase} reached={reached} />
      {timerProblem && (
        <p className="notice" role="alert">
          {timerProblem}
        </p>
      )}
      {run.stop && (
        <p className="notice" role="status">
          {run.changed ? 'This scenario has changed since your save. ' : ''}Replayed {run.stop.index} step
          {run.stop.index === 1 ? '' : 's'}, then stopped: {run.stop.reason}. Carry on from here.
        </p>
      )}
      {refusal && (
        <p className="notice" role="alert">
          {refusal}
        </p>
      )}
      <div aria-live="polite" className="visually-hidden">
        {view.phase === 'round' ? `${view.round.interviewer.name} asks: ${view.prompt.text}` : ''}
      </div>
      {view.phase === 'round' && <RoundStep view={view} onAnswer={onAnswer} timer={timer} />}
      {view.phase === 'debrief' && <DebriefStep view={view} onAdvance={() => send({ type: 'debrief.advance' })} />}
      {view.phase === 'offer' && (
        <>
          <DecisionBanner
            label={decisionLabel(outcome!.decision, resolved.scenario)}
            decision={outcome!.decision}
            outcome={outcome}
            hold={null}
          />
          <StaticLegend policy={resolved.policy} />
          <OfferStep view={view} send={send} />
        </>
      )}
      {ended && report && (
        <EndScreen
          resolved={resolved}
          report={report}
          packet={endSnap!.context.scorecards}
          outcome={endSnap!.context.outcome}
          hold={endSnap!.context.hold}
          events={play.events}
          compare={run.compare}
          onReplayFrom={replayFrom}
          onExport={exportJson}
        />
      )}
      {!ended && <StaticWithdraw onWithdraw={onWithdraw} />}
    </div>
  );
}
