// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { parseRoute, useRoute } from '../../src/shared/router';
import { ErrorBoundary } from '../../src/app/ErrorBoundary';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

function mount(node: React.ReactNode) {
  const el = document.createElement('div');
  document.body.append(el);
  const root = createRoot(el);
  act(() => root.render(node));
  return { el, root };
}

function RouteProbe() {
  const route = useRoute();
  return <p>{route.name === 'play' ? `${route.mode}:${route.id}:${route.steps ?? ''}` : route.name}</p>;
}

describe('useRoute', () => {
  it('follows the hash, so a shared link opens the same scenario, mode and position', async () => {
    window.location.hash = '#/';
    const { el } = mount(<RouteProbe />);
    expect(el.textContent).toBe('library');
    await act(async () => {
      window.location.hash = '#/play/c07-false-negatives/candidate?steps=c07-thresholds';
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    expect(el.textContent).toBe('candidate:c07-false-negatives:c07-thresholds');
  });
});

describe('garbage links', () => {
  const GARBAGE = [
    '#/play/%/candidate',
    '#/play/%E0%A4%A/candidate',
    '#/play/%uD800/coach',
    '#/play/a%ZZb/present',
    '#/play/x/candidate?steps=%',
    '#/play/x/committee?seat=%E0%A4%A',
    '#/%',
    '#%',
    '#/import/%',
    '#/play/constructor/candidate',
    '#/play/__proto__/notes',
    '#/play//candidate',
    `#/play/${'a'.repeat(100_000)}/candidate`,
    '#/play/x/toString',
    '#/play/x/__proto__',
    '#?steps=&&&',
    '#/play/\u0000/coach',
  ];

  it.each(GARBAGE)('%s is read as a route without throwing', (hash) => {
    expect(() => parseRoute(hash)).not.toThrow();
  });

  it('a bad percent-escape is a link to nowhere, not a blank app', async () => {
    window.location.hash = '#/play/%/candidate';
    const { el } = mount(<RouteProbe />);
    expect(el.textContent).toBe('missing');
    expect(parseRoute('#/play/x/toString')).toEqual({ name: 'missing', hash: '#/play/x/toString' });
  });
});

describe('ErrorBoundary', () => {
  it('shows what happened and a way back instead of a blank screen, and leaves saves alone', () => {
    localStorage.setItem('debrief.save.candidate.x', '{"kept":true}');
    const Broken = () => {
      throw new Error('scenario text missing');
    };
    const original = console.error;
    console.error = () => {};
    const { el } = mount(
      <ErrorBoundary screen="candidate mode">
        <Broken />
      </ErrorBoundary>,
    );
    console.error = original;
    expect(el.querySelector('[role=alert] h1')?.textContent).toBe('The candidate mode stopped working');
    expect(el.textContent).toContain('scenario text missing');
    expect(el.querySelector('a[href="#/"]')?.textContent).toBe('Back to the library');
    expect(localStorage.getItem('debrief.save.candidate.x')).toBe('{"kept":true}');
  });
});
