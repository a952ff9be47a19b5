import { describe, expect, it } from 'vitest';
import { loadLibrary, REPO_SCENARIOS } from '../../src/content/library';
import { decodeSetup, encodeSetup } from '../../src/coach/coachLink';
import { NO_CHANGES } from '../../machines/engine/whatIf';

const d08 = loadLibrary([REPO_SCENARIOS]).scenarios.find((s) => s.scenario.id === 'd08-engineers-vote')!;
const defaults = { tab: 'compare' as const, left: 'recorded', right: 'best', base: 'recorded' };

describe('a coach setup travels in the link', () => {
  it('what a coach sets up reads back the same', () => {
    const option = d08.scenario.paths.best!.choices[0]!;
    const member = d08.committee[0]!.id;
    const setup = {
      tab: 'what-if' as const,
      left: 'worst',
      right: 'best',
      base: 'best',
      whatIf: {
        ...NO_CHANGES,
        rulesOff: ['V2'],
        votes: { [member]: 'no' as const },
        bars: { hire: 4.2 },
        answers: { [d08.options.get(option)!.prompt.id]: option },
      },
    };
    expect(decodeSetup(encodeSetup(setup), d08, defaults)).toEqual(setup);
  });

  it('a link is untrusted: unknown paths, rules, members, votes, bars and answers are left out, not guessed at', () => {
    const got = decodeSetup(
      'view=nonsense&left=constructor&base=__proto__&off=V9&off=constructor&vote=nobody:no&vote=x:maybe&bar=hire:99&bar=toString:3&answer=hasOwnProperty&weight=a/b:1',
      d08,
      defaults,
    );
    expect(got).toEqual({ ...defaults, whatIf: { ...NO_CHANGES, rulesOff: [], votes: {}, weights: {}, answers: {} } });
  });
});
