import {
  audienceExtraLabels,
  daypartLabels,
  daypartSuffixes,
  employmentFormLabels,
  facilitatorLabels,
  groupModeLabels,
  groupsNl,
  labelFor,
  provinceLabels,
  registrationShortLabels,
  weekdayLabels,
  type AudienceValue,
  type DaypartValue,
  type WeekdayValue,
} from '../../i18n/nl';
import type { GroupPublic } from './types';

const t = groupsNl;

const kmFormat = new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 0, maximumFractionDigits: 1 });
const dateFormat = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeZone: 'Europe/Amsterdam' });

/** 4.2 -> "4,2 km"; 8 -> "8 km". */
export function formatDistance(km: number): string {
  return t.format.distance(kmFormat.format(Math.round(km * 10) / 10));
}

export function formatDate(iso: string): string {
  return dateFormat.format(new Date(iso));
}

export type SpotsTone = 'open' | 'full' | 'forming' | 'closed';

/** The badge on a group: "3 plekken vrij", "Vol · wachtlijst 2", "In oprichting" or "Gesloten". */
export function spotsBadge(
  group: Pick<GroupPublic, 'status' | 'open_spots' | 'waitlist_count'>,
): { text: string; tone: SpotsTone } {
  switch (group.status) {
    case 'closed':
      return { text: t.spots.closed, tone: 'closed' };
    case 'full':
      return { text: t.spots.full(group.waitlist_count), tone: 'full' };
    case 'forming':
      return { text: t.spots.forming(group.open_spots), tone: 'forming' };
    default:
      return { text: t.spots.open(group.open_spots), tone: 'open' };
  }
}

/** "Vrijdagavond", "Maandag", "Avond" or "Dag in overleg". */
export function formatWhen(weekday: string | null | undefined, daypart: string | null | undefined): string {
  const day = weekday && weekday in weekdayLabels ? weekdayLabels[weekday as WeekdayValue] : null;
  const part = daypart && daypart in daypartSuffixes ? (daypart as DaypartValue) : null;
  if (day && part) return capitalise(`${day}${daypartSuffixes[part]}`);
  if (day) return capitalise(day);
  if (part) return daypartLabels[part];
  return t.format.dayUnknown;
}

/** 90 -> "1,5 uur", 120 -> "2 uur", 105 -> "1 uur en 45 minuten", 45 -> "45 minuten". */
export function formatDuration(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return t.format.minutes(minutes);
  if (rest === 0) return t.format.hours(String(hours));
  if (rest === 30) return t.format.hours(`${hours},5`);
  return t.format.hoursMinutes(hours, rest);
}

/** "Utrecht, Utrecht" / "Online" / "Amersfoort, Utrecht (ook online)". */
export function formatWhere(group: Pick<GroupPublic, 'mode' | 'place' | 'province'>): string {
  if (group.mode === 'online' || !group.place) return t.card.online;
  const province = group.province ? labelFor(provinceLabels, group.province) : null;
  const where = province && province !== group.place ? `${group.place}, ${province}` : group.place;
  return group.mode === 'hybrid' ? `${where} (${groupModeLabels.hybrid.toLowerCase()})` : where;
}

export function audienceLabel(value: string): string {
  if (value in audienceExtraLabels) return audienceExtraLabels[value as keyof typeof audienceExtraLabels];
  return value in employmentFormLabels ? employmentFormLabels[value as keyof typeof employmentFormLabels] : value;
}

export const audienceLabels: Record<AudienceValue, string> = {
  ...employmentFormLabels,
  ...audienceExtraLabels,
};

export function formatAudience(audience: readonly string[]): string {
  if (audience.length === 0) return t.format.everyone;
  return t.format.listAnd(audience.map(audienceLabel));
}

export function formatRegistrations(bodies: readonly string[]): string {
  if (bodies.length === 0) return t.format.noRegistration;
  return t.format.listAnd(bodies.map((body) => labelFor(registrationShortLabels, body)));
}

export function formatFacilitator(type: string): string {
  return labelFor(facilitatorLabels, type);
}

export function formatMethods(methods: readonly { name: string }[]): string {
  return methods.length === 0 ? t.card.noMethods : methods.map((method) => method.name).join(', ');
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
