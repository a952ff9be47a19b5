import { useCallback, useEffect, useState } from 'react';
import { useSelector } from '@xstate/react';
import type { ResolvedScenario } from '../../machines/content/resolve';
import { replayPlay, type Play, type ReplayStop } from '../../machines/play/driver';
import { now, type PlayEvent } from '../../machines/play/now';
import { reportOf } from '../../machines/engine/playPath';
import { decodeSteps, encodeSteps } from '../session/steps';
import { contentHash, deleteSave, readSave, writeSave } from '../session/saves';
import { replaceRoute } from '../shared/router';
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

interface Run {
  play: Play;
  stop: ReplayStop | null;
  changed: boolean;
  compare: { decisionLabel: string; steps: number } | null;
}

/** Start from the link's steps, else the saved session, else the beginning. */
function startRun(resolved: ResolvedScenario, steps: string | null): Run {
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
  const snap = useSelector(play.actor, (s) => s);
  const view = viewOf(useSelector(play.actor, now));
  const ended = view.phase === 'ended';
  const report = ended ? reportOf(snap, resolved, 'session', []) : null;

  // The events grow as the loop's snapshot moves, and every snapshot renders: encoded here, saved below.
  const encoded = encodeSteps(play.events);
  useEffect(() => {
    replaceRoute({ name: 'play', mode: 'candidate', id: resolved.scenario.id, steps: encoded || null });
    // Opening a scenario is not progress: only a step taken makes a session worth continuing.
    if (!encoded) return deleteSave(resolved.scenario.id, 'candidate');
    writeSave({
      format: 1,
      scenarioId: resolved.scenario.id,
      title: resolved.scenario.title,
      mode: 'candidate',
      contentHash: contentHash(resolved.scenario),
      steps: encoded,
      updatedAt: Date.now(),
      finished: ended,
      outcome: report?.decisionLabel ?? null,
    });
  }, [encoded, resolved, ended, report?.decisionLabel]);

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

  const done = snap.context.scorecards.length;
  return (
    <div className="play">
      <PlayHeader
        resolved={resolved}
        mode="Candidate"
        intro={`You are ${resolved.scenario.candidate.name}. ${resolved.scenario.candidate.background}`}
        aside={
          <label className="timer-toggle">
            <input type="checkbox" checked={timer} onChange={(e) => setTimer(e.target.checked)} /> Answer timer (2.5
            min)
          </label>
        }
      />
      <Timeline
        resolved={resolved}
        day={snap.context.day}
        done={done}
        phase={view.phase}
        reached={{ debrief: !!snap.context.outcome || !!snap.context.hold, offer: !!snap.context.offer }}
      />
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
      {view.phase === 'round' && (
        <RoundStep view={view} onAnswer={(option) => send({ type: 'candidate.answer', option })} timer={timer} />
      )}
      {view.phase === 'debrief' && <DebriefStep view={view} onAdvance={() => send({ type: 'debrief.advance' })} />}
      {view.phase === 'offer' && (
        <>
          <DecisionBanner
            label={decisionLabel(snap.context.outcome!.decision, resolved.scenario)}
            decision={snap.context.outcome!.decision}
            outcome={snap.context.outcome}
            hold={null}
          />
          <RuleLegend policy={resolved.policy} />
          <OfferStep view={view} send={send} />
        </>
      )}
      {ended && report && (
        <EndScreen
          resolved={resolved}
          report={report}
          packet={snap.context.scorecards}
          outcome={snap.context.outcome}
          hold={snap.context.hold}
          events={play.events}
          compare={run.compare}
          onReplayFrom={replayFrom}
          onExport={exportJson}
        />
      )}
      {!ended && <WithdrawButton onWithdraw={() => send({ type: 'candidate.withdraw' })} />}
    </div>
  );
}
