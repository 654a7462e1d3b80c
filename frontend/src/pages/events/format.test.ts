import { describe, expect, it } from 'vitest';
import {
  formatDateTime,
  formatEventWhen,
  fromDutchLocal,
  hasStarted,
  placesBadge,
  toDutchLocal,
  toDutchParts,
  toIsoFromDutch,
} from './format';
import { closedEvent, exampleEvent, fullEvent } from './testFixtures';

describe('event dates, always in Dutch time', () => {
  it('shows day, date and times in winter time', () => {
    expect(formatEventWhen('2026-12-09T18:30:00Z', '2026-12-09T20:30:00Z')).toBe('woensdag 9 december 2026, 19:30–21:30 uur');
  });

  it('shows the same wall-clock times in summer time', () => {
    expect(formatEventWhen('2027-06-15T17:30:00Z', '2027-06-15T19:30:00Z')).toBe('dinsdag 15 juni 2027, 19:30–21:30 uur');
  });

  it('names both dates when an event runs past midnight in the Netherlands', () => {
    expect(formatEventWhen('2026-12-09T21:00:00Z', '2026-12-10T00:30:00Z')).toBe(
      '9 december 2026 om 22:00 uur tot 10 december 2026 om 01:30 uur',
    );
  });

  it('uses the Dutch date even when it is still the previous day in UTC', () => {
    expect(formatDateTime('2026-12-31T23:30:00Z')).toBe('1 januari 2027 om 00:30 uur');
  });

  it('turns typed Dutch date and time into ISO with the right offset', () => {
    expect(toIsoFromDutch('2026-12-09', '19:30')).toBe('2026-12-09T19:30:00+01:00');
    expect(toIsoFromDutch('2027-06-15', '09:05')).toBe('2027-06-15T09:05:00+02:00');
    expect(new Date(toIsoFromDutch('2027-06-15', '19:30') ?? '').toISOString()).toBe('2027-06-15T17:30:00.000Z');
  });

  it('refuses dates and times that do not exist', () => {
    expect(toIsoFromDutch('2026-02-30', '19:30')).toBeNull();
    expect(toIsoFromDutch('2026-12-09', '25:00')).toBeNull();
    expect(toIsoFromDutch('9-12-2026', '19:30')).toBeNull();
    expect(toIsoFromDutch('', '')).toBeNull();
  });

  it('gives the Dutch date and time back for the form fields', () => {
    expect(toDutchParts('2026-12-09T18:30:00Z')).toEqual(['2026-12-09', '19:30']);
    expect(toDutchLocal('2027-06-15T17:30:00Z')).toBe('2027-06-15T19:30');
    expect(fromDutchLocal('2027-06-15T19:30')).toBe('2027-06-15T19:30:00+02:00');
    expect(fromDutchLocal('2027-06-15')).toBeNull();
  });

  it('knows whether an event has started', () => {
    expect(hasStarted(exampleEvent, new Date('2030-12-10T18:29:00Z'))).toBe(false);
    expect(hasStarted(exampleEvent, new Date('2030-12-10T18:30:00Z'))).toBe(true);
  });
});

describe('placesBadge', () => {
  it('says how many places are left, or that the waitlist is open', () => {
    expect(placesBadge(exampleEvent)).toEqual({ text: '12 plekken vrij', tone: 'open' });
    expect(placesBadge({ ...exampleEvent, spots_left: 1 }).text).toBe('1 plek vrij');
    expect(placesBadge(fullEvent)).toEqual({ text: 'Vol · 3 op de wachtlijst', tone: 'full' });
    expect(placesBadge({ ...fullEvent, waitlist_count: 0 }).text).toBe('Vol · wachtlijst open');
  });

  it('says when registration is closed or the event is cancelled', () => {
    expect(placesBadge(closedEvent)).toEqual({ text: 'Aanmelding gesloten', tone: 'closed' });
    expect(placesBadge({ ...exampleEvent, status: 'cancelled' }).text).toBe('Gaat niet door');
  });
});
