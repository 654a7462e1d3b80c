import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useApi } from '../../api/ApiContext';
import type { components } from '../../api/schema';
import type { ApiClient } from '../../api/endpoints';
import { unwrap } from '../../api/unwrap';
import type { DownloadedFile } from '../../components/downloadFile';
import { fetchFile } from '../sessions/sessionsApi';

export type AuditLogEntry = components['schemas']['AuditLogEntry'];
export type AuditLogKind = components['schemas']['AuditLogKind'];
export type AuditLogPage = components['schemas']['Page_AuditLogEntry_'];

export interface AuditLogFilters {
  kind: AuditLogKind | null;
  /** Dutch calendar days as yyyy-mm-dd, both included. */
  since: string | null;
  until: string | null;
}

export const AUDIT_PAGE_SIZE = 25;

export const auditLogKey = (filters: AuditLogFilters, offset: number) =>
  ['admin', 'audit-log', filters, offset] as const;

export function downloadMyData(client: ApiClient): Promise<DownloadedFile> {
  return fetchFile(client.GET('/api/v1/me/data-export', { parseAs: 'blob' }), 'mijn-gegevens.json');
}

export async function deleteMyAccount(client: ApiClient, password: string): Promise<void> {
  await unwrap(client.POST('/api/v1/me/delete', { body: { password } }));
}

export function fetchAuditLog(client: ApiClient, filters: AuditLogFilters, offset: number): Promise<AuditLogPage> {
  return unwrap(
    client.GET('/api/v1/admin/audit-log', {
      params: {
        query: {
          limit: AUDIT_PAGE_SIZE,
          offset,
          ...(filters.kind ? { kind: filters.kind } : {}),
          ...(filters.since ? { since: filters.since } : {}),
          ...(filters.until ? { until: filters.until } : {}),
        },
      },
    }),
  );
}

export function useAuditLog(filters: AuditLogFilters, offset: number) {
  const api = useApi();
  return useQuery({
    queryKey: auditLogKey(filters, offset),
    queryFn: () => fetchAuditLog(api, filters, offset),
    placeholderData: keepPreviousData,
  });
}
