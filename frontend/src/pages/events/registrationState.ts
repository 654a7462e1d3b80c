import type { AuthStatus } from '../../auth/AuthContext';
import { hasStarted } from './format';
import type { EventPublic, MyRegistration, RoomOverview } from './types';

/**
 * What the action area of an event page offers, from who is looking and where the event stands.
 * Kept free of React so that every state can be tested on its own.
 */
export type RegistrationAction =
  | { kind: 'loading' }
  | { kind: 'error'; error: unknown }
  | { kind: 'eventCancelled' }
  | { kind: 'draft' }
  | { kind: 'loggedOut'; open: boolean; full: boolean }
  | { kind: 'coach'; rooms: RoomOverview }
  | { kind: 'registered'; registration: MyRegistration; canCancel: boolean }
  | { kind: 'waitlisted'; registration: MyRegistration; canCancel: boolean }
  | { kind: 'canRegister'; full: boolean }
  | { kind: 'closed' };

export interface RegistrationInput {
  event: EventPublic;
  auth: AuthStatus;
  /** undefined while loading; null when not registered. */
  registration: MyRegistration | null | undefined;
  /** undefined while loading; null when not a coach of this event. */
  coachRooms: RoomOverview | null | undefined;
  error?: unknown;
  now?: Date;
}

export function registrationAction({
  event,
  auth,
  registration,
  coachRooms,
  error,
  now = new Date(),
}: RegistrationInput): RegistrationAction {
  const full = event.spots_left <= 0;
  if (auth === 'initializing') return { kind: 'loading' };
  if (auth === 'anonymous') {
    if (event.status === 'cancelled') return { kind: 'eventCancelled' };
    return { kind: 'loggedOut', open: event.registration_open, full };
  }
  if (error) return { kind: 'error', error };
  if (registration === undefined || coachRooms === undefined) return { kind: 'loading' };
  if (event.status === 'cancelled') return { kind: 'eventCancelled' };
  const canCancel = !hasStarted(event, now);
  if (registration?.status === 'registered') return { kind: 'registered', registration, canCancel };
  if (registration?.status === 'waitlisted') return { kind: 'waitlisted', registration, canCancel };
  if (coachRooms) return { kind: 'coach', rooms: coachRooms };
  if (event.status === 'draft') return { kind: 'draft' };
  if (!event.registration_open) return { kind: 'closed' };
  return { kind: 'canRegister', full };
}
