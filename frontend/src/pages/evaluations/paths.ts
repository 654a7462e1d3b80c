import { amsterdamToday } from '../sessions/amsterdamTime';

export function sessionEvaluationPath(sessionId: string): string {
  return `/bijeenkomsten/${encodeURIComponent(sessionId)}/evaluatie`;
}

export function yearlyEvaluationPath(groupRef: string, year?: number): string {
  const base = `/groepen/${encodeURIComponent(groupRef)}/jaarevaluatie`;
  return year === undefined ? base : `${base}?jaar=${year}`;
}

export function currentYear(now: Date = new Date()): number {
  return Number(amsterdamToday(now).slice(0, 4));
}

/** The year from `?jaar=`, or the current (Dutch) year when it is missing or not a sensible year. */
export function yearFromSearch(value: string | null, now: Date = new Date()): number {
  if (value && /^\d{4}$/.test(value)) {
    const year = Number(value);
    if (year >= 2000 && year <= 2100) return year;
  }
  return currentYear(now);
}

export type YearlyWindow = 'not_open' | 'open' | 'closed';

/** Answering year Y runs from 1 January Y up to and including 31 January Y+1 (Dutch dates). */
export function yearlyWindow(year: number, now: Date = new Date()): YearlyWindow {
  const today = amsterdamToday(now);
  if (today < `${year}-01-01`) return 'not_open';
  if (today >= `${year + 1}-02-01`) return 'closed';
  return 'open';
}
