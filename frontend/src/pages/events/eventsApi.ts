import { useCallback } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useApi } from '../../api/ApiContext';
import type { ApiClient } from '../../api/endpoints';
import { ApiError, toApiError } from '../../api/problem';
import { unwrap } from '../../api/unwrap';
import { useAuth } from '../../auth/useAuth';
import type {
  AttendanceRecord,
  CoachCandidate,
  EventAdmin,
  EventAdminPage,
  EventCreate,
  EventPage,
  EventPublic,
  EventUpdate,
  MyEventPage,
  MyRegistration,
  RegistrationForAdmin,
  RoomOverview,
} from './types';

/** The API's largest page. */
export const PAGE_SIZE = 100;
export const LIST_PAGE_SIZE = 12;

export const eventKeys = {
  all: ['events'] as const,
  list: ['events', 'list'] as const,
  manageList: ['events', 'manage-list'] as const,
  detail: (id: string) => ['events', 'detail', id] as const,
  managed: (id: string) => ['events', 'managed', id] as const,
  registrations: (id: string) => ['events', 'registrations', id] as const,
  rooms: (id: string) => ['events', 'rooms', id] as const,
  myRegistration: (id: string) => ['events', 'my-registration', id] as const,
  candidates: (q: string) => ['events', 'coach-candidates', q] as const,
  mine: ['me', 'events'] as const,
};

const path = (id: string) => ({ path: { event_id: id } });

export function listEvents(client: ApiClient, offset: number, limit = LIST_PAGE_SIZE): Promise<EventPage> {
  return unwrap(client.GET('/api/v1/events', { params: { query: { limit, offset } } }));
}

export function listManagedEvents(client: ApiClient, offset: number, limit = LIST_PAGE_SIZE): Promise<EventAdminPage> {
  return unwrap(client.GET('/api/v1/events/manage', { params: { query: { limit, offset, include_past: true } } }));
}

export function fetchEvent(client: ApiClient, id: string): Promise<EventPublic> {
  return unwrap(client.GET('/api/v1/events/{event_id}', { params: path(id) }));
}

export function fetchManagedEvent(client: ApiClient, id: string): Promise<EventAdmin> {
  return unwrap(client.GET('/api/v1/events/{event_id}/manage', { params: path(id) }));
}

export function createEvent(client: ApiClient, body: EventCreate): Promise<EventAdmin> {
  return unwrap(client.POST('/api/v1/events', { body }));
}

export function updateEvent(client: ApiClient, id: string, body: EventUpdate): Promise<EventAdmin> {
  return unwrap(client.PATCH('/api/v1/events/{event_id}', { params: path(id), body }));
}

export function findCoachCandidates(client: ApiClient, q: string): Promise<CoachCandidate[]> {
  return unwrap(client.GET('/api/v1/events/coach-candidates', { params: { query: { q, limit: 20 } } }));
}

export function addCoach(client: ApiClient, id: string, memberId: string): Promise<EventAdmin> {
  return unwrap(client.POST('/api/v1/events/{event_id}/coaches', { params: path(id), body: { member_id: memberId } }));
}

export function removeCoach(client: ApiClient, id: string, memberId: string): Promise<EventAdmin> {
  return unwrap(
    client.DELETE('/api/v1/events/{event_id}/coaches/{member_id}', {
      params: { path: { event_id: id, member_id: memberId } },
    }),
  );
}

/** Upcoming events the member is registered for, waitlisted for, or coaches. */
export function fetchMyEvents(client: ApiClient): Promise<MyEventPage> {
  return unwrap(client.GET('/api/v1/me/events', { params: { query: { limit: PAGE_SIZE, offset: 0 } } }));
}

