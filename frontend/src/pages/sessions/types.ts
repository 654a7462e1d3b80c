import type { components } from '../../api/schema';
import { ATTENDANCE_ACTIONS, RSVP_ANSWERS, SESSION_STATUSES } from '../../i18n/sessions';

type Schemas = components['schemas'];

export type SessionPublic = Schemas['SessionPublic'];
export type SessionPage = Schemas['SessionPage'];
export type SessionCreate = Schemas['SessionCreate'];
export type SeriesCreate = Schemas['SeriesCreate'];
export type SeriesPublic = Schemas['SeriesPublic'];
export type SessionUpdate = Schemas['SessionUpdate'];
export type SessionResponses = Schemas['SessionResponses'];
export type RsvpPublic = Schemas['RsvpPublic'];
export type RsvpUpdate = Schemas['RsvpUpdate'];
export type RsvpAnswer = Schemas['RsvpAnswer'];
export type SessionStatus = Schemas['SessionStatus'];
export type SessionWhen = Schemas['SessionWhen'];
export type PersonRef = Schemas['PersonRef'];
export type MyAttendance = Schemas['MyAttendance'];
export type AttendanceList = Schemas['AttendanceList'];
/** One line of the presentielijst (named by path: the schema name is shared with events). */
export type AttendanceEntry = AttendanceList['entries'][number];
export type AttendanceAuditPage = Schemas['AttendanceAuditPage'];
export type AttendanceAuditEntry = Schemas['AttendanceAuditEntry'];
export type AttendanceAction = Schemas['AttendanceAction'];
export type CalendarFeedCreated = Schemas['CalendarFeedCreated'];
export type CalendarFeedStatus = Schemas['CalendarFeedStatus'];

// Compile-time check that the labelled values in i18n/sessions.ts are values the API knows.
const checks: [readonly RsvpAnswer[], readonly SessionStatus[], readonly AttendanceAction[]] = [
  RSVP_ANSWERS,
  SESSION_STATUSES,
  ATTENDANCE_ACTIONS,
];
void checks;
