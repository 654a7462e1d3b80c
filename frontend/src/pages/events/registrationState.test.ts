import { describe, expect, it } from 'vitest';
import { registrationAction } from './registrationState';
import { closedEvent, exampleEvent, fullEvent, myRegistration, roomOverview, withRoom } from './testFixtures';

const before = new Date('2030-12-01T10:00:00Z');
const during = new Date('2030-12-10T19:00:00Z');

describe('registrationAction', () => {
  it('waits for the session and the member’s own data', () => {
    expect(registrationAction({ event: exampleEvent, auth: 'initializing', registration: undefined, coachRooms: undefined }).kind).toBe('loading');
    expect(registrationAction({ event: exampleEvent, auth: 'authenticated', registration: undefined, coachRooms: null }).kind).toBe('loading');
  });

  it('asks visitors to log in, and says whether the event is full or closed', () => {
    expect(registrationAction({ event: exampleEvent, auth: 'anonymous', registration: undefined, coachRooms: undefined })).toEqual({
      kind: 'loggedOut',
      open: true,
      full: false,
    });
    expect(registrationAction({ event: fullEvent, auth: 'anonymous', registration: undefined, coachRooms: undefined })).toMatchObject({ full: true });
    expect(registrationAction({ event: closedEvent, auth: 'anonymous', registration: undefined, coachRooms: undefined })).toMatchObject({ open: false });
  });

  it('lets a member register, or join the waitlist when the event is full', () => {
    expect(registrationAction({ event: exampleEvent, auth: 'authenticated', registration: null, coachRooms: null })).toEqual({
      kind: 'canRegister',
      full: false,
    });
    expect(registrationAction({ event: fullEvent, auth: 'authenticated', registration: null, coachRooms: null })).toEqual({
      kind: 'canRegister',
      full: true,
    });
  });

  it('shows the waitlist place', () => {
    const registration = myRegistration({ status: 'waitlisted', waitlist_position: 2, plenary_url: null });
    expect(registrationAction({ event: fullEvent, auth: 'authenticated', registration, coachRooms: null, now: before })).toEqual({
      kind: 'waitlisted',
      registration,
      canCancel: true,
    });
  });

  it('shows a registered participant their room, and no cancelling once the event started', () => {
    const registration = withRoom();
    expect(registrationAction({ event: exampleEvent, auth: 'authenticated', registration, coachRooms: null, now: before })).toEqual({
      kind: 'registered',
      registration,
      canCancel: true,
    });
    expect(registrationAction({ event: exampleEvent, auth: 'authenticated', registration, coachRooms: null, now: during })).toMatchObject({
      canCancel: false,
    });
  });

  it('keeps showing one’s registration after registration closed, and says closed to others', () => {
    const registration = myRegistration();
    expect(registrationAction({ event: closedEvent, auth: 'authenticated', registration, coachRooms: null }).kind).toBe('registered');
    expect(registrationAction({ event: closedEvent, auth: 'authenticated', registration: null, coachRooms: null }).kind).toBe('closed');
  });

  it('shows a coach their rooms instead of a registration form', () => {
    const rooms = roomOverview();
    expect(registrationAction({ event: exampleEvent, auth: 'authenticated', registration: null, coachRooms: rooms })).toEqual({
      kind: 'coach',
      rooms,
    });
  });

  it('says a cancelled event does not take place', () => {
    const cancelled = { ...exampleEvent, status: 'cancelled' as const, registration_open: false };
    expect(registrationAction({ event: cancelled, auth: 'anonymous', registration: undefined, coachRooms: undefined }).kind).toBe('eventCancelled');
    expect(registrationAction({ event: cancelled, auth: 'authenticated', registration: myRegistration(), coachRooms: null }).kind).toBe(
      'eventCancelled',
    );
  });
});
