import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useApi } from '../../api/ApiContext';
import type { ApiClient } from '../../api/endpoints';
import { unwrap } from '../../api/unwrap';
import { useAuth } from '../../auth/useAuth';
import { toApiError } from '../../api/problem';
import { OPEN_REQUEST_STATUSES } from './types';
import type {
  GroupCreate,
  GroupMemberPublic,
  GroupPublic,
  GroupRole,
  GroupSearchPage,
  GroupUpdate,
  JoinRequestForCoordinator,
  JoinRequestPublic,
  MethodPublic,
  MyGroup,
  PlaceSuggestion,
  SiteConfig,
} from './types';
import type { FinderQuery } from './finderQuery';

export const groupKeys = {
  all: ['groups'] as const,
  search: (query: FinderQuery) => ['groups', 'search', query] as const,
  detail: (ref: string) => ['groups', 'detail', ref] as const,
  members: (ref: string) => ['groups', 'members', ref] as const,
  requests: (ref: string) => ['groups', 'join-requests', ref] as const,
  myGroups: ['me', 'groups'] as const,
  myRequests: (includeClosed: boolean) => ['me', 'join-requests', includeClosed] as const,
  methods: ['methods'] as const,
  siteConfig: ['site-config'] as const,
  places: (q: string) => ['places', q] as const,
};

/** A group with the ETag of the version that was read, for If-Match on the next change. */
export interface GroupWithEtag {
  group: GroupPublic;
  etag: string | null;
}

/**
 * The public group endpoints allow browsers to cache answers for a minute (for partner sites).
 * The app itself must see its own changes at once, so it always revalidates: the browser sends
 * If-None-Match and gets a cheap 304 when nothing changed.
 */
const REVALIDATE: RequestCache = 'no-cache';

export function searchGroups(client: ApiClient, query: FinderQuery): Promise<GroupSearchPage> {
  return unwrap(client.GET('/api/v1/groups', { params: { query }, cache: REVALIDATE }));
}

export async function fetchGroup(client: ApiClient, ref: string): Promise<GroupWithEtag> {
  let result;
  try {
    result = await client.GET('/api/v1/groups/{group_ref}', {
      params: { path: { group_ref: ref } },
      cache: REVALIDATE,
    });
  } catch (error) {
    throw toApiError(error);
  }
  if (!result.response.ok || !result.data) throw toApiError(result.error, result.response);
  return { group: result.data, etag: result.response.headers.get('ETag') };
}

export function createGroup(client: ApiClient, body: GroupCreate): Promise<GroupPublic> {
  return unwrap(client.POST('/api/v1/groups', { body }));
}

export async function updateGroup(
  client: ApiClient,
  ref: string,
  body: GroupUpdate,
  etag: string | null,
): Promise<GroupWithEtag> {
  let result;
  try {
    result = await client.PATCH('/api/v1/groups/{group_ref}', {
      params: { path: { group_ref: ref }, header: etag ? { 'if-match': etag } : {} },
      body,
    });
  } catch (error) {
    throw toApiError(error);
  }
  if (!result.response.ok || !result.data) throw toApiError(result.error, result.response);
  return { group: result.data, etag: result.response.headers.get('ETag') };
}

export function fetchMembers(client: ApiClient, ref: string): Promise<GroupMemberPublic[]> {
  return unwrap(client.GET('/api/v1/groups/{group_ref}/members', { params: { path: { group_ref: ref } } }));
}

export function changeRole(client: ApiClient, ref: string, memberId: string, role: GroupRole): Promise<GroupMemberPublic> {
  return unwrap(
    client.PATCH('/api/v1/groups/{group_ref}/members/{member_id}', {
      params: { path: { group_ref: ref, member_id: memberId } },
      body: { role },
    }),
  );
}

export async function removeMember(client: ApiClient, ref: string, memberId: string): Promise<void> {
  await unwrap(
    client.DELETE('/api/v1/groups/{group_ref}/members/{member_id}', {
      params: { path: { group_ref: ref, member_id: memberId } },
    }),
  );
}

export function requestToJoin(client: ApiClient, ref: string, motivation: string): Promise<JoinRequestPublic> {
  return unwrap(
    client.POST('/api/v1/groups/{group_ref}/join-requests', {
      params: { path: { group_ref: ref } },
      body: { motivation },
    }),
  );
}

