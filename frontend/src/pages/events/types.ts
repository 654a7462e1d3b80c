import type { components } from '../../api/schema';
import { EVENT_REGISTRATION_STATUSES, EVENT_STATUSES, ROOM_CONSTRAINTS } from '../../i18n/nl';

type Schemas = components['schemas'];

export type EventPublic = Schemas['EventPublic'];
export type EventAdmin = Schemas['EventAdmin'];
export type EventCreate = Schemas['EventCreate'];
export type EventUpdate = Schemas['EventUpdate'];
export type EventStatus = Schemas['EventStatus'];
export type EventPage = Schemas['Page_EventPublic_'];
export type EventAdminPage = Schemas['Page_EventAdmin_'];
export type MyEvent = Schemas['MyEvent'];
export type MyEventPage = Schemas['Page_MyEvent_'];
export type MyRegistration = Schemas['MyRegistration'];
export type MyRoom = Schemas['MyRoom'];
export type RegistrationStatus = Schemas['RegistrationStatus'];
export type RegistrationForAdmin = Schemas['RegistrationForAdmin'];
export type RegistrationPage = Schemas['Page_RegistrationForAdmin_'];
export type CoachRef = Schemas['CoachRef'];
export type CoachCandidate = Schemas['CoachCandidate'];
export type RoomOverview = Schemas['RoomOverview'];
export type RoomView = Schemas['RoomView'];
export type RoomParticipant = Schemas['RoomParticipant'];
export type AssignmentReport = Schemas['AssignmentReportPublic'];
export type ConstraintScore = Schemas['ConstraintScore'];
export type Constraint = Schemas['Constraint'];
export type AttendanceRecord = Schemas['AttendanceRecord'];

// Compile-time check that the labelled values in i18n/events.ts are values the API knows.
const checks: [readonly EventStatus[], readonly RegistrationStatus[], readonly Constraint[]] = [
  EVENT_STATUSES,
  EVENT_REGISTRATION_STATUSES,
  ROOM_CONSTRAINTS,
];
void checks;
