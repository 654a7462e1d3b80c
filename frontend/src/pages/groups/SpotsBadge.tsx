import { spotsBadge } from './format';
import type { GroupPublic } from './types';

/** "3 plekken vrij", "Vol · wachtlijst 2", "In oprichting" or "Gesloten", with a colour and a shape per state. */
export function SpotsBadge({ group }: { group: Pick<GroupPublic, 'status' | 'open_spots' | 'waitlist_count'> }) {
  const badge = spotsBadge(group);
  return <span className={`badge badge--${badge.tone}`}>{badge.text}</span>;
}
