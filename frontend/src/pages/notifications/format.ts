import { notificationsNl } from '../../i18n/nl';

const ZONE = 'Europe/Amsterdam';
const dayKey = new Intl.DateTimeFormat('en-CA', { timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });
const timeFormat = new Intl.DateTimeFormat('nl-NL', { timeZone: ZONE, hour: '2-digit', minute: '2-digit' });
const dateThisYear = new Intl.DateTimeFormat('nl-NL', { timeZone: ZONE, day: 'numeric', month: 'long' });
const dateOtherYear = new Intl.DateTimeFormat('nl-NL', { timeZone: ZONE, day: 'numeric', month: 'long', year: 'numeric' });
const yearFormat = new Intl.DateTimeFormat('en-CA', { timeZone: ZONE, year: 'numeric' });

/** Whole calendar days between two moments, counted in Dutch time. */
function daysBetween(earlier: Date, later: Date): number {
  const toUtcMidnight = (date: Date) => Date.parse(`${dayKey.format(date)}T00:00:00Z`);
  return Math.round((toUtcMidnight(later) - toUtcMidnight(earlier)) / 86_400_000);
}

/** When a notification arrived: "vandaag om 10:15", "gisteren om 09:30", "12 november om 14:00". */
export function formatMoment(iso: string, now: Date = new Date()): string {
  const moment = new Date(iso);
  const time = timeFormat.format(moment);
  const days = daysBetween(moment, now);
  const t = notificationsNl.time;
  if (days === 0) return t.today(time);
  if (days === 1) return t.yesterday(time);
  const sameYear = yearFormat.format(moment) === yearFormat.format(now);
  return t.other((sameYear ? dateThisYear : dateOtherYear).format(moment), time);
}

/** A full date and time for logs and overviews: "24 november 2026 om 10:15". */
export function formatDateTime(iso: string): string {
  const moment = new Date(iso);
  return notificationsNl.time.other(dateOtherYear.format(moment), timeFormat.format(moment));
}

/** A date without the time: "24 november 2026". */
export function formatDay(iso: string): string {
  return dateOtherYear.format(new Date(iso));
}
