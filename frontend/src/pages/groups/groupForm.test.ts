import { describe, expect, it } from 'vitest';
import { groupsNl } from '../../i18n/nl';
import { emptyGroupForm, fromGroup, toGroupCreate, toGroupUpdate, validateGroupForm } from './groupForm';
import { exampleGroup, fullGroup } from './testFixtures';

const v = groupsNl.form.validation;

describe('group form', () => {
  it('asks for the required fields, and a place unless the group meets online', () => {
    expect(validateGroupForm(emptyGroupForm)).toEqual({
      name: v.nameRequired,
      mode: v.modeRequired,
      location: v.locationRequired,
      facilitator_type: v.facilitatorRequired,
    });
    const online = { ...emptyGroupForm, name: 'Online kring', mode: 'online', facilitator_type: 'peer' };
    expect(validateGroupForm(online)).toEqual({});
  });

  it('checks the numbers and their order', () => {
    const errors = validateGroupForm({
      ...fromGroup(exampleGroup),
      meetings_per_year: '30',
      session_minutes: 'twee uur',
      size_min: '9',
      size_max: '6',
    });
    expect(errors).toEqual({ meetings_per_year: v.meetingsRange, session_minutes: v.sessionRange, size_min: v.sizeOrder });
  });

  it('builds the create body', () => {
    const body = toGroupCreate({ ...fromGroup(exampleGroup), registrations: ['skj', 'registerplein'], identity: '' });
    expect(body).toMatchObject({
      name: exampleGroup.name,
      mode: 'in_person',
      location: 'Amersfoort',
      meetings_per_year: 6,
      methods: ['incidentmethode'],
      identity: null,
      accepts_skj: true,
      accepts_registerplein: true,
      lifecycle: 'open',
    });
  });

  it('treats a full group as open', () => {
    expect(fromGroup(fullGroup).lifecycle).toBe('open');
  });

  it('sends only what changed when editing', () => {
    const initial = fromGroup(exampleGroup);
    expect(toGroupUpdate(initial, initial)).toEqual({});
    expect(toGroupUpdate(initial, { ...initial, size_max: '10', methods: ['incidentmethode', 'roddelmethode'] })).toEqual({
      size_max: 10,
      methods: ['incidentmethode', 'roddelmethode'],
    });
    expect(toGroupUpdate(initial, { ...initial, methods: [...initial.methods].reverse() })).toEqual({});
  });

  it('resolves a new place without the old province', () => {
    const initial = fromGroup(exampleGroup);
    expect(toGroupUpdate(initial, { ...initial, location: 'Hengelo (Gelderland)' })).toEqual({
      location: 'Hengelo (Gelderland)',
      province: null,
    });
    expect(toGroupUpdate(initial, { ...initial, mode: 'online', location: '' })).toEqual({ mode: 'online' });
  });
});
