import { sessionsNl } from '../../i18n/nl';
import { fromLocalParts, parsePlainDate, parseTime, toLocalParts } from './amsterdamTime';
import type { SessionCreate, SessionPublic, SessionUpdate } from './types';

const v = sessionsNl.form.validation;

export const LOCATION_MAX = 300;
export const NOTES_MAX = 4000;
const MAX_MINUTES = 12 * 60;

export interface SessionFormValues {
  date: string;
  startTime: string;
  endTime: string;
  location: string;
  onlineUrl: string;
  method: string;
  facilitatorId: string;
  caseBringerId: string;
  notes: string;
}

export const SESSION_FORM_FIELDS = [
  'date',
  'startTime',
  'endTime',
  'location',
  'onlineUrl',
  'method',
  'facilitatorId',
  'caseBringerId',
  'notes',
] as const;
export type SessionFormField = (typeof SESSION_FORM_FIELDS)[number];

/** The API's names for the form's fields, so its field errors land next to the right control. */
export const SESSION_SERVER_ALIASES: Readonly<Record<string, SessionFormField>> = {
  starts_at: 'startTime',
  ends_at: 'endTime',
  location_text: 'location',
  online_url: 'onlineUrl',
  method: 'method',
  facilitator_id: 'facilitatorId',
  case_bringer_id: 'caseBringerId',
  notes: 'notes',
  first_date: 'date',
  start_time: 'startTime',
  end_time: 'endTime',
};

export function emptySessionForm(defaults: Partial<SessionFormValues> = {}): SessionFormValues {
  return {
    date: '',
    startTime: '19:30',
    endTime: '21:30',
    location: '',
    onlineUrl: '',
    method: '',
    facilitatorId: '',
    caseBringerId: '',
    notes: '',
    ...defaults,
  };
}

export function fromSession(session: SessionPublic): SessionFormValues {
  const start = toLocalParts(session.starts_at);
  const end = toLocalParts(session.ends_at);
  return {
    date: start.date,
    startTime: start.time,
    endTime: end.time,
    location: session.location_text ?? '',
    onlineUrl: session.online_url ?? '',
    method: session.method?.slug ?? '',
    facilitatorId: session.facilitator?.id ?? '',
    caseBringerId: session.case_bringer?.id ?? '',
    notes: session.notes,
  };
}

/** "19:30" plus minutes, within the day: "21:30"; null past midnight. */
export function addMinutesToTime(time: string, minutes: number): string | null {
  const clock = parseTime(time);
  if (!clock) return null;
  const total = clock.hour * 60 + clock.minute + minutes;
  if (total >= 24 * 60) return null;
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}

export function isWebLink(value: string): boolean {
  return /^https?:\/\/[^\s/$.?#][^\s]*$/i.test(value.trim());
}

export type FieldErrors = Partial<Record<SessionFormField, string>>;

/** Checks the times of a form: the date exists, both times exist on that Dutch day, the end is later. */
export function validateTimes(
  date: string,
  startTime: string,
  endTime: string,
  dateField: SessionFormField = 'date',
): { errors: FieldErrors; startsAt?: Date; endsAt?: Date } {
  const errors: FieldErrors = {};
  if (!date.trim()) errors[dateField] = v.dateRequired;
  else if (!parsePlainDate(date)) errors[dateField] = v.dateInvalid;
  if (!startTime.trim()) errors.startTime = v.startRequired;
  else if (!parseTime(startTime)) errors.startTime = v.timeInvalid;
  if (!endTime.trim()) errors.endTime = v.endRequired;
  else if (!parseTime(endTime)) errors.endTime = v.timeInvalid;
  if (Object.keys(errors).length > 0) return { errors };

  const start = fromLocalParts(date, startTime);
  const end = fromLocalParts(date, endTime);
  if (!start.ok) errors.startTime = v.nonexistent(startTime.slice(0, 5));
  if (!end.ok) errors.endTime = v.nonexistent(endTime.slice(0, 5));
  if (!start.ok || !end.ok) return { errors };
  const minutes = (end.moment.getTime() - start.moment.getTime()) / 60_000;
  if (minutes <= 0) errors.endTime = v.endBeforeStart;
  else if (minutes > MAX_MINUTES) errors.endTime = v.tooLong;
  return { errors, startsAt: start.moment, endsAt: end.moment };
}

/** Checks the details shared by a single session and a series. */
export function validateDetails(values: Pick<SessionFormValues, 'location' | 'onlineUrl' | 'notes' | 'facilitatorId' | 'caseBringerId'>): FieldErrors {
  const errors: FieldErrors = {};
  if (values.location.trim().length > LOCATION_MAX) errors.location = v.locationTooLong;
  if (values.onlineUrl.trim() && !isWebLink(values.onlineUrl)) errors.onlineUrl = v.urlInvalid;
  if (values.notes.trim().length > NOTES_MAX) errors.notes = v.notesTooLong;
  if (values.facilitatorId && values.facilitatorId === values.caseBringerId) errors.caseBringerId = v.samePerson;
  return errors;
}

export function validateSessionForm(values: SessionFormValues): FieldErrors {
  return { ...validateTimes(values.date, values.startTime, values.endTime).errors, ...validateDetails(values) };
}

const orNull = (value: string) => (value.trim() ? value.trim() : null);

export function toSessionCreate(values: SessionFormValues): SessionCreate {
  const { startsAt, endsAt } = validateTimes(values.date, values.startTime, values.endTime);
  if (!startsAt || !endsAt) throw new Error('validate the form first');
  return {
    starts_at: startsAt.toISOString(),
    ends_at: endsAt.toISOString(),
    location_text: orNull(values.location),
    online_url: orNull(values.onlineUrl),
    method: orNull(values.method),
    facilitator_id: orNull(values.facilitatorId),
    case_bringer_id: orNull(values.caseBringerId),
    notes: values.notes.trim(),
  };
}

/**
 * Only what changed: the API checks every person it is sent (someone who left the group could not
 * be sent again) and refuses new times once the attendance is recorded.
 */
export function toSessionUpdate(initial: SessionFormValues, values: SessionFormValues): SessionUpdate {
  const update: SessionUpdate = {};
  const timesChanged =
    initial.date !== values.date || initial.startTime !== values.startTime || initial.endTime !== values.endTime;
  if (timesChanged) {
    const { startsAt, endsAt } = validateTimes(values.date, values.startTime, values.endTime);
    if (!startsAt || !endsAt) throw new Error('validate the form first');
    update.starts_at = startsAt.toISOString();
    update.ends_at = endsAt.toISOString();
  }
  if (initial.location.trim() !== values.location.trim()) update.location_text = orNull(values.location);
  if (initial.onlineUrl.trim() !== values.onlineUrl.trim()) update.online_url = orNull(values.onlineUrl);
  if (initial.method !== values.method) update.method = orNull(values.method);
  if (initial.facilitatorId !== values.facilitatorId) update.facilitator_id = orNull(values.facilitatorId);
  if (initial.caseBringerId !== values.caseBringerId) update.case_bringer_id = orNull(values.caseBringerId);
  if (initial.notes.trim() !== values.notes.trim()) update.notes = values.notes.trim();
  return update;
}
