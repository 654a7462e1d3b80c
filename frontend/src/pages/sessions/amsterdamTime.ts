/**
 * Dutch local time. The API speaks UTC; people plan and read Europe/Amsterdam wall-clock time,
 * whatever the time zone of their own device. Everything here goes through Intl with an explicit
 * time zone, so 19:30 reads 19:30 in summer and in winter.
 */

export const TIME_ZONE = 'Europe/Amsterdam';

const LOCALE = 'nl-NL';

const formats = {
  longDate: new Intl.DateTimeFormat(LOCALE, {
    timeZone: TIME_ZONE,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }),
  date: new Intl.DateTimeFormat(LOCALE, { timeZone: TIME_ZONE, day: 'numeric', month: 'long', year: 'numeric' }),
  shortDate: new Intl.DateTimeFormat(LOCALE, { timeZone: TIME_ZONE, weekday: 'short', day: 'numeric', month: 'short' }),
  time: new Intl.DateTimeFormat(LOCALE, { timeZone: TIME_ZONE, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }),
  weekday: new Intl.DateTimeFormat(LOCALE, { timeZone: TIME_ZONE, weekday: 'short' }),
  day: new Intl.DateTimeFormat(LOCALE, { timeZone: TIME_ZONE, day: 'numeric' }),
  month: new Intl.DateTimeFormat(LOCALE, { timeZone: TIME_ZONE, month: 'short' }),
  parts: new Intl.DateTimeFormat('en-GB', {
    timeZone: TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }),
  /** Calendar dates without a time ("2026-12-01"): shown as they are, never shifted by a zone. */
  plainDate: new Intl.DateTimeFormat(LOCALE, { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' }),
  plainLongDate: new Intl.DateTimeFormat(LOCALE, {
    timeZone: 'UTC',
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }),
};

type Moment = string | Date;
const toDate = (moment: Moment) => (typeof moment === 'string' ? new Date(moment) : moment);

/** "dinsdag 1 december 2026" (Dutch date of the moment). */
export function formatLongDate(moment: Moment): string {
  return formats.longDate.format(toDate(moment));
}

/** "1 december 2026". */
export function formatDay(moment: Moment): string {
  return formats.date.format(toDate(moment));
}

/** "di 1 dec". */
export function formatShortDate(moment: Moment): string {
  return formats.shortDate.format(toDate(moment)).replace(/\./g, '');
}

/** "19:30" in Dutch time. */
export function formatTime(moment: Moment): string {
  return formats.time.format(toDate(moment));
}

/** "19:30 – 21:30". */
export function formatTimeRange(start: Moment, end: Moment): string {
  return `${formatTime(start)} – ${formatTime(end)}`;
}

/** "1 december 2026 om 21:45": when something happened (a confirmation, an audit entry). */
export function formatTimestamp(moment: Moment): string {
  return `${formatDay(moment)} om ${formatTime(moment)}`;
}

/** The pieces of a calendar-leaf style date block: weekday "di", day "1", month "dec". */
export function dateLeaf(moment: Moment): { weekday: string; day: string; month: string } {
  const date = toDate(moment);
  return {
    weekday: formats.weekday.format(date).replace(/\./g, ''),
    day: formats.day.format(date),
    month: formats.month.format(date).replace(/\./g, ''),
  };
}

/** A plain calendar date from the API ("2026-12-01"): "1 december 2026". */
export function formatPlainDate(isoDate: string, long = false): string {
  const date = plainDateToUtcNoon(isoDate);
  return (long ? formats.plainLongDate : formats.plainDate).format(date);
}

// --- Wall-clock conversion -------------------------------------------------------------------

export interface LocalParts {
  /** "2026-12-01" */
  date: string;
  /** "19:30" */
  time: string;
}

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

function wallClockOf(moment: Date): WallClock & { second: number } {
  const values: Record<string, number> = {};
  for (const part of formats.parts.formatToParts(moment)) {
    if (part.type !== 'literal') values[part.type] = Number(part.value);
  }
  return {
    year: values.year ?? 0,
    month: values.month ?? 0,
    day: values.day ?? 0,
    hour: (values.hour ?? 0) % 24,
    minute: values.minute ?? 0,
    second: values.second ?? 0,
  };
}

const pad = (value: number, length = 2) => String(value).padStart(length, '0');

/** The Dutch date and time of a moment, in the formats of <input type="date"> and <input type="time">. */
export function toLocalParts(moment: Moment): LocalParts {
  const wall = wallClockOf(toDate(moment));
  return {
    date: `${pad(wall.year, 4)}-${pad(wall.month)}-${pad(wall.day)}`,
    time: `${pad(wall.hour)}:${pad(wall.minute)}`,
  };
}

/** Minutes by which Amsterdam is ahead of UTC at this moment (60 in winter, 120 in summer). */
export function amsterdamOffsetMinutes(moment: Date): number {
  const wall = wallClockOf(moment);
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  const whole = Math.floor(moment.getTime() / 1000) * 1000;
  return Math.round((asUtc - whole) / 60_000);
}

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_PATTERN = /^(\d{2}):(\d{2})$/;

export function parsePlainDate(value: string): { year: number; month: number; day: number } | null {
  const match = DATE_PATTERN.exec(value.trim());
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  return { year, month, day };
}

export function parseTime(value: string): { hour: number; minute: number } | null {
  // Some browsers give "19:30:00" when seconds are shown.
  const match = TIME_PATTERN.exec(value.trim().slice(0, 5));
  if (!match) return null;
  const [hour, minute] = [Number(match[1]), Number(match[2])];
  if (hour > 23 || minute > 59) return null;
  return { hour, minute };
}

function plainDateToUtcNoon(isoDate: string): Date {
  const parts = parsePlainDate(isoDate);
  if (!parts) return new Date(Number.NaN);
  return new Date(Date.UTC(parts.year, parts.month - 1, parts.day, 12));
}

export type LocalTimeResult =
  | { ok: true; moment: Date }
  | { ok: false; reason: 'invalid' | 'nonexistent' };

/**
 * The moment a Dutch wall-clock time happens, e.g. ("2026-12-01", "19:30") -> 18:30 UTC.
 * A time in the hour skipped when summer time starts (02:30 on the last Sunday of March) does not
 * exist. A time that happens twice when summer time ends (02:30 on the last Sunday of October) is
 * the first of the two, as the API takes it.
 */
export function fromLocalParts(date: string, time: string): LocalTimeResult {
  const day = parsePlainDate(date);
  const clock = parseTime(time);
  if (!day || !clock) return { ok: false, reason: 'invalid' };
  const naive = Date.UTC(day.year, day.month - 1, day.day, clock.hour, clock.minute);
  // The offset that applies is the one before or the one after a nearby change of clocks.
  const offsets = new Set([
    amsterdamOffsetMinutes(new Date(naive - 12 * 3_600_000)),
    amsterdamOffsetMinutes(new Date(naive + 12 * 3_600_000)),
  ]);
  const candidates = [...offsets]
    .map((offset) => new Date(naive - offset * 60_000))
    .filter((moment) => {
      const back = toLocalParts(moment);
      return back.date === date.trim() && back.time === time.trim().slice(0, 5);
    })
    .sort((a, b) => a.getTime() - b.getTime());
  const first = candidates[0];
  return first ? { ok: true, moment: first } : { ok: false, reason: 'nonexistent' };
}

/** Adds days to a plain date: addDays("2026-12-29", 7) -> "2027-01-05". */
export function addDays(isoDate: string, days: number): string {
  const parts = parsePlainDate(isoDate);
  if (!parts) return isoDate;
  const moved = new Date(Date.UTC(parts.year, parts.month - 1, parts.day + days));
  return `${pad(moved.getUTCFullYear(), 4)}-${pad(moved.getUTCMonth() + 1)}-${pad(moved.getUTCDate())}`;
}

/** Days from one plain date to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  const a = parsePlainDate(from);
  const b = parsePlainDate(to);
  if (!a || !b) return Number.NaN;
  return Math.round((Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / 86_400_000);
}

/** Today's date in the Netherlands, "2026-12-01". */
export function amsterdamToday(now: Date = new Date()): string {
  return toLocalParts(now).date;
}

const WEEKDAY_INDEX: Record<string, number> = {
  sunday: 0,
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
};

/**
 * The first date after `today` that falls on the weekday ("tuesday"), or a week from today when
 * the weekday is unknown: a sensible first guess for the next meeting.
 */
export function nextWeekday(weekday: string | null | undefined, today: string): string {
  const target = weekday ? WEEKDAY_INDEX[weekday] : undefined;
  const parts = parsePlainDate(today);
  if (target === undefined || !parts) return addDays(today, 7);
  const current = new Date(Date.UTC(parts.year, parts.month - 1, parts.day)).getUTCDay();
  const ahead = (target - current + 7) % 7 || 7;
  return addDays(today, ahead);
}
