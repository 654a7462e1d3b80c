import { describe, expect, it } from 'vitest';
import { currentYear, sessionEvaluationPath, yearFromSearch, yearlyEvaluationPath, yearlyWindow } from './paths';

describe('evaluation paths and the yearly window', () => {
  it('builds the SPA paths the notifications link to', () => {
    expect(sessionEvaluationPath('abc')).toBe('/bijeenkomsten/abc/evaluatie');
    expect(yearlyEvaluationPath('kring-houten', 2026)).toBe('/groepen/kring-houten/jaarevaluatie?jaar=2026');
  });

  it('takes the year from ?jaar= and falls back to the Dutch current year', () => {
    // 31 December 2026 23:30 UTC is already 1 January 2027 in Amsterdam.
    const newYearsEve = new Date('2026-12-31T23:30:00Z');
    expect(currentYear(newYearsEve)).toBe(2027);
    expect(yearFromSearch('2025', newYearsEve)).toBe(2025);
    expect(yearFromSearch(null, newYearsEve)).toBe(2027);
    expect(yearFromSearch('1850', newYearsEve)).toBe(2027);
    expect(yearFromSearch('twintig', newYearsEve)).toBe(2027);
  });

  it('opens a year on 1 January and closes it after 31 January of the next (Dutch dates)', () => {
    expect(yearlyWindow(2026, new Date('2025-12-31T22:59:00Z'))).toBe('not_open');
    expect(yearlyWindow(2026, new Date('2025-12-31T23:00:00Z'))).toBe('open');
    expect(yearlyWindow(2026, new Date('2027-01-31T22:59:00Z'))).toBe('open');
    expect(yearlyWindow(2026, new Date('2027-01-31T23:00:00Z'))).toBe('closed');
  });
});
