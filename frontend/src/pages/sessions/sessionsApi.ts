import { useCallback } from 'react';
import { useInfiniteQuery, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApi } from '../../api/ApiContext';
import type { ApiClient } from '../../api/endpoints';
import { toApiError } from '../../api/problem';
import { unwrap } from '../../api/unwrap';
import { useAuth } from '../../auth/useAuth';
import { filenameFromDisposition, type DownloadedFile } from '../../components/downloadFile';
import { useMyGroups } from '../groups/groupsApi';
import type { GroupRole } from '../groups/types';
import type {
  AttendanceAuditPage,
  AttendanceList,
  MyAttendance,
  RsvpUpdate,
  SeriesCreate,
  SeriesPublic,
  SessionCreate,
  SessionPage,
  SessionPublic,
  SessionResponses,
  SessionUpdate,
  SessionWhen,
} from './types';

export const PAGE_SIZE = 20;

export const sessionKeys = {
  all: ['sessions'] as const,
  group: (groupRef: string, when: SessionWhen) => ['sessions', 'group', groupRef, when] as const,
  mine: ['sessions', 'mine'] as const,
  detail: (id: string) => ['sessions', 'detail', id] as const,
  responses: (id: string) => ['sessions', 'responses', id] as const,
  attendance: (id: string) => ['sessions', 'attendance', id] as const,
  audit: (id: string) => ['sessions', 'audit', id] as const,
};

/** Keys of data that sessions feed into elsewhere: the member's evidence overview. */
export const evidenceKey = ['me', 'evidence'] as const;

/** A session with the ETag of the version that was read, for If-Match on the next change. */
export interface SessionWithEtag {
  session: SessionPublic;
  etag: string | null;
}

const sessionPath = (id: string) => ({ params: { path: { session_id: id } } });

export function fetchGroupSessions(
  client: ApiClient,
  groupRef: string,
  when: SessionWhen,
  offset = 0,
  limit = PAGE_SIZE,
): Promise<SessionPage> {
  return unwrap(
    client.GET('/api/v1/groups/{group_ref}/sessions', {
      params: { path: { group_ref: groupRef }, query: { when, limit, offset, include_cancelled: true } },
    }),
  );
}

export function fetchMySessions(client: ApiClient, offset = 0, limit = PAGE_SIZE): Promise<SessionPage> {
  return unwrap(client.GET('/api/v1/me/sessions', { params: { query: { when: 'upcoming', limit, offset } } }));
}

async function withEtag(
  call: Promise<{ data?: SessionPublic; error?: unknown; response: Response }>,
): Promise<SessionWithEtag> {
  let result;
  try {
    result = await call;
  } catch (error) {
    throw toApiError(error);
  }
  if (!result.response.ok || !result.data) throw toApiError(result.error, result.response);
  return { session: result.data, etag: result.response.headers.get('ETag') };
}

export function fetchSession(client: ApiClient, id: string): Promise<SessionWithEtag> {
  return withEtag(client.GET('/api/v1/sessions/{session_id}', sessionPath(id)));
}

export function createSession(client: ApiClient, groupRef: string, body: SessionCreate): Promise<SessionPublic> {
  return unwrap(client.POST('/api/v1/groups/{group_ref}/sessions', { params: { path: { group_ref: groupRef } }, body }));
}

export function planSeries(client: ApiClient, groupRef: string, body: SeriesCreate): Promise<SeriesPublic> {
  return unwrap(
    client.POST('/api/v1/groups/{group_ref}/sessions/series', { params: { path: { group_ref: groupRef } }, body }),
  );
}

export function updateSession(
  client: ApiClient,
  id: string,
  body: SessionUpdate,
  etag: string | null,
): Promise<SessionWithEtag> {
  return withEtag(
    client.PATCH('/api/v1/sessions/{session_id}', {
      params: { path: { session_id: id }, header: etag ? { 'if-match': etag } : {} },
      body,
    }),
  );
}

export function cancelSession(client: ApiClient, id: string, reason: string | null): Promise<SessionPublic> {
  return unwrap(client.POST('/api/v1/sessions/{session_id}/cancel', { ...sessionPath(id), body: { reason } }));
}

export function respondToSession(client: ApiClient, id: string, body: RsvpUpdate): Promise<SessionPublic> {
  return unwrap(client.PUT('/api/v1/sessions/{session_id}/response', { ...sessionPath(id), body }));
}

export function fetchResponses(client: ApiClient, id: string): Promise<SessionResponses> {
  return unwrap(client.GET('/api/v1/sessions/{session_id}/responses', sessionPath(id)));
}

export function fetchAttendance(client: ApiClient, id: string): Promise<AttendanceList> {
  return unwrap(client.GET('/api/v1/sessions/{session_id}/attendance', sessionPath(id)));
}

