import { addDays, daysBetween, fromLocalParts, parsePlainDate, parseTime } from './amsterdamTime';

/** The API plans at most this many sessions in one series. */
export const MAX_SERIES_LENGTH = 52;
export const MAX_INTERVAL_WEEKS = 26;

export type SeriesEnd = 'count' | 'until';

export interface SeriesInput {
  firstDate: string;
  startTime: string;
  endTime: string;
  intervalWeeks: string;
  end: SeriesEnd;
  count: string;
  until: string;
}

export interface PreviewItem {
  /** "2026-12-01" */
  date: string;
  startsAt: Date | null;
  endsAt: Date | null;
  /** True when the start or end time is skipped on this date (the clocks go forward). */
  nonexistent: boolean;
}

export type PreviewProblem =
  | 'incomplete'
  | 'endBeforeStart'
  | 'untilBeforeFirst'
  | 'tooMany'
  | 'nonexistent';

export interface SeriesPreview {
  items: PreviewItem[];
  /** How many sessions the series would have (also when that is more than the API allows). */
  length: number;
  problem: PreviewProblem | null;
}

const wholeNumber = (value: string): number | null => (/^\d+$/.test(value.trim()) ? Number(value.trim()) : null);

/**
 * The dates a series would get, computed the way the API does: the first date, then every
 * `intervalWeeks` weeks, `count` times or up to and including `until`; each at the same Dutch
 * wall-clock time, so the UTC moments move by an hour across a change to or from summer time.
 */
export function previewSeries(input: SeriesInput): SeriesPreview {
  const interval = wholeNumber(input.intervalWeeks);
  const none: SeriesPreview = { items: [], length: 0, problem: 'incomplete' };
  if (!parsePlainDate(input.firstDate) || !parseTime(input.startTime) || !parseTime(input.endTime)) return none;
  if (interval === null || interval < 1 || interval > MAX_INTERVAL_WEEKS) return none;

  let length: number;
  if (input.end === 'count') {
    const count = wholeNumber(input.count);
    if (count === null || count < 1) return none;
    length = count;
  } else {
    if (!parsePlainDate(input.until)) return none;
    const span = daysBetween(input.firstDate, input.until);
    if (span < 0) return { items: [], length: 0, problem: 'untilBeforeFirst' };
    length = Math.floor(span / (7 * interval)) + 1;
  }

  const shown = Math.min(length, MAX_SERIES_LENGTH);
  const items: PreviewItem[] = [];
  for (let index = 0; index < shown; index += 1) {
    const date = addDays(input.firstDate, index * 7 * interval);
    const start = fromLocalParts(date, input.startTime);
    const end = fromLocalParts(date, input.endTime);
    items.push({
      date,
      startsAt: start.ok ? start.moment : null,
      endsAt: end.ok ? end.moment : null,
      nonexistent: !start.ok || !end.ok,
    });
  }

  let problem: PreviewProblem | null = null;
  if (input.endTime.slice(0, 5) <= input.startTime.slice(0, 5)) problem = 'endBeforeStart';
  else if (length > MAX_SERIES_LENGTH) problem = 'tooMany';
  else if (items.some((item) => item.nonexistent)) problem = 'nonexistent';
  return { items, length, problem };
}
