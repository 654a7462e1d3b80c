import type { FieldErrors } from '../../components/useFormFeedback';
import { groupsNl } from '../../i18n/nl';
import type {
  Audience,
  Daypart,
  FacilitatorType,
  GroupCreate,
  GroupIdentity,
  GroupLifecycle,
  GroupMode,
  GroupPublic,
  GroupUpdate,
  Weekday,
} from './types';

const v = groupsNl.form.validation;

/** The group form as the inputs hold it. */
export interface GroupFormValues {
  name: string;
  description: string;
  mode: string;
  location: string;
  weekday: string;
  daypart: string;
  meetings_per_year: string;
  session_minutes: string;
  size_min: string;
  size_max: string;
  facilitator_type: string;
  methods: string[];
  audience: string[];
  identity: string;
  language: string;
  registrations: string[];
  lifecycle: string;
}

export const GROUP_FORM_FIELDS = [
  'name',
  'description',
  'mode',
  'location',
  'weekday',
  'daypart',
  'meetings_per_year',
  'session_minutes',
  'size_min',
  'size_max',
  'facilitator_type',
  'methods',
  'audience',
  'identity',
  'language',
  'registrations',
  'lifecycle',
] as const satisfies readonly (keyof GroupFormValues)[];

export type GroupFormField = (typeof GROUP_FORM_FIELDS)[number];

/** Server field names that the form shows elsewhere. */
export const SERVER_FIELD_ALIASES: Readonly<Record<string, GroupFormField>> = {
  province: 'location',
  accepts_skj: 'registrations',
  accepts_registerplein: 'registrations',
};

export const emptyGroupForm: GroupFormValues = {
  name: '',
  description: '',
  mode: '',
  location: '',
  weekday: '',
  daypart: '',
  meetings_per_year: '6',
  session_minutes: '120',
  size_min: '5',
  size_max: '8',
  facilitator_type: '',
  methods: [],
  audience: [],
  identity: '',
  language: 'nl',
  registrations: ['skj'],
  lifecycle: 'open',
};

/**
 * The form filled from a group. The API shows `status`, not the lifecycle the coordinator sets;
 * a full group is open or forming, and open is the likelier of the two.
 */
export function fromGroup(group: GroupPublic): GroupFormValues {
  const lifecycle = group.status === 'forming' || group.status === 'closed' ? group.status : 'open';
  return {
    name: group.name,
    description: group.description,
    mode: group.mode,
    location: group.mode === 'online' ? '' : (group.place ?? ''),
    weekday: group.weekday ?? '',
    daypart: group.daypart ?? '',
    meetings_per_year: String(group.meetings_per_year),
    session_minutes: String(group.session_minutes),
    size_min: String(group.size_min),
    size_max: String(group.size_max),
    facilitator_type: group.facilitator_type,
    methods: group.methods.map((method) => method.slug),
    audience: [...group.audience],
    identity: group.identity ?? '',
    language: group.language,
    registrations: [...group.registration_bodies],
    lifecycle,
  };
}

function wholeNumber(text: string, min: number, max: number): number | null {
  if (!/^\d+$/.test(text.trim())) return null;
  const value = Number(text.trim());
  return value >= min && value <= max ? value : null;
}

export function validateGroupForm(values: GroupFormValues): FieldErrors<GroupFormField> {
  const errors: FieldErrors<GroupFormField> = {};
  const name = values.name.trim();
  if (!name) errors.name = v.nameRequired;
  else if (name.length < 3 || name.length > 120) errors.name = v.nameLength;
  if (values.description.length > 4000) errors.description = v.descriptionLength;
  if (!values.mode) errors.mode = v.modeRequired;
  if (values.mode !== 'online' && values.location.trim().length < 2) errors.location = v.locationRequired;
  if (wholeNumber(values.meetings_per_year, 1, 24) === null) errors.meetings_per_year = v.meetingsRange;
  if (wholeNumber(values.session_minutes, 30, 300) === null) errors.session_minutes = v.sessionRange;
  const sizeMin = wholeNumber(values.size_min, 2, 15);
  const sizeMax = wholeNumber(values.size_max, 2, 15);
  if (sizeMin === null) errors.size_min = v.sizeRange;
  if (sizeMax === null) errors.size_max = v.sizeRange;
  if (sizeMin !== null && sizeMax !== null && sizeMin > sizeMax) errors.size_min = v.sizeOrder;
  if (!values.facilitator_type) errors.facilitator_type = v.facilitatorRequired;
  if (values.methods.length > 10) errors.methods = v.methodsMax;
  if (!values.lifecycle) errors.lifecycle = v.lifecycleRequired;
  return errors;
}

const orNull = <T extends string>(text: string): T | null => (text ? (text as T) : null);

/** Only call after validateGroupForm found nothing. */
export function toGroupCreate(values: GroupFormValues): GroupCreate {
  return {
    name: values.name.trim(),
    description: values.description.trim(),
    mode: values.mode as GroupMode,
    location: values.mode === 'online' ? null : values.location.trim(),
    weekday: orNull<Weekday>(values.weekday),
    daypart: orNull<Daypart>(values.daypart),
    meetings_per_year: Number(values.meetings_per_year),
    session_minutes: Number(values.session_minutes),
    size_min: Number(values.size_min),
    size_max: Number(values.size_max),
    facilitator_type: values.facilitator_type as FacilitatorType,
    methods: values.methods,
    audience: values.audience as Audience[],
    identity: orNull<GroupIdentity>(values.identity),
    language: values.language === 'en' ? 'en' : 'nl',
    accepts_skj: values.registrations.includes('skj'),
    accepts_registerplein: values.registrations.includes('registerplein'),
    lifecycle: values.lifecycle as GroupLifecycle,
  };
}

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && [...a].sort().join('|') === [...b].sort().join('|');

/**
 * The PATCH body: only what changed since `initial`, so that a field nobody touched is never
 * overwritten. A new place is resolved without the old province.
 */
export function toGroupUpdate(initial: GroupFormValues, values: GroupFormValues): GroupUpdate {
  const next = toGroupCreate(values);
  const before = toGroupCreate({ ...initial, mode: initial.mode || values.mode });
  const update: GroupUpdate = {};
  const scalar = [
    'name',
    'description',
    'mode',
    'weekday',
    'daypart',
    'meetings_per_year',
    'session_minutes',
    'size_min',
    'size_max',
    'facilitator_type',
    'identity',
    'language',
    'accepts_skj',
    'accepts_registerplein',
    'lifecycle',
  ] as const;
  for (const key of scalar) {
    if (next[key] !== before[key]) (update as Record<string, unknown>)[key] = next[key];
  }
  if (!sameSet(next.methods ?? [], before.methods ?? [])) update.methods = next.methods ?? [];
  if (!sameSet(next.audience ?? [], before.audience ?? [])) update.audience = next.audience ?? [];
  const movedToPlace = initial.mode === 'online' && values.mode !== 'online';
  if (values.mode !== 'online' && (movedToPlace || values.location.trim() !== initial.location.trim())) {
    update.location = values.location.trim();
    update.province = null;
  }
  return update;
}
