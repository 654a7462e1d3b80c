import { describe, expect, it } from 'vitest';
import { sessionsNl } from '../../i18n/nl';
import { addMinutesToTime, emptySessionForm, fromSession, toSessionCreate, toSessionUpdate, validateSessionForm } from './sessionForm';
import { exampleSession, people } from './testFixtures';

const v = sessionsNl.form.validation;

describe('the session form', () => {
  it('sends Dutch wall-clock times as UTC moments', () => {
    const body = toSessionCreate(
      emptySessionForm({ date: '2027-04-06', startTime: '19:30', endTime: '21:30', location: ' Bij Ans thuis ', method: 'incidentmethode' }),
    );
    expect(body).toEqual({
      starts_at: '2027-04-06T17:30:00.000Z',
      ends_at: '2027-04-06T19:30:00.000Z',
      location_text: 'Bij Ans thuis',
      online_url: null,
      method: 'incidentmethode',
      facilitator_id: null,
      case_bringer_id: null,
      notes: '',
    });
  });

  it('checks dates, times, links and roles before sending', () => {
    expect(validateSessionForm(emptySessionForm())).toEqual({ date: v.dateRequired });
    expect(validateSessionForm(emptySessionForm({ date: '2026-12-01', endTime: '19:30' }))).toEqual({ endTime: v.endBeforeStart });
    expect(validateSessionForm(emptySessionForm({ date: '2027-03-28', startTime: '02:15', endTime: '04:00' }))).toEqual({
      startTime: v.nonexistent('02:15'),
    });
    expect(
      validateSessionForm(
        emptySessionForm({ date: '2026-12-01', onlineUrl: 'meet.example.nl/abc', facilitatorId: people.peter.id, caseBringerId: people.peter.id }),
      ),
    ).toEqual({ onlineUrl: v.urlInvalid, caseBringerId: v.samePerson });
  });

  it('fills in from a session in Dutch time and sends only what changed', () => {
    const session = exampleSession({ case_bringer: people.joost });
    const initial = fromSession(session);
    expect(initial).toMatchObject({ date: '2026-12-01', startTime: '19:30', endTime: '21:30', caseBringerId: people.joost.id });
    expect(toSessionUpdate(initial, initial)).toEqual({});
    expect(toSessionUpdate(initial, { ...initial, notes: 'Lees het hoofdstuk over hechting.' })).toEqual({
      notes: 'Lees het hoofdstuk over hechting.',
    });
    expect(toSessionUpdate(initial, { ...initial, endTime: '22:00', location: '' })).toEqual({
      starts_at: '2026-12-01T18:30:00.000Z',
      ends_at: '2026-12-01T21:00:00.000Z',
      location_text: null,
    });
    expect(toSessionUpdate(initial, { ...initial, caseBringerId: '' })).toEqual({ case_bringer_id: null });
  });

  it('works out a default end time from the group’s session length', () => {
    expect(addMinutesToTime('19:30', 90)).toBe('21:00');
    expect(addMinutesToTime('23:00', 120)).toBeNull();
  });
});
