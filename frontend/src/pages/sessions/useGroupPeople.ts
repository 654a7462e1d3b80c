import { useQuery } from '@tanstack/react-query';
import { useApi } from '../../api/ApiContext';
import type { SelectOption } from '../../components/SelectField';
import { fetchMembers, groupKeys, useMethods } from '../groups/groupsApi';
import type { PersonRef } from './types';

/**
 * Choices for the facilitator, case bringer and method of a session: the group's members
 * (plus whoever is set now but has left since, so the form never drops them silently) and the methods.
 */
export function useSessionChoices(groupId: string, current: (PersonRef | null | undefined)[] = []) {
  const api = useApi();
  const members = useQuery({ queryKey: groupKeys.members(groupId), queryFn: () => fetchMembers(api, groupId) });
  const methods = useMethods();
  const people: SelectOption[] = (members.data ?? []).map((member) => ({ value: member.member_id, label: member.full_name }));
  for (const person of current) {
    if (person && !people.some((option) => option.value === person.id)) {
      people.push({ value: person.id, label: person.full_name });
    }
  }
  people.sort((a, b) => a.label.localeCompare(b.label, 'nl'));
  const methodOptions: SelectOption[] = (methods.data ?? []).map((method) => ({ value: method.slug, label: method.name }));
  return { people, methodOptions, loading: members.isPending || methods.isPending };
}
