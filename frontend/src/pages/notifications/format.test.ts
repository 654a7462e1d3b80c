import { describe, expect, it } from 'vitest';
import { formatDateTime, formatMoment } from './format';

describe('formatMoment', () => {
  const now = new Date('2026-11-25T14:00:00Z'); // 15:00 in Amsterdam

  it('says today and yesterday in Dutch time', () => {
    expect(formatMoment('2026-11-25T09:15:00Z', now)).toBe('vandaag om 10:15');
    expect(formatMoment('2026-11-24T22:30:00Z', now)).toBe('gisteren om 23:30');
    // 23:30 UTC on the 24th is already the 25th in Amsterdam.
    expect(formatMoment('2026-11-24T23:30:00Z', now)).toBe('vandaag om 00:30');
  });

  it('names the date for older ones, with the year only when it differs', () => {
    expect(formatMoment('2026-11-12T13:00:00Z', now)).toBe('12 november om 14:00');
    expect(formatMoment('2025-12-31T10:00:00Z', now)).toBe('31 december 2025 om 11:00');
  });
});

describe('formatDateTime', () => {
  it('gives the full date and time in summer time too', () => {
    expect(formatDateTime('2026-07-01T08:05:00Z')).toBe('1 juli 2026 om 10:05');
  });
});