export function recordAttendance(client: ApiClient, id: string, presentIds: string[]): Promise<AttendanceList> {
  return unwrap(
    client.PUT('/api/v1/sessions/{session_id}/attendance', {
      ...sessionPath(id),
      body: { present_member_ids: presentIds },
    }),
  );
}

export function confirmAttendance(client: ApiClient, id: string): Promise<MyAttendance> {
  return unwrap(client.POST('/api/v1/sessions/{session_id}/attendance/confirm', sessionPath(id)));
}

export function fetchAudit(client: ApiClient, id: string): Promise<AttendanceAuditPage> {
  return unwrap(
    client.GET('/api/v1/sessions/{session_id}/attendance/audit', {
      params: { path: { session_id: id }, query: { limit: 100, offset: 0 } },
    }),
  );
}

/** Fetches a file with the access token; the name comes from Content-Disposition. */
export async function fetchFile(
  call: Promise<{ data?: unknown; error?: unknown; response: Response }>,
  fallbackName: string,
): Promise<DownloadedFile> {
  let result;
  try {
    result = await call;
  } catch (error) {
    throw toApiError(error);
  }
  if (!result.response.ok || !(result.data instanceof Blob)) throw toApiError(result.error, result.response);
  return {
    blob: result.data,
    filename: filenameFromDisposition(result.response.headers.get('Content-Disposition'), fallbackName),
  };
}

export function downloadSessionCalendar(client: ApiClient, id: string): Promise<DownloadedFile> {
  return fetchFile(
    client.GET('/api/v1/sessions/{session_id}.ics', { ...sessionPath(id), parseAs: 'blob' }),
    'intervisie.ics',
  );
}

export function downloadAttendancePdf(client: ApiClient, id: string): Promise<DownloadedFile> {
  return fetchFile(
    client.GET('/api/v1/sessions/{session_id}/attendance.pdf', { ...sessionPath(id), parseAs: 'blob' }),
    'presentielijst.pdf',
  );
}

// --- Hooks ---------------------------------------------------------------------------------

export function useSession(id: string) {
  const api = useApi();
  return useQuery({ queryKey: sessionKeys.detail(id), queryFn: () => fetchSession(api, id), staleTime: 5_000 });
}

export function useGroupSessions(groupRef: string, when: SessionWhen, enabled = true) {
  const api = useApi();
  return useInfiniteQuery({
    queryKey: sessionKeys.group(groupRef, when),
    queryFn: ({ pageParam }) => fetchGroupSessions(api, groupRef, when, pageParam),
    initialPageParam: 0,
    getNextPageParam: (last) => (last.offset + last.items.length < last.total ? last.offset + last.items.length : undefined),
    enabled,
    staleTime: 5_000,
  });
}

export function useMySessions() {
  const api = useApi();
  return useInfiniteQuery({
    queryKey: sessionKeys.mine,
    queryFn: ({ pageParam }) => fetchMySessions(api, pageParam),
    initialPageParam: 0,
    getNextPageParam: (last) => (last.offset + last.items.length < last.total ? last.offset + last.items.length : undefined),
    staleTime: 5_000,
  });
}

export function useResponses(id: string, enabled = true) {
  const api = useApi();
  return useQuery({ queryKey: sessionKeys.responses(id), queryFn: () => fetchResponses(api, id), enabled });
}

export function useAttendance(id: string, enabled = true) {
  const api = useApi();
  return useQuery({ queryKey: sessionKeys.attendance(id), queryFn: () => fetchAttendance(api, id), enabled });
}

export function useAudit(id: string, enabled = true) {
  const api = useApi();
  return useQuery({ queryKey: sessionKeys.audit(id), queryFn: () => fetchAudit(api, id), enabled });
}

/** After any change to a session, an answer or the attendance: refetch what may show it. */
export function useRefreshSessions() {
  const queryClient = useQueryClient();
  return useCallback(async () => {
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: sessionKeys.all }),
      queryClient.invalidateQueries({ queryKey: evidenceKey }),
    ]);
  }, [queryClient]);
}

export interface GroupPermissions {
  /** Still loading the member's groups. */
  pending: boolean;
  role: GroupRole | null;
  isMember: boolean;
  /** Coordinators of the group and platform admins plan, change and cancel sessions. */
  canManage: boolean;
}

/** What the logged-in member may do in a group, from their memberships (`/me/groups`). */
export function useGroupPermissions(groupId: string | undefined): GroupPermissions {
  const { user } = useAuth();
  const myGroups = useMyGroups();
  const role = myGroups.data?.find((mine) => mine.group.id === groupId)?.role ?? null;
  const isAdmin = user?.is_admin ?? false;
  return {
    pending: myGroups.isPending,
    role,
    isMember: role !== null,
    canManage: role === 'coordinator' || isAdmin,
  };
}
