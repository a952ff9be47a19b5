import { useEffect, useRef, useState } from 'react';

/** Withdrawing ends the loop for good, so it asks once before it does. */
export function WithdrawButton({ onWithdraw }: { onWithdraw: () => void }) {
  const [asking, setAsking] = useState(false);
  const keep = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (asking) keep.current?.focus();
  }, [asking]);
  if (!asking) {
    return (
      <p className="withdraw no-print">
        <button type="button" className="link" onClick={() => setAsking(true)}>
          Withdraw from the process…
        </button>
      </p>
    );
  }
  return (
    <div className="withdraw confirm no-print" role="group" aria-labelledby="withdraw-question">
      <p id="withdraw-question">Withdraw for good? The loop ends here and the committee never decides.</p>
      <button type="button" ref={keep} onClick={() => setAsking(false)}>
        Keep going
      </button>
      <button type="button" className="danger" onClick={onWithdraw}>
        Yes, withdraw
      </button>
    </div>
  );
}
