import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useApi } from '../../api/ApiContext';
import type { ApiClient } from '../../api/endpoints';
import { unwrap } from '../../api/unwrap';
import type {
  ApiKeyCreate,
  ApiKeyIssued,
  ApiKeyPage,
  ApiKeyUsePage,
  DeliveryPage,
  DeliveryPublic,
  WebhookCreate,
  WebhookCreated,
  WebhookPage,
  WebhookPublic,
  WebhookUpdate,
} from './types';

export const LIST_PAGE_SIZE = 20;
export const LOG_PAGE_SIZE = 10;

export const adminKeys = {
  apiKeys: ['admin', 'api-keys'] as const,
  apiKeyList: (offset: number) => ['admin', 'api-keys', 'list', offset] as const,
  apiKeyUses: (id: string, offset: number) => ['admin', 'api-keys', 'uses', id, offset] as const,
  webhooks: ['admin', 'webhooks'] as const,
  webhookList: (offset: number) => ['admin', 'webhooks', 'list', offset] as const,
  deliveries: (id: string) => ['admin', 'webhooks', 'deliveries', id] as const,
  deliveryPage: (id: string, offset: number) => ['admin', 'webhooks', 'deliveries', id, offset] as const,
};

// --- API keys -----------------------------------------------------------------------------------

export function listApiKeys(client: ApiClient, offset: number): Promise<ApiKeyPage> {
  return unwrap(client.GET('/api/v1/admin/api-keys', { params: { query: { limit: LIST_PAGE_SIZE, offset } } }));
}

export function issueApiKey(client: ApiClient, body: ApiKeyCreate): Promise<ApiKeyIssued> {
  return unwrap(client.POST('/api/v1/admin/api-keys', { body }));
}

export async function revokeApiKey(client: ApiClient, id: string): Promise<void> {
  await unwrap(client.DELETE('/api/v1/admin/api-keys/{key_id}', { params: { path: { key_id: id } } }));
}

export function listApiKeyUses(client: ApiClient, id: string, offset: number): Promise<ApiKeyUsePage> {
  return unwrap(
    client.GET('/api/v1/admin/api-keys/{key_id}/uses', {
      params: { path: { key_id: id }, query: { limit: LOG_PAGE_SIZE, offset } },
    }),
  );
}

// --- Webhooks -----------------------------------------------------------------------------------

export function listWebhooks(client: ApiClient, offset: number): Promise<WebhookPage> {
  return unwrap(client.GET('/api/v1/admin/webhooks', { params: { query: { limit: LIST_PAGE_SIZE, offset } } }));
}

export function createWebhook(client: ApiClient, body: WebhookCreate): Promise<WebhookCreated> {
  return unwrap(client.POST('/api/v1/admin/webhooks', { body }));
}

export function updateWebhook(client: ApiClient, id: string, body: WebhookUpdate): Promise<WebhookPublic> {
  return unwrap(client.PATCH('/api/v1/admin/webhooks/{webhook_id}', { params: { path: { webhook_id: id } }, body }));
}

export async function deleteWebhook(client: ApiClient, id: string): Promise<void> {
  await unwrap(client.DELETE('/api/v1/admin/webhooks/{webhook_id}', { params: { path: { webhook_id: id } } }));
}

export function pingWebhook(client: ApiClient, id: string): Promise<DeliveryPublic> {
  return unwrap(client.POST('/api/v1/admin/webhooks/{webhook_id}/test', { params: { path: { webhook_id: id } } }));
}

export function listDeliveries(client: ApiClient, id: string, offset: number): Promise<DeliveryPage> {
  return unwrap(
    client.GET('/api/v1/admin/webhooks/{webhook_id}/deliveries', {
      params: { path: { webhook_id: id }, query: { limit: LOG_PAGE_SIZE, offset } },
    }),
  );
}

// --- Hooks --------------------------------------------------------------------------------------

export function useApiKeyList(offset: number) {
  const api = useApi();
  return useQuery({
    queryKey: adminKeys.apiKeyList(offset),
    queryFn: () => listApiKeys(api, offset),
    placeholderData: keepPreviousData,
  });
}

export function useApiKeyUses(id: string, offset: number) {
  const api = useApi();
  return useQuery({
    queryKey: adminKeys.apiKeyUses(id, offset),
    queryFn: () => listApiKeyUses(api, id, offset),
    placeholderData: keepPreviousData,
  });
}

export function useWebhookList(offset: number) {
  const api = useApi();
  return useQuery({
    queryKey: adminKeys.webhookList(offset),
    queryFn: () => listWebhooks(api, offset),
    placeholderData: keepPreviousData,
  });
}

export function useDeliveries(id: string, offset: number) {
  const api = useApi();
  return useQuery({
    queryKey: adminKeys.deliveryPage(id, offset),
    queryFn: () => listDeliveries(api, id, offset),
    placeholderData: keepPreviousData,
  });
}

/**
 * Fetch everything under a key again, e.g. all pages of the key list after a change. A request
 * still on its way may predate the change (the page's first load, say), and invalidating alone
 * would wait for that one: cancel it first, so the list surely shows the change.
 */
export function useInvalidate() {
  const queryClient = useQueryClient();
  return useCallback(
    async (key: readonly unknown[]) => {
      await queryClient.cancelQueries({ queryKey: key });
      await queryClient.invalidateQueries({ queryKey: key });
    },
    [queryClient],
  );
}
