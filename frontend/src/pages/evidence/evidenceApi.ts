import { useQuery } from '@tanstack/react-query';
import { useApi } from '../../api/ApiContext';
import type { ApiClient } from '../../api/endpoints';
import { unwrap } from '../../api/unwrap';
import type { DownloadedFile } from '../../components/downloadFile';
import { evidenceKey, fetchFile } from '../sessions/sessionsApi';
import type { CalendarFeedCreated, CalendarFeedStatus } from '../sessions/types';
import type { EvidenceOverview } from './types';

export const calendarFeedKey = ['me', 'calendar-feed'] as const;

export function fetchEvidence(client: ApiClient): Promise<EvidenceOverview> {
  return unwrap(client.GET('/api/v1/me/evidence'));
}

export function downloadEvidencePdf(client: ApiClient): Promise<DownloadedFile> {
  return fetchFile(client.GET('/api/v1/me/evidence.pdf', { parseAs: 'blob' }), 'reflectie-overzicht.pdf');
}

export function downloadEvidenceCsv(client: ApiClient): Promise<DownloadedFile> {
  return fetchFile(client.GET('/api/v1/me/evidence.csv', { parseAs: 'blob' }), 'reflectie-overzicht.csv');
}

export function fetchCalendarFeed(client: ApiClient): Promise<CalendarFeedStatus> {
  return unwrap(client.GET('/api/v1/me/calendar-feed'));
}

export function createCalendarFeed(client: ApiClient): Promise<CalendarFeedCreated> {
  return unwrap(client.POST('/api/v1/me/calendar-feed'));
}

export async function revokeCalendarFeed(client: ApiClient): Promise<void> {
  await unwrap(client.DELETE('/api/v1/me/calendar-feed'));
}

export function useEvidence() {
  const api = useApi();
  return useQuery({ queryKey: evidenceKey, queryFn: () => fetchEvidence(api), staleTime: 10_000 });
}

export function useCalendarFeed() {
  const api = useApi();
  return useQuery({ queryKey: calendarFeedKey, queryFn: () => fetchCalendarFeed(api) });
}
