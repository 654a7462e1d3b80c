import { useQuery } from '@tanstack/react-query';
import { useApi } from '../../api/ApiContext';
import type { ApiClient } from '../../api/endpoints';
import { unwrap } from '../../api/unwrap';
import type { GroupHealth } from './types';

export const healthKeys = {
  all: ['group-health'] as const,
  group: (groupRef: string) => ['group-health', groupRef] as const,
};

export function fetchGroupHealth(client: ApiClient, groupRef: string): Promise<GroupHealth> {
  return unwrap(client.GET('/api/v1/groups/{group_ref}/health', { params: { path: { group_ref: groupRef } } }));
}

export function useGroupHealth(groupRef: string) {
  const api = useApi();
  return useQuery({
    queryKey: healthKeys.group(groupRef),
    queryFn: () => fetchGroupHealth(api, groupRef),
    enabled: groupRef !== '',
    staleTime: 30_000,
  });
}
