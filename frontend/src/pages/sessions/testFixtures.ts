import { exampleMember } from '../../test/fixtures';
import type { AttendanceList, SessionPublic } from './types';

export const SESSION_ID = '33333333-3333-3333-3333-333333333333';

export function exampleSession(overrides: Partial<SessionPublic> = {}): SessionPublic {
  return {
    id: SESSION_ID,
    group: { id: '11111111-1111-1111-1111-111111111111', slug: 'intervisiegroep-amersfoort', name: 'Intervisiegroep Amersfoort' },
    // Tuesday 1 December 2026, 19:30-21:30 in Amsterdam (winter time, UTC+1).
    starts_at: '2026-12-01T18:30:00Z',
    ends_at: '2026-12-01T20:30:00Z',
    duration_minutes: 120,
    location_text: 'Bij Ans thuis',
    online_url: null,
    method: { slug: 'incidentmethode', name: 'Incidentmethode' },
    facilitator: { id: '44444444-4444-4444-4444-444444444444', full_name: 'Peter Jansen' },
    case_bringer: null,
    series_id: null,
    status: 'planned',
    cancel_reason: null,
    notes: '',
    attendance_recorded: false,
    response_counts: { present: 3, absent: 1, unanswered: 2 },
    my_response: null,
    my_attendance: null,
    version: 1,
    created_at: '2026-11-01T10:00:00Z',
    updated_at: '2026-11-01T10:00:00Z',
    ...overrides,
  };
}

export const people = {
  me: { id: exampleMember.id, full_name: exampleMember.full_name },
  peter: { id: '44444444-4444-4444-4444-444444444444', full_name: 'Peter Jansen' },
  fatima: { id: '55555555-5555-5555-5555-555555555555', full_name: 'Fatima el Amrani' },
  joost: { id: '66666666-6666-6666-6666-666666666666', full_name: 'Joost de Boer' },
};

export function attendanceList(overrides: Partial<AttendanceList> = {}): AttendanceList {
  return {
    session_id: SESSION_ID,
    recorded: false,
    recorded_at: null,
    recorded_by: null,
    present_count: 0,
    confirmed_count: 0,
    entries: [
      { member: people.me, present: false, confirmed_at: null, rsvp: 'present' },
      { member: people.fatima, present: false, confirmed_at: null, rsvp: 'absent' },
      { member: people.joost, present: false, confirmed_at: null, rsvp: null },
      { member: people.peter, present: false, confirmed_at: null, rsvp: 'present' },
    ],
    ...overrides,
  };
}
