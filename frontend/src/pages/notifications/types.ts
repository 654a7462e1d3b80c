import type { components } from '../../api/schema';

type Schemas = components['schemas'];

export type NotificationPublic = Schemas['NotificationPublic'];
export type NotificationPage = Schemas['NotificationPage'];
export type NotificationKind = Schemas['NotificationKind'];
export type KindPreference = Schemas['KindPreference'];
export type NotificationPreferences = Schemas['NotificationPreferences'];
export type ReadAllResult = Schemas['ReadAllResult'];
