import { describe, expect, it } from 'vitest';
import { hrefFor, parseRoute } from '../../src/shared/router';
import { DEFAULT_SETUP, parseSetup, setupParams } from '../../machines/lab/setup';

describe('a lab link holds the whole setup', () => {
  it('round-trips every field through the hash', () => {
    const setup = {
      ...DEFAULT_SETUP,
      question: 'calibration' as const,
      path: 'best',
      n: 50_000,
      err: 0.9,
      len: 0.4,
      off: ['V1', 'constructor'],
      seed: 99,
    };
    const href = hrefFor({
      name: 'lab',
      id: 'a06-latency-veto',
      query: new URLSearchParams(setupParams(setup)).toString(),
    });
    expect(href).toBe(
      '#/lab/a06-latency-veto?q=calibration&path=best&n=50000&err=0.9&len=0.4&off=V1%2Cconstructor&seed=99',
    );
    const route = parseRoute(href);
    if (route.name !== 'lab') throw new Error(`expected the lab, found ${route.name}`);
    expect(route.id).toBe('a06-latency-veto');
    const back = parseSetup(Object.fromEntries(new URLSearchParams(route.query)));
    expect(back).toEqual({ ok: true, setup });
  });

  it('a bare lab link is the defaults, and a bad field is named', () => {
    const route = parseRoute('#/lab/a06-latency-veto');
    expect(route).toEqual({ name: 'lab', id: 'a06-latency-veto', query: '' });
    expect(parseSetup({})).toEqual({ ok: true, setup: DEFAULT_SETUP });
    expect(parseSetup({ n: '1e9', seed: '-1' })).toEqual({
      ok: false,
      problems: [
        'n: expected a whole number of draws from 100 to 5000000, found "1e9"',
        'seed: expected a whole number from 0 to 4294967295, found "-1"',
      ],
    });
    expect(parseRoute('#/lab/%')).toEqual({ name: 'missing', hash: '#/lab/%' });
  });
});
