import { describe, expect, it } from 'vitest';
import { decodeSteps, encodeSteps } from '../../src/session/steps';
import { hrefFor, parseRoute } from '../../src/shared/router';
import type { PlayEvent } from '../../machines/play/now';

describe('steps in a link', () => {
  const events: PlayEvent[] = [
    { type: 'candidate.answer', option: 'a06-di-attribution-holdout' },
    { type: 'debrief.advance' },
    {
      type: 'committee.vote',
      member: 'dana',
      recommendation: 'no',
      scores: { ownership: 2 },
      narrative: 'Relayed calls — “quotes” and ünïcode',
    },
    { type: 'committee.revise', member: 'dana', recommendation: 'strong_no', reason: 'Heard the room; still a “no”.' },
    { type: 'offer.extend' },
    { type: 'candidate.ask', ask: 'base', amount: 30000 },
    { type: 'candidate.accept' },
  ];

  it('round-trips every kind of step, votes with any text included', () => {
    expect(decodeSteps(encodeSteps(events))).toEqual(events);
  });

  it('stays URL-safe', () => {
    expect(encodeSteps(events)).toMatch(/^[a-z0-9~._-]+$/i);
  });

  it('stops at a step it cannot read instead of guessing', () => {
    expect(decodeSteps('a.~ask-salary-5.b')).toEqual([{ type: 'candidate.answer', option: 'a' }]);
    expect(decodeSteps('a.~vote-notbase64!.b')).toEqual([{ type: 'candidate.answer', option: 'a' }]);
  });
});

describe('routes', () => {
  it('gives every scenario, mode, seat and position its own link', () => {
    const route = {
      name: 'play',
      mode: 'committee',
      id: 'd08-engineers-vote',
      seat: 'dana',
      steps: 'a.b.~next',
    } as const;
    expect(hrefFor(route)).toBe('#/play/d08-engineers-vote/committee?seat=dana&steps=a.b.~next');
    expect(parseRoute(hrefFor(route))).toEqual(route);
    expect(parseRoute('#/')).toEqual({ name: 'library' });
    expect(parseRoute('#/nowhere/else')).toEqual({ name: 'missing', hash: '#/nowhere/else' });
  });
});
