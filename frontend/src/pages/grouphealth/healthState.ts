import { groupHealthNl, HEALTH_STATUSES, type HealthStatusValue } from '../../i18n/nl';
import { contractPath } from '../contracts/contractState';
import type { GroupHealth, HealthCriterion } from './types';

/** A status this UI does not know yet reads as "unknown" rather than as good news. */
export function statusOf(criterion: Pick<HealthCriterion, 'status'>): HealthStatusValue {
  return (HEALTH_STATUSES as readonly string[]).includes(criterion.status)
    ? (criterion.status as HealthStatusValue)
    : 'unknown';
}

export interface HealthAction {
  to: string;
  label: string;
}

/**
 * Where in the app a group can work on a criterion that is not in order yet. Only links that
 * the person looking can use: changing the group's details is for coordinators.
 */
export function actionFor(
  criterion: Pick<HealthCriterion, 'key' | 'status'>,
  groupRef: string,
  canManage: boolean,
): HealthAction | null {
  if (statusOf(criterion) === 'ok') return null;
  const base = `/groepen/${encodeURIComponent(groupRef)}`;
  const a = groupHealthNl.actions;
  switch (criterion.key) {
    case 'group_size':
      return canManage ? { to: `${base}/bewerken`, label: a.editGroup } : null;
    case 'meeting_frequency':
    case 'case_prepared':
    case 'attendance_rate':
    case 'safety_check':
      return { to: `${base}/bijeenkomsten`, label: a.sessions };
    case 'method_used':
      return { to: '/methoden', label: a.methods };
    case 'contract_agreed':
      return { to: contractPath(groupRef), label: a.contract };
    default:
      return null;
  }
}

/** The counts per status, in the order they are shown, leaving out statuses with none. */
export function summaryCounts(health: Pick<GroupHealth, 'criteria'>): { status: HealthStatusValue; count: number }[] {
  const counts: Record<HealthStatusValue, number> = { ok: 0, attention: 0, unknown: 0 };
  for (const criterion of health.criteria) counts[statusOf(criterion)] += 1;
  const order: HealthStatusValue[] = ['attention', 'unknown', 'ok'];
  return order.filter((status) => counts[status] > 0).map((status) => ({ status, count: counts[status] }));
}
