import { eventsNl } from '../../i18n/nl';
import { fromDutchLocal, toDutchLocal, toDutchParts, toIsoFromDutch } from './format';
import type { EventAdmin, EventCreate, EventStatus, EventUpdate } from './types';

const v = eventsNl.form.validation;

export const EVENT_FORM_FIELDS = [
  'theme',
  'title',
  'description',
  'expert_name',
  'date',
  'start_time',
  'end_time',
  'plenary_url',
  'capacity',
  'room_size_max',
  'registration_closes_at',
  'status',
] as const;
export type EventFormField = (typeof EVENT_FORM_FIELDS)[number];

/** Server names that differ from the form's. */
export const EVENT_FIELD_ALIASES: Readonly<Record<string, EventFormField>> = {
  starts_at: 'start_time',
  ends_at: 'end_time',
};

export const DESCRIPTION_MAX = 8000;
export const ROOM_SIZE_DEFAULT = 8;

export interface EventFormValues {
  theme: string;
  title: string;
  description: string;
  expert_name: string;
  /** "2026-12-09", Dutch date */
  date: string;
  /** "19:30", Dutch time */
  start_time: string;
  end_time: string;
  plenary_url: string;
  capacity: string;
  room_size_max: string;
  /** "2026-12-08T12:00" (datetime-local, Dutch time); empty = until the start */
  registration_closes_at: string;
  status: EventStatus | '';
}

export const emptyEventForm: EventFormValues = {
  theme: '',
  title: '',
  description: '',
  expert_name: '',
  date: '',
  start_time: '',
  end_time: '',
  plenary_url: '',
  capacity: '40',
  room_size_max: String(ROOM_SIZE_DEFAULT),
  registration_closes_at: '',
  status: 'draft',
};

export function fromEvent(event: EventAdmin): EventFormValues {
  const [date, start] = toDutchParts(event.starts_at);
  const [, end] = toDutchParts(event.ends_at);
  const closesAtStart = new Date(event.registration_closes_at).getTime() === new Date(event.starts_at).getTime();
  return {
    theme: event.theme,
    title: event.title,
    description: event.description,
    expert_name: event.expert_name,
    date,
    start_time: start,
    end_time: end,
    plenary_url: event.plenary_url ?? '',
    capacity: String(event.capacity),
    room_size_max: String(event.room_size_max),
    registration_closes_at: closesAtStart ? '' : toDutchLocal(event.registration_closes_at),
    status: event.status,
  };
}

function wholeNumber(text: string, min: number, max: number): number | null {
  if (!/^\d+$/.test(text.trim())) return null;
  const value = Number(text.trim());
  return value >= min && value <= max ? value : null;
}

function isWebLink(text: string): boolean {
  try {
    const url = new URL(text.trim());
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.');
  } catch {
    return false;
  }
}

interface Times {
  startsAt: string;
  endsAt: string;
  closesAt: string;
}

/**
 * The start, end and registration deadline as ISO timestamps. An end time before the start time
 * is taken as "the same evening" and refused, not as the next day.
 */
export function eventTimes(values: EventFormValues): Times | null {
  const startsAt = toIsoFromDutch(values.date, values.start_time);
  const endsAt = toIsoFromDutch(values.date, values.end_time);
  if (!startsAt || !endsAt) return null;
  const closesAt = values.registration_closes_at.trim() ? fromDutchLocal(values.registration_closes_at) : startsAt;
  if (!closesAt) return null;
  return { startsAt, endsAt, closesAt };
}

