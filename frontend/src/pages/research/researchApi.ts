import { useQuery } from '@tanstack/react-query';
import { useApi } from '../../api/ApiContext';
import type { ApiClient } from '../../api/endpoints';
import { unwrap } from '../../api/unwrap';
import type { DownloadedFile } from '../../components/downloadFile';
import { fetchFile } from '../sessions/sessionsApi';
import type { ResearchReport } from './types';

export const researchKeys = {
  dashboard: ['admin', 'research', 'dashboard'] as const,
  summary: ['research', 'summary'] as const,
};

export function fetchResearchDashboard(client: ApiClient): Promise<ResearchReport> {
  return unwrap(client.GET('/api/v1/admin/research/dashboard'));
}

export function fetchResearchSummary(client: ApiClient): Promise<ResearchReport> {
  return unwrap(client.GET('/api/v1/research/summary'));
}

export function downloadResearchCsv(client: ApiClient): Promise<DownloadedFile> {
  return fetchFile(
    client.GET('/api/v1/admin/research/export.csv', { parseAs: 'blob' }),
    'intervisiewijzer-onderzoek.csv',
  );
}

/** The aggregates only change when an answering window closes: no need to refetch often. */
const STALE_MS = 5 * 60_000;

export function useResearchDashboard() {
  const api = useApi();
  return useQuery({ queryKey: researchKeys.dashboard, queryFn: () => fetchResearchDashboard(api), staleTime: STALE_MS });
}

export function useResearchSummary() {
  const api = useApi();
  return useQuery({ queryKey: researchKeys.summary, queryFn: () => fetchResearchSummary(api), staleTime: STALE_MS });
}
