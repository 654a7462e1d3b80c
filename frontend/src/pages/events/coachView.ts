import type { MemberPublic } from '../../api/types';
import type { RoomOverview } from './types';

/**
 * The rooms a member leads, from what GET /rooms gave them: a coach gets only their own rooms
 * (an empty list when spare or not yet assigned); a platform admin gets every room, so for them
 * we keep the rooms they lead and treat them as coach only when they are one.
 * Null means: not a coach of this event.
 */
export function coachView(overview: RoomOverview | null, user: Pick<MemberPublic, 'id' | 'is_admin'> | null): RoomOverview | null {
  if (!overview || !user) return null;
  if (!user.is_admin) return overview;
  const led = overview.rooms.filter((room) => room.coach?.member_id === user.id);
  const spare = overview.spare_coaches.some((coach) => coach.member_id === user.id);
  if (led.length === 0 && !spare) return null;
  return { ...overview, rooms: led, unplaced: [], spare_coaches: [], report: null };
}