export function validateEventForm(values: EventFormValues): Partial<Record<EventFormField, string>> {
  const errors: Partial<Record<EventFormField, string>> = {};
  const theme = values.theme.trim();
  if (!theme) errors.theme = v.themeRequired;
  else if (theme.length < 2 || theme.length > 80) errors.theme = v.themeLength;
  const title = values.title.trim();
  if (!title) errors.title = v.titleRequired;
  else if (title.length < 3 || title.length > 160) errors.title = v.titleLength;
  if (values.description.trim().length > DESCRIPTION_MAX) errors.description = v.descriptionLength;
  const expert = values.expert_name.trim();
  if (!expert) errors.expert_name = v.expertRequired;
  else if (expert.length < 2 || expert.length > 120) errors.expert_name = v.expertLength;

  const startsAt = toIsoFromDutch(values.date, values.start_time || '00:00');
  if (!values.date.trim() || !startsAt) errors.date = v.dateRequired;
  if (!/^\d{1,2}:\d{2}$/.test(values.start_time.trim())) errors.start_time = v.startRequired;
  if (!/^\d{1,2}:\d{2}$/.test(values.end_time.trim())) errors.end_time = v.endRequired;
  const times = eventTimes({ ...values, registration_closes_at: '' });
  if (times && !errors.start_time && !errors.end_time && new Date(times.endsAt) <= new Date(times.startsAt)) {
    errors.end_time = v.endAfterStart;
  }

  if (values.plenary_url.trim() && !isWebLink(values.plenary_url)) errors.plenary_url = v.urlInvalid;
  if (wholeNumber(values.capacity, 1, 5000) === null) errors.capacity = v.capacityRange;
  if (wholeNumber(values.room_size_max, 2, 10) === null) errors.room_size_max = v.roomSizeRange;

  if (values.registration_closes_at.trim()) {
    const closesAt = fromDutchLocal(values.registration_closes_at);
    if (!closesAt) errors.registration_closes_at = v.closesInvalid;
    else if (times && new Date(closesAt) > new Date(times.startsAt)) errors.registration_closes_at = v.closesAfterStart;
  }
  if (!values.status) errors.status = v.statusRequired;
  return errors;
}

/** Call only after validateEventForm found nothing. */
export function toEventCreate(values: EventFormValues): EventCreate {
  const times = eventTimes(values);
  if (!times) throw new Error('invalid times');
  return {
    theme: values.theme.trim(),
    title: values.title.trim(),
    description: values.description.trim(),
    expert_name: values.expert_name.trim(),
    starts_at: times.startsAt,
    ends_at: times.endsAt,
    registration_closes_at: values.registration_closes_at.trim() ? times.closesAt : null,
    plenary_url: values.plenary_url.trim() || null,
    capacity: Number(values.capacity.trim()),
    room_size_max: Number(values.room_size_max.trim()),
    status: values.status || 'draft',
    coach_ids: [],
  };
}

const sameMoment = (a: string, b: string) => new Date(a).getTime() === new Date(b).getTime();

/** Only what changed; the API changes only the fields it is sent. */
export function toEventUpdate(initial: EventFormValues, values: EventFormValues): EventUpdate {
  const update: EventUpdate = {};
  const text = ['theme', 'title', 'description', 'expert_name'] as const;
  for (const field of text) {
    if (values[field].trim() !== initial[field].trim()) update[field] = values[field].trim();
  }
  if (values.plenary_url.trim() !== initial.plenary_url.trim()) update.plenary_url = values.plenary_url.trim() || null;
  if (values.capacity.trim() !== initial.capacity.trim()) update.capacity = Number(values.capacity.trim());
  if (values.room_size_max.trim() !== initial.room_size_max.trim()) update.room_size_max = Number(values.room_size_max.trim());
  const before = eventTimes(initial);
  const after = eventTimes(values);
  if (after) {
    if (!before || !sameMoment(before.startsAt, after.startsAt)) update.starts_at = after.startsAt;
    if (!before || !sameMoment(before.endsAt, after.endsAt)) update.ends_at = after.endsAt;
    if (!before || !sameMoment(before.closesAt, after.closesAt)) update.registration_closes_at = after.closesAt;
  }
  if (values.status && values.status !== initial.status) update.status = values.status;
  return update;
}
