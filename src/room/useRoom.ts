import { useEffect, useRef, useState } from 'react';
import { RoomClient, type Check, type Connection } from './client';
import type { ClientMessage, RoomView, ServerMessage } from './protocol';

/** A live room seen from one window: the last view the server sent, the connection, and a way to send. */
export function useRoom(check: Check, hello: () => ClientMessage | null, onMessage?: (msg: ServerMessage) => void) {
  const [view, setView] = useState<RoomView | null>(null);
  const [connection, setConnection] = useState<Connection>('connecting');
  const [error, setError] = useState<{ code: string; message: string } | null>(null);
  const [qr, setQr] = useState<string | null>(null);
  const client = useRef<RoomClient | null>(null);
  const latest = useRef({ hello, onMessage });
  latest.current = { hello, onMessage };
  useEffect(() => {
    // One client per mount; StrictMode's second mount gets its own, and the first is closed.
    const c = new RoomClient(
      () => latest.current.hello(),
      (msg) => {
        if (msg.t === 'state') {
          setView(msg.room);
          setError(null);
        } else if (msg.t === 'welcome' && msg.qr) setQr(msg.qr);
        else if (msg.t === 'error' && msg.id === undefined) setError({ code: msg.code, message: msg.message });
        latest.current.onMessage?.(msg);
      },
      setConnection,
      check,
    );
    client.current = c;
    return () => c.close();
  }, []);
  return {
    view,
    connection,
    error,
    qr,
    send: (msg: ClientMessage) => client.current?.send(msg) ?? false,
    rehello: () => client.current?.rehello(),
  };
}
