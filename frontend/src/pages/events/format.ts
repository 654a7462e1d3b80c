import { eventsNl } from '../../i18n/nl';
import type { EventPublic } from './types';

/** Every date and time is shown, and typed in, as Dutch time, wherever the browser happens to be. */
export const EVENT_TIME_ZONE = 'Europe/Amsterdam';

const dayFormat = new Intl.DateTimeFormat('nl-NL', {
  timeZone: EVENT_TIME_ZONE,
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});
const shortDayFormat = new Intl.DateTimeFormat('nl-NL', {
  timeZone: EVENT_TIME_ZONE,
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});
const timeFormat = new Intl.DateTimeFormat('nl-NL', { timeZone: EVENT_TIME_ZONE, hour: '2-digit', minute: '2-digit' });
const partsFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: EVENT_TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** "dinsdag 9 december 2026" */
export function formatEventDay(iso: string): string {
  return dayFormat.format(new Date(iso));
}

/** "19:30" */
export function formatTime(iso: string): string {
  return timeFormat.format(new Date(iso));
}

/** "9 december 2026" */
export function formatShortDate(iso: string): string {
  return shortDayFormat.format(new Date(iso));
}

/** "9 december 2026 om 19:30 uur" */
export function formatDateTime(iso: string): string {
  return eventsNl.format.dateTime(formatShortDate(iso), formatTime(iso));
}

/**
 * "dinsdag 9 december 2026, 19:30–21:30 uur", or, for the rare event that runs past midnight,
 * "9 december 2026 om 22:00 uur tot 10 december 2026 om 01:00 uur".
 */
export function formatEventWhen(startsAt: string, endsAt: string): string {
  if (formatShortDate(startsAt) === formatShortDate(endsAt)) {
    return eventsNl.format.timeRange(formatEventDay(startsAt), formatTime(startsAt), formatTime(endsAt));
  }
  return eventsNl.format.multiDay(formatDateTime(startsAt), formatDateTime(endsAt));
}

export type PlacesTone = 'open' | 'full' | 'closed';

/** The badge on an event: "12 plekken vrij", "Vol · 3 op de wachtlijst", "Aanmelding gesloten", … */
export function placesBadge(
  event: Pick<EventPublic, 'status' | 'registration_open' | 'spots_left' | 'waitlist_count'>,
): { text: string; tone: PlacesTone } {
  const t = eventsNl.places;
  if (event.status === 'cancelled') return { text: t.cancelled, tone: 'closed' };
  if (event.status === 'draft') return { text: t.draft, tone: 'closed' };
  if (!event.registration_open) return { text: t.closed, tone: 'closed' };
  if (event.spots_left > 0) return { text: t.left(event.spots_left), tone: 'open' };
  return { text: t.full(event.waitlist_count), tone: 'full' };
}

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

function wallClock(date: Date): WallClock & { second: number } {
  const parts = Object.fromEntries(partsFormat.formatToParts(date).map((part) => [part.type, part.value]));
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
  };
}

/** Minutes that Dutch time is ahead of UTC at this moment (60 in winter, 120 in summer). */
function offsetMinutes(date: Date): number {
  const wall = wallClock(date);
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  return Math.round((asUtc - Math.floor(date.getTime() / 1000) * 1000) / 60_000);
}

const pad = (n: number, size = 2) => String(Math.abs(n)).padStart(size, '0');

/**
 * Dutch date ("2026-12-09") and time ("19:30") as typed into date and time fields, to an ISO
 * timestamp with the Dutch offset ("2026-12-09T19:30:00+01:00"). Null when either is not valid.
 */
export function toIsoFromDutch(date: string, time: string): string | null {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date.trim());
  const t = /^(\d{1,2}):(\d{2})$/.exec(time.trim());
  if (!d || !t) return null;
  const wall: WallClock = {
    year: Number(d[1]),
    month: Number(d[2]),
    day: Number(d[3]),
    hour: Number(t[1]),
    minute: Number(t[2]),
  };
  if (wall.month < 1 || wall.month > 12 || wall.day < 1 || wall.day > 31 || wall.hour > 23 || wall.minute > 59) {
    return null;
  }
  const naive = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute);
  // Guess with the offset at the naive moment, then correct once for a change of offset in between.
  let offset = offsetMinutes(new Date(naive));
  offset = offsetMinutes(new Date(naive - offset * 60_000));
  const check = new Date(naive - offset * 60_000);
  const back = wallClock(check);
  if (back.year !== wall.year || back.month !== wall.month || back.day !== wall.day) return null;
  const sign = offset >= 0 ? '+' : '-';
  return `${date.trim()}T${pad(wall.hour)}:${pad(wall.minute)}:00${sign}${pad(Math.trunc(offset / 60))}:${pad(offset % 60)}`;
}

/** An ISO timestamp as the Dutch date and time for date and time fields: ["2026-12-09", "19:30"]. */
export function toDutchParts(iso: string): [date: string, time: string] {
  const wall = wallClock(new Date(iso));
  return [`${wall.year}-${pad(wall.month)}-${pad(wall.day)}`, `${pad(wall.hour)}:${pad(wall.minute)}`];
}

/** "2026-12-09T19:30" for a datetime-local field, in Dutch time. */
export function toDutchLocal(iso: string): string {
  const [date, time] = toDutchParts(iso);
  return `${date}T${time}`;
}

/** A datetime-local value ("2026-12-09T19:30", Dutch time) to ISO with offset; null when not valid. */
export function fromDutchLocal(value: string): string | null {
  const [date, time] = value.trim().split('T');
  if (!date || !time) return null;
  return toIsoFromDutch(date, time.slice(0, 5));
}

export function hasStarted(event: Pick<EventPublic, 'starts_at'>, now: Date = new Date()): boolean {
  return now.getTime() >= new Date(event.starts_at).getTime();
}
