import { useCallback } from 'react';
import { useInfiniteQuery, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApi } from '../../api/ApiContext';
import type { ApiClient } from '../../api/endpoints';
import { unwrap } from '../../api/unwrap';
import { healthKeys } from '../grouphealth/groupHealthApi';
import type { ContractOverview, ContractSections, ContractVersion, ContractVersionPage } from './types';

export const VERSIONS_PAGE_SIZE = 10;

export const contractKeys = {
  all: ['contracts'] as const,
  overview: (groupRef: string) => ['contracts', 'overview', groupRef] as const,
  versions: (groupRef: string) => ['contracts', 'versions', groupRef] as const,
  template: ['contracts', 'template'] as const,
};

const groupPath = (groupRef: string) => ({ params: { path: { group_ref: groupRef } } });

export function fetchContract(client: ApiClient, groupRef: string): Promise<ContractOverview> {
  return unwrap(client.GET('/api/v1/groups/{group_ref}/contract', groupPath(groupRef)));
}

export function fetchTemplate(client: ApiClient): Promise<ContractSections> {
  return unwrap(client.GET('/api/v1/contract-template'));
}

export function fetchVersions(client: ApiClient, groupRef: string, offset = 0): Promise<ContractVersionPage> {
  return unwrap(
    client.GET('/api/v1/groups/{group_ref}/contract/versions', {
      params: { path: { group_ref: groupRef }, query: { limit: VERSIONS_PAGE_SIZE, offset } },
    }),
  );
}

export function saveDraft(client: ApiClient, groupRef: string, body: ContractSections): Promise<ContractVersion> {
  return unwrap(client.PUT('/api/v1/groups/{group_ref}/contract/draft', { ...groupPath(groupRef), body }));
}

export async function discardDraft(client: ApiClient, groupRef: string): Promise<void> {
  await unwrap(client.DELETE('/api/v1/groups/{group_ref}/contract/draft', groupPath(groupRef)));
}

export function publishDraft(client: ApiClient, groupRef: string): Promise<ContractOverview> {
  return unwrap(client.POST('/api/v1/groups/{group_ref}/contract/publish', groupPath(groupRef)));
}

export function agreeToContract(client: ApiClient, groupRef: string, version: number): Promise<ContractOverview> {
  return unwrap(
    client.POST('/api/v1/groups/{group_ref}/contract/agree', { ...groupPath(groupRef), body: { version } }),
  );
}

export function useContract(groupRef: string, enabled = true) {
  const api = useApi();
  return useQuery({
    queryKey: contractKeys.overview(groupRef),
    queryFn: () => fetchContract(api, groupRef),
    enabled: enabled && groupRef !== '',
    staleTime: 10_000,
  });
}

export function useContractTemplate(enabled: boolean) {
  const api = useApi();
  return useQuery({
    queryKey: contractKeys.template,
    queryFn: () => fetchTemplate(api),
    enabled,
    staleTime: Infinity,
  });
}

export function useContractVersions(groupRef: string, enabled: boolean) {
  const api = useApi();
  return useInfiniteQuery({
    queryKey: contractKeys.versions(groupRef),
    queryFn: ({ pageParam }) => fetchVersions(api, groupRef, pageParam),
    initialPageParam: 0,
    getNextPageParam: (last) => {
      const next = last.offset + last.items.length;
      return next < last.total && last.items.length > 0 ? next : undefined;
    },
    enabled,
  });
}

/**
 * After a change: the group may be looked up by id (group page) or slug (contract page), so
 * every contract query is refreshed, and the group check, whose contract criterion depends on it.
 */
export function useRefreshContract() {
  const queryClient = useQueryClient();
  return useCallback(async () => {
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: contractKeys.all }),
      queryClient.invalidateQueries({ queryKey: healthKeys.all }),
    ]);
  }, [queryClient]);
}
