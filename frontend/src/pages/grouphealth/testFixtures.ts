import type { GroupHealth, HealthCriterion } from './types';

export function criterion(overrides: Partial<HealthCriterion> = {}): HealthCriterion {
  return {
    key: 'group_size',
    label: 'Vaste groep van 5 tot 8 leden',
    status: 'ok',
    value: '6 leden',
    measure: 6,
    target: '5 tot 8 leden',
    tip: 'Een goede omvang.',
    ...overrides,
  };
}

export const exampleHealth: GroupHealth = {
  group_id: '11111111-1111-1111-1111-111111111111',
  generated_at: '2026-11-25T10:00:00Z',
  period_start: '2025-11-25T10:00:00Z',
  criteria: [
    criterion(),
    criterion({
      key: 'meeting_frequency',
      label: 'Ongeveer zes bijeenkomsten per jaar',
      status: 'attention',
      value: '2 bijeenkomsten in 12 maanden',
      measure: 2,
      target: '4 tot 10 per jaar, het liefst rond de 6',
      tip: 'Plan een reeks, bijvoorbeeld elke acht weken.',
    }),
    criterion({
      key: 'attendance_rate',
      label: 'Iedereen aanwezig',
      status: 'unknown',
      value: null,
      measure: null,
      target: 'Minstens 80% aanwezig',
      tip: 'Vul na elke bijeenkomst de presentielijst in.',
    }),
  ],
  ok_count: 1,
  attention_count: 1,
  unknown_count: 1,
};
