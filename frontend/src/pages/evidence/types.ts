import type { components } from '../../api/schema';

type Schemas = components['schemas'];

export type EvidenceOverview = Schemas['EvidenceOverview'];
export type EvidenceActivity = Schemas['EvidenceActivity'];
export type PendingConfirmation = Schemas['PendingConfirmation'];
export type ActivitySource = Schemas['ActivitySource'];
