import type { components } from '../../api/schema';

type Schemas = components['schemas'];

export type ApiKeyCreate = Schemas['ApiKeyCreate'];
export type ApiKeyPublic = Schemas['ApiKeyPublic'];
export type ApiKeyIssued = Schemas['ApiKeyIssued'];
export type ApiKeyUsePublic = Schemas['ApiKeyUsePublic'];
export type ApiKeyKind = Schemas['ApiKeyKind'];
export type ApiKeyScope = Schemas['ApiKeyScope'];
export type ApiKeyPage = Schemas['Page_ApiKeyPublic_'];
export type ApiKeyUsePage = Schemas['Page_ApiKeyUsePublic_'];

export type WebhookCreate = Schemas['WebhookCreate'];
export type WebhookUpdate = Schemas['WebhookUpdate'];
export type WebhookPublic = Schemas['WebhookPublic'];
export type WebhookCreated = Schemas['WebhookCreated'];
export type WebhookEvent = Schemas['WebhookEvent'];
export type DeliveryPublic = Schemas['DeliveryPublic'];
export type WebhookPage = Schemas['Page_WebhookPublic_'];
export type DeliveryPage = Schemas['Page_DeliveryPublic_'];

/** A page of any admin list, as the API pages them. */
export interface PageInfo {
  total: number;
  limit: number;
  offset: number;
}
