import { useEffect, useState } from 'react';
import { casesNl } from '../../i18n/nl';
import { formatDuration, spokenDuration } from './timer';
import type { RunState } from './runnerApi';

const t = casesNl.runner;

/**
 * Counts down the current phase every second, synced to the server clock. The element has role="timer",
 * which screen readers do not announce on every tick; phase changes are announced separately.
 */
export function PhaseTimer({ timer, serverTime }: { timer: NonNullable<RunState['timer']>; serverTime: string }) {
  const [now, setNow] = useState(() => Date.now());
  // Difference between the server clock and ours, so every screen shows the same time.
  const [offset, setOffset] = useState(0);
  useEffect(() => {
    setOffset(new Date(serverTime).getTime() - Date.now());
  }, [serverTime]);
  useEffect(() => {
    const handle = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(handle);
  }, []);

  const elapsed = Math.max(0, Math.floor((now + offset - new Date(timer.started_at).getTime()) / 1000));
  const remaining = timer.planned_seconds - elapsed;
  const over = remaining < 0;
  return (
    <div className="runner-clock">
      <p className="runner-clock__row">
        <span>{over ? t.overtime : t.remaining}</span>{' '}
        <span
          role="timer"
          aria-live="off"
          className={over ? 'runner-timer runner-timer--over' : 'runner-timer'}
          aria-label={`${over ? t.overtime : t.remaining}: ${spokenDuration(remaining)}`}
        >
          {formatDuration(Math.abs(remaining))}
        </span>
      </p>
      <p className="runner-clock__row">
        {t.elapsed}: <span className="runner-elapsed">{formatDuration(elapsed)}</span>
      </p>
    </div>
  );
}
