import { describe, expect, it } from 'vitest';
import { formatDuration, phaseClock, spokenDuration } from './timer';

describe('formatDuration', () => {
  it('shows minutes and two-digit seconds', () => {
    expect(formatDuration(0)).toBe('0:00');
    expect(formatDuration(5)).toBe('0:05');
    expect(formatDuration(65)).toBe('1:05');
    expect(formatDuration(15 * 60)).toBe('15:00');
  });

  it('adds hours from an hour on', () => {
    expect(formatDuration(3600)).toBe('1:00:00');
    expect(formatDuration(3725)).toBe('1:02:05');
  });

  it('marks time over the plan with a minus sign and drops fractions', () => {
    expect(formatDuration(-61)).toBe('−1:01');
    expect(formatDuration(59.9)).toBe('0:59');
  });
});

describe('phaseClock', () => {
  const start = '2026-11-25T10:00:00Z';

  it('counts down from the planned minutes', () => {
    expect(phaseClock(start, 10, new Date('2026-11-25T10:03:30Z'))).toEqual({
      elapsedSeconds: 210,
      remainingSeconds: 390,
      over: false,
    });
  });

  it('reports time over the plan', () => {
    const clock = phaseClock(start, 5, new Date('2026-11-25T10:06:00Z'));
    expect(clock.over).toBe(true);
    expect(clock.remainingSeconds).toBe(-60);
  });

  it('never shows negative elapsed time when clocks differ', () => {
    expect(phaseClock(start, 5, new Date('2026-11-25T09:59:50Z')).elapsedSeconds).toBe(0);
  });
});

describe('spokenDuration', () => {
  it('reads naturally in Dutch', () => {
    expect(spokenDuration(65)).toBe('1 minuut en 5 seconden');
    expect(spokenDuration(120)).toBe('2 minuten');
    expect(spokenDuration(0)).toBe('0 seconden');
  });
});
