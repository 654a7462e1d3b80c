import { describe, expect, it } from 'vitest';
import { groupHealthNl } from '../../i18n/nl';
import { actionFor, statusOf, summaryCounts } from './healthState';
import { criterion, exampleHealth } from './testFixtures';

const a = groupHealthNl.actions;

describe('statusOf', () => {
  it('reads a status it does not know as unknown, never as good news', () => {
    expect(statusOf({ status: 'attention' })).toBe('attention');
    expect(statusOf({ status: 'excellent' as never })).toBe('unknown');
  });
});

describe('actionFor', () => {
  it('links a criterion that needs work to the place to work on it', () => {
    expect(actionFor(criterion({ key: 'meeting_frequency', status: 'attention' }), 'amersfoort', false)).toEqual({
      to: '/groepen/amersfoort/bijeenkomsten',
      label: a.sessions,
    });
    expect(actionFor(criterion({ key: 'contract_agreed', status: 'attention' }), 'amersfoort', false)).toEqual({
      to: '/groepen/amersfoort/groepsafspraken',
      label: a.contract,
    });
    expect(actionFor(criterion({ key: 'attendance_rate', status: 'unknown' }), 'amersfoort', false)?.label).toBe(a.sessions);
  });

  it('offers nothing for criteria in order, unknown keys, or group details that only coordinators change', () => {
    expect(actionFor(criterion({ key: 'meeting_frequency', status: 'ok' }), 'x', true)).toBeNull();
    expect(actionFor(criterion({ key: 'something_new', status: 'attention' }), 'x', true)).toBeNull();
    expect(actionFor(criterion({ key: 'group_size', status: 'attention' }), 'x', false)).toBeNull();
    expect(actionFor(criterion({ key: 'group_size', status: 'attention' }), 'x', true)).toEqual({
      to: '/groepen/x/bewerken',
      label: a.editGroup,
    });
  });
});

describe('summaryCounts', () => {
  it('puts what needs attention first and leaves out empty statuses', () => {
    expect(summaryCounts(exampleHealth)).toEqual([
      { status: 'attention', count: 1 },
      { status: 'unknown', count: 1 },
      { status: 'ok', count: 1 },
    ]);
    expect(summaryCounts({ criteria: [criterion(), criterion({ key: 'b' })] })).toEqual([{ status: 'ok', count: 2 }]);
  });
});
