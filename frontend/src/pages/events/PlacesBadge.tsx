import { placesBadge } from './format';
import type { EventPublic } from './types';

/** "12 plekken vrij", "Vol · 3 op de wachtlijst", "Aanmelding gesloten" or "Gaat niet door"; the text carries the meaning. */
export function PlacesBadge({
  event,
}: {
  event: Pick<EventPublic, 'status' | 'registration_open' | 'spots_left' | 'waitlist_count'>;
}) {
  const badge = placesBadge(event);
  return <span className={`badge badge--${badge.tone}`}>{badge.text}</span>;
}
