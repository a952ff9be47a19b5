import { useState } from 'react';
import type { RoomMode } from '../../machines/room/types';

/** Open a live room on this scenario: participants vote from their phones instead of a show of hands. */
export function RoomOpener({ scenario }: { scenario: string }) {
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const open = async (mode: RoomMode) => {
    setBusy(true);
    setProblem(null);
    try {
      const { openRoom } = await import('../room/openRoom');
      const code = await openRoom(scenario, mode);
      window.location.hash = `#/room/${code}/facilitator`;
    } catch (err) {
      setProblem(err instanceof Error ? err.message : String(err));
      setBusy(false);
    }
  };
  return (
    <span className="room-opener">
      <button type="button" disabled={busy} onClick={() => open('path')}>
        Open a room: phones vote the answers
      </button>
      <button type="button" disabled={busy} onClick={() => open('committee')}>
        Open a room: phones sit as the committee
      </button>
      <button type="button" disabled={busy} onClick={() => open('seats')}>
        Open a room: phones take members' seats
      </button>
      <button type="button" disabled={busy} onClick={() => open('calibration')}>
        Open a room: calibration exercise
      </button>
      {problem && (
        <span role="alert" className="muted">
          {' '}
          {problem}
        </span>
      )}
    </span>
  );
}
