/** Formats a number of seconds as m:ss, or h:mm:ss from an hour, with a leading minus when negative. */
export function formatDuration(totalSeconds: number): string {
  const sign = totalSeconds < 0 ? '−' : '';
  const seconds = Math.floor(Math.abs(totalSeconds));
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  const ss = String(s).padStart(2, '0');
  if (h > 0) return `${sign}${h}:${String(m).padStart(2, '0')}:${ss}`;
  return `${sign}${m}:${ss}`;
}

export interface PhaseClock {
  elapsedSeconds: number;
  remainingSeconds: number;
  over: boolean;
}

/** Elapsed and remaining time of a phase that started at `startedAt` and is planned for `plannedMinutes`. */
export function phaseClock(startedAt: string | Date, plannedMinutes: number, now: Date): PhaseClock {
  const start = typeof startedAt === 'string' ? new Date(startedAt) : startedAt;
  const elapsedSeconds = Math.max(0, Math.floor((now.getTime() - start.getTime()) / 1000));
  const remainingSeconds = plannedMinutes * 60 - elapsedSeconds;
  return { elapsedSeconds, remainingSeconds, over: remainingSeconds < 0 };
}

/** Spoken form for screen readers ("12 minuten en 5 seconden"). */
export function spokenDuration(totalSeconds: number): string {
  const seconds = Math.floor(Math.abs(totalSeconds));
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  const parts: string[] = [];
  if (m > 0) parts.push(m === 1 ? '1 minuut' : `${m} minuten`);
  if (s > 0 || m === 0) parts.push(s === 1 ? '1 seconde' : `${s} seconden`);
  return parts.join(' en ');
}
