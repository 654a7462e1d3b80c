import { describe, expect, it } from 'vitest';
import { eventsNl } from '../../i18n/nl';
import { emptyEventForm, fromEvent, toEventCreate, toEventUpdate, validateEventForm, type EventFormValues } from './eventForm';
import { adminEvent } from './testFixtures';

const v = eventsNl.form.validation;

const filled: EventFormValues = {
  ...emptyEventForm,
  theme: 'Traumasensitief werken',
  title: 'Veilig hechten na trauma',
  description: '  Over hechting.  ',
  expert_name: 'Dr. Mirjam Hoekstra',
  date: '2030-12-10',
  start_time: '19:30',
  end_time: '21:30',
  capacity: '40',
  status: 'published',
};

describe('event form', () => {
  it('names every missing field', () => {
    expect(validateEventForm({ ...emptyEventForm, capacity: '', room_size_max: '11', status: '' })).toEqual({
      theme: v.themeRequired,
      title: v.titleRequired,
      expert_name: v.expertRequired,
      date: v.dateRequired,
      start_time: v.startRequired,
      end_time: v.endRequired,
      capacity: v.capacityRange,
      room_size_max: v.roomSizeRange,
      status: v.statusRequired,
    });
  });

  it('checks the order of the times, the link and the deadline', () => {
    expect(validateEventForm({ ...filled, end_time: '19:00' })).toEqual({ end_time: v.endAfterStart });
    expect(validateEventForm({ ...filled, plenary_url: 'teams' })).toEqual({ plenary_url: v.urlInvalid });
    expect(validateEventForm({ ...filled, registration_closes_at: '2030-12-10T20:00' })).toEqual({
      registration_closes_at: v.closesAfterStart,
    });
    expect(validateEventForm(filled)).toEqual({});
  });

  it('sends Dutch times with their offset and leaves the deadline to the API when empty', () => {
    expect(toEventCreate(filled)).toEqual({
      theme: 'Traumasensitief werken',
      title: 'Veilig hechten na trauma',
      description: 'Over hechting.',
      expert_name: 'Dr. Mirjam Hoekstra',
      starts_at: '2030-12-10T19:30:00+01:00',
      ends_at: '2030-12-10T21:30:00+01:00',
      registration_closes_at: null,
      plenary_url: null,
      capacity: 40,
      room_size_max: 8,
      status: 'published',
      coach_ids: [],
    });
  });

  it('reads an event back into the form, a deadline at the start as empty', () => {
    expect(fromEvent(adminEvent)).toMatchObject({
      date: '2030-12-10',
      start_time: '19:30',
      end_time: '21:30',
      registration_closes_at: '',
      plenary_url: 'https://meet.example.nl/plenair',
      capacity: '40',
      room_size_max: '8',
      status: 'published',
    });
  });

  it('sends only what changed; a moved start moves a deadline that was the start', () => {
    const initial = fromEvent(adminEvent);
    expect(toEventUpdate(initial, initial)).toEqual({});
    expect(toEventUpdate(initial, { ...initial, capacity: '50', status: 'cancelled', plenary_url: '' })).toEqual({
      capacity: 50,
      status: 'cancelled',
      plenary_url: null,
    });
    expect(toEventUpdate(initial, { ...initial, start_time: '19:00' })).toEqual({
      starts_at: '2030-12-10T19:00:00+01:00',
      registration_closes_at: '2030-12-10T19:00:00+01:00',
    });
  });
});