/** One's own active registration, or null when one is not registered (the API answers 404). */
export async function fetchMyRegistration(client: ApiClient, id: string): Promise<MyRegistration | null> {
  try {
    return await unwrap(client.GET('/api/v1/events/{event_id}/my-registration', { params: path(id) }));
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
}

export function registerForEvent(client: ApiClient, id: string, householdCode: string | null): Promise<MyRegistration> {
  return unwrap(
    client.POST('/api/v1/events/{event_id}/registrations', {
      params: path(id),
      body: householdCode ? { household_code: householdCode } : {},
    }),
  );
}

export async function cancelRegistration(client: ApiClient, id: string): Promise<void> {
  await unwrap(client.DELETE('/api/v1/events/{event_id}/registrations/me', { params: path(id) }));
}

/** Every registration of an event, page by page, in order of registration. */
export async function fetchAllRegistrations(client: ApiClient, id: string): Promise<RegistrationForAdmin[]> {
  const items: RegistrationForAdmin[] = [];
  for (let offset = 0; ; offset += PAGE_SIZE) {
    const page = await unwrap(
      client.GET('/api/v1/events/{event_id}/registrations', {
        params: { ...path(id), query: { limit: PAGE_SIZE, offset } },
      }),
    );
    items.push(...page.items);
    if (page.items.length < PAGE_SIZE || items.length >= page.total) return items;
  }
}

export function assignRooms(client: ApiClient, id: string): Promise<RoomOverview> {
  return unwrap(client.POST('/api/v1/events/{event_id}/rooms/assign', { params: path(id) }));
}

/** The rooms: all of them for admins, the rooms one leads for a coach; null for anyone else (403). */
export async function fetchRooms(client: ApiClient, id: string): Promise<RoomOverview | null> {
  try {
    return await unwrap(client.GET('/api/v1/events/{event_id}/rooms', { params: path(id) }));
  } catch (error) {
    if (error instanceof ApiError && error.status === 403) return null;
    throw error;
  }
}

export function moveParticipant(client: ApiClient, id: string, registrationId: string, roomNumber: number): Promise<RoomOverview> {
  return unwrap(
    client.POST('/api/v1/events/{event_id}/rooms/move', {
      params: path(id),
      body: { registration_id: registrationId, room_number: roomNumber },
    }),
  );
}

export function recordAttendance(
  client: ApiClient,
  id: string,
  records: { registration_id: string; attended: boolean }[],
): Promise<AttendanceRecord[]> {
  return unwrap(client.PUT('/api/v1/events/{event_id}/attendance', { params: path(id), body: { records } }));
}

export interface CalendarFile {
  blob: Blob;
  filename: string;
}

/** The personal .ics file. Fetched through the API client because it needs the bearer token. */
export async function downloadCalendar(client: ApiClient, id: string): Promise<CalendarFile> {
  let result;
  try {
    result = await client.GET('/api/v1/events/{event_id}.ics', { params: path(id), parseAs: 'blob' });
  } catch (error) {
    throw toApiError(error);
  }
  if (!result.response.ok || !result.data) throw toApiError(result.error, result.response);
  const disposition = result.response.headers.get('Content-Disposition') ?? '';
  const filename = /filename="?([^";]+)"?/.exec(disposition)?.[1] ?? 'themabijeenkomst.ics';
  return { blob: result.data as Blob, filename };
}

/** Hands a downloaded file to the browser as if a link to it was clicked. */
export function saveFile({ blob, filename }: CalendarFile): void {
  if (typeof URL.createObjectURL !== 'function') return;
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

// --- Hooks ---------------------------------------------------------------------------------

export function useEvent(id: string) {
  const api = useApi();
  return useQuery({ queryKey: eventKeys.detail(id), queryFn: () => fetchEvent(api, id), staleTime: 10_000 });
}

export function useManagedEvent(id: string) {
  const api = useApi();
  return useQuery({ queryKey: eventKeys.managed(id), queryFn: () => fetchManagedEvent(api, id) });
}

export function useMyEvents() {
  const api = useApi();
  const { status } = useAuth();
  return useQuery({
    queryKey: eventKeys.mine,
    queryFn: () => fetchMyEvents(api),
    enabled: status === 'authenticated',
    staleTime: 10_000,
  });
}

export function useMyRegistration(id: string, enabled: boolean) {
  const api = useApi();
  return useQuery({
    queryKey: eventKeys.myRegistration(id),
    queryFn: () => fetchMyRegistration(api, id),
    enabled,
  });
}

export function useRooms(id: string, enabled: boolean) {
  const api = useApi();
  return useQuery({ queryKey: eventKeys.rooms(id), queryFn: () => fetchRooms(api, id), enabled });
}

export function useRegistrations(id: string) {
  const api = useApi();
  return useQuery({ queryKey: eventKeys.registrations(id), queryFn: () => fetchAllRegistrations(api, id) });
}

/** After any change to an event, a registration or the rooms: refetch everything that may show it. */
export function useRefreshEvents() {
  const queryClient = useQueryClient();
  return useCallback(async () => {
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: eventKeys.all }),
      queryClient.invalidateQueries({ queryKey: eventKeys.mine }),
    ]);
  }, [queryClient]);
}