export function fetchGroupRequests(client: ApiClient, ref: string): Promise<JoinRequestForCoordinator[]> {
  return unwrap(
    client.GET('/api/v1/groups/{group_ref}/join-requests', {
      params: { path: { group_ref: ref }, query: { include_closed: false } },
    }),
  );
}

export function acceptRequest(client: ApiClient, id: string, message: string | null): Promise<JoinRequestForCoordinator> {
  return unwrap(
    client.POST('/api/v1/join-requests/{request_id}/accept', {
      params: { path: { request_id: id } },
      body: { message },
    }),
  );
}

export function declineRequest(client: ApiClient, id: string, message: string | null): Promise<JoinRequestForCoordinator> {
  return unwrap(
    client.POST('/api/v1/join-requests/{request_id}/decline', {
      params: { path: { request_id: id } },
      body: { message },
    }),
  );
}

export function withdrawRequest(client: ApiClient, id: string): Promise<JoinRequestPublic> {
  return unwrap(client.POST('/api/v1/join-requests/{request_id}/withdraw', { params: { path: { request_id: id } } }));
}

export function acceptOffer(client: ApiClient, id: string): Promise<JoinRequestPublic> {
  return unwrap(
    client.POST('/api/v1/join-requests/{request_id}/accept-offer', { params: { path: { request_id: id } } }),
  );
}

export function fetchMyGroups(client: ApiClient): Promise<MyGroup[]> {
  return unwrap(client.GET('/api/v1/me/groups'));
}

export function fetchMyRequests(client: ApiClient, includeClosed: boolean): Promise<JoinRequestPublic[]> {
  return unwrap(client.GET('/api/v1/me/join-requests', { params: { query: { include_closed: includeClosed } } }));
}

export function fetchMethods(client: ApiClient): Promise<MethodPublic[]> {
  return unwrap(client.GET('/api/v1/methods'));
}

export function fetchSiteConfig(client: ApiClient): Promise<SiteConfig> {
  return unwrap(client.GET('/api/v1/site-config'));
}

export function fetchPlaces(client: ApiClient, q: string): Promise<PlaceSuggestion[]> {
  return unwrap(client.GET('/api/v1/places', { params: { query: { q, limit: 8 } } }));
}

// --- Hooks ---------------------------------------------------------------------------------

export function useGroupSearch(query: FinderQuery, enabled = true) {
  const api = useApi();
  return useQuery({
    queryKey: groupKeys.search(query),
    queryFn: () => searchGroups(api, query),
    placeholderData: keepPreviousData,
    staleTime: 30_000,
    enabled,
  });
}

export function useGroup(ref: string) {
  const api = useApi();
  return useQuery({ queryKey: groupKeys.detail(ref), queryFn: () => fetchGroup(api, ref), staleTime: 10_000 });
}

export function useMethods() {
  const api = useApi();
  return useQuery({ queryKey: groupKeys.methods, queryFn: () => fetchMethods(api), staleTime: Infinity });
}

export function useSiteConfig() {
  const api = useApi();
  return useQuery({ queryKey: groupKeys.siteConfig, queryFn: () => fetchSiteConfig(api), staleTime: Infinity });
}

export function useMyGroups() {
  const api = useApi();
  const { status } = useAuth();
  return useQuery({
    queryKey: groupKeys.myGroups,
    queryFn: () => fetchMyGroups(api),
    enabled: status === 'authenticated',
    staleTime: 10_000,
  });
}

/** All of the member's requests, including decided ones, newest first (the API's order). */
export function useMyRequests() {
  const api = useApi();
  const { status } = useAuth();
  return useQuery({
    queryKey: groupKeys.myRequests(true),
    queryFn: () => fetchMyRequests(api, true),
    enabled: status === 'authenticated',
    staleTime: 10_000,
  });
}

export function isOpenRequest(request: JoinRequestPublic): boolean {
  return OPEN_REQUEST_STATUSES.includes(request.status);
}

/** After any change to groups, memberships or requests: refetch everything that may show it. */
export function useRefreshGroups() {
  const queryClient = useQueryClient();
  return useCallback(async () => {
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: groupKeys.all }),
      queryClient.invalidateQueries({ queryKey: ['me', 'groups'] }),
      queryClient.invalidateQueries({ queryKey: ['me', 'join-requests'] }),
    ]);
  }, [queryClient]);
}
