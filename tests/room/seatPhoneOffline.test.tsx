// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { SeatPhone } from '../../src/room/SeatPhone';
import type { ClientMessage, RoomView } from '../../src/room/protocol';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const view = {
  seats: {
    phase: 'private',
    committees: 1,
    seats: [{ member: 'constructor', name: 'Ana Ruiz', role: 'Hiring manager', round: 'R1' }],
    recommendations: [{ id: 'hire', text: 'Hire' }],
    packet: null,
    results: null,
  },
} as unknown as RoomView;

describe('a seated phone that loses the room', () => {
  it('keeps the seat it chose while offline and sends it, once, when the room is back', () => {
    const sent: ClientMessage[] = [];
    let online = false;
    const send = (m: ClientMessage) => {
      if (online) sent.push(m);
      return online;
    };
    const el = document.createElement('div');
    document.body.append(el);
    const root = createRoot(el);
    const render = (welcomed: number, acked: { id: number; refused: string | null } | null = null) =>
      act(() => root.render(<SeatPhone view={view} you={null} send={send} acked={acked} welcomed={welcomed} />));
    render(1);
    act(() => el.querySelector<HTMLButtonElement>('.seat-chooser button')!.click());
    expect(sent).toEqual([]);
    expect(el.textContent).toContain('kept on this phone');

    online = true;
    render(2);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ t: 'seat', action: 'sit', seat: 'constructor' });
    expect(el.textContent).not.toContain('kept on this phone');

    // Acknowledged: a later reconnect does not send it again.
    render(2, { id: (sent[0] as { id: number }).id, refused: null });
    render(3, { id: (sent[0] as { id: number }).id, refused: null });
    expect(sent).toHaveLength(1);
    act(() => root.unmount());
  });
});
