import { describe, expect, it } from 'vitest';
import {
  addDays,
  amsterdamOffsetMinutes,
  amsterdamToday,
  dateLeaf,
  formatLongDate,
  formatPlainDate,
  formatShortDate,
  formatTime,
  formatTimeRange,
  formatTimestamp,
  fromLocalParts,
  nextWeekday,
  toLocalParts,
} from './amsterdamTime';

const iso = (result: ReturnType<typeof fromLocalParts>) => (result.ok ? result.moment.toISOString() : result.reason);

describe('formatting in Dutch time', () => {
  it('shows winter times one hour after UTC', () => {
    expect(formatLongDate('2026-12-01T18:30:00Z')).toBe('dinsdag 1 december 2026');
    expect(formatTime('2026-12-01T18:30:00Z')).toBe('19:30');
    expect(formatTimeRange('2026-12-01T18:30:00Z', '2026-12-01T20:30:00Z')).toBe('19:30 – 21:30');
  });

  it('shows summer times two hours after UTC', () => {
    expect(formatTime('2026-07-07T17:30:00Z')).toBe('19:30');
    expect(formatLongDate('2026-07-07T17:30:00Z')).toBe('dinsdag 7 juli 2026');
  });

  it('puts late UTC evenings on the next Dutch day', () => {
    expect(formatLongDate('2026-06-30T22:30:00Z')).toBe('woensdag 1 juli 2026');
    expect(formatTime('2026-06-30T22:30:00Z')).toBe('00:30');
  });

  it('follows the clocks on the days they change', () => {
    // 29 March 2026: 02:00 CET becomes 03:00 CEST at 01:00 UTC.
    expect(formatTime('2026-03-29T00:59:00Z')).toBe('01:59');
    expect(formatTime('2026-03-29T01:00:00Z')).toBe('03:00');
    // 25 October 2026: 03:00 CEST becomes 02:00 CET at 01:00 UTC, so 02:30 happens twice.
    expect(formatTime('2026-10-25T00:30:00Z')).toBe('02:30');
    expect(formatTime('2026-10-25T01:30:00Z')).toBe('02:30');
    expect(amsterdamOffsetMinutes(new Date('2026-10-25T00:30:00Z'))).toBe(120);
    expect(amsterdamOffsetMinutes(new Date('2026-10-25T01:30:00Z'))).toBe(60);
  });

  it('formats timestamps, short dates and calendar leaves', () => {
    expect(formatTimestamp('2026-12-01T20:45:00Z')).toBe('1 december 2026 om 21:45');
    expect(formatShortDate('2026-12-01T18:30:00Z')).toBe('di 1 dec');
    expect(dateLeaf('2026-12-01T18:30:00Z')).toEqual({ weekday: 'di', day: '1', month: 'dec' });
  });

  it('shows plain dates as they are, whatever the zone', () => {
    expect(formatPlainDate('2021-12-01')).toBe('1 december 2021');
    expect(formatPlainDate('2026-03-29', true)).toBe('zondag 29 maart 2026');
  });
});

describe('Dutch wall-clock time to UTC', () => {
  it('converts winter and summer times', () => {
    expect(iso(fromLocalParts('2026-12-01', '19:30'))).toBe('2026-12-01T18:30:00.000Z');
    expect(iso(fromLocalParts('2026-07-07', '19:30'))).toBe('2026-07-07T17:30:00.000Z');
  });

  it('keeps 19:30 at 19:30 on both sides of a clock change', () => {
    expect(iso(fromLocalParts('2026-03-28', '19:30'))).toBe('2026-03-28T18:30:00.000Z');
    expect(iso(fromLocalParts('2026-03-29', '19:30'))).toBe('2026-03-29T17:30:00.000Z');
    expect(iso(fromLocalParts('2026-10-24', '19:30'))).toBe('2026-10-24T17:30:00.000Z');
    expect(iso(fromLocalParts('2026-10-25', '19:30'))).toBe('2026-10-25T18:30:00.000Z');
  });

  it('knows the skipped hour does not exist', () => {
    expect(iso(fromLocalParts('2026-03-29', '02:30'))).toBe('nonexistent');
    expect(iso(fromLocalParts('2026-03-29', '03:00'))).toBe('2026-03-29T01:00:00.000Z');
  });

  it('takes the first of a doubled hour, as the API does', () => {
    expect(iso(fromLocalParts('2026-10-25', '02:30'))).toBe('2026-10-25T00:30:00.000Z');
  });

  it('refuses dates and times that are not real', () => {
    expect(iso(fromLocalParts('2026-02-30', '19:30'))).toBe('invalid');
    expect(iso(fromLocalParts('2026-12-01', '25:00'))).toBe('invalid');
    expect(iso(fromLocalParts('', '19:30'))).toBe('invalid');
  });

  it('turns moments back into form values', () => {
    expect(toLocalParts('2026-12-01T18:30:00Z')).toEqual({ date: '2026-12-01', time: '19:30' });
    expect(toLocalParts('2026-06-30T22:05:00Z')).toEqual({ date: '2026-07-01', time: '00:05' });
  });

  it('adds days across months, years and clock changes', () => {
    expect(addDays('2026-12-29', 7)).toBe('2027-01-05');
    expect(addDays('2026-03-24', 7)).toBe('2026-03-31');
    expect(addDays('2028-02-26', 3)).toBe('2028-02-29');
  });

  it('finds the next date on a weekday', () => {
    // 1 December 2026 is a Tuesday.
    expect(nextWeekday('tuesday', '2026-12-01')).toBe('2026-12-08');
    expect(nextWeekday('friday', '2026-12-01')).toBe('2026-12-04');
    expect(nextWeekday('monday', '2026-12-01')).toBe('2026-12-07');
    expect(nextWeekday(null, '2026-12-01')).toBe('2026-12-08');
  });

  it("knows today's Dutch date", () => {
    expect(amsterdamToday(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01');
  });
});
