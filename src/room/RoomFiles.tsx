/**
 * The facilitator's exports, handout and close, the same in every room mode: each mode names its
 * own exports; "names in exports" appears where an export can carry names.
 */
export function RoomFiles<K extends string>({
  exports,
  onExport,
  names,
  closed,
  onClose,
}: {
  exports: ReadonlyArray<{ kind: K; label: string }>;
  onExport: (kind: K | 'print') => void;
  names?: { on: boolean; set: (on: boolean) => void };
  closed: boolean;
  onClose: () => void;
}) {
  return (
    <nav className="facilitator-files" aria-label="Export and close">
      {names && (
        <label>
          <input type="checkbox" checked={names.on} onChange={(e) => names.set(e.target.checked)} /> Names in exports
        </label>
      )}
      {exports.map((e) => (
        <button key={e.kind} type="button" onClick={() => onExport(e.kind)}>
          {e.label}
        </button>
      ))}
      <button type="button" onClick={() => onExport('print')}>
        Handout
      </button>
      <button
        type="button"
        className="danger"
        disabled={closed}
        onClick={() => window.confirm('Close the room? It will accept nothing more.') && onClose()}
      >
        Close room
      </button>
    </nav>
  );
}
