import type { components } from '../../api/schema';

type Schemas = components['schemas'];

export type ContractOverview = Schemas['ContractOverview'];
export type ContractVersion = Schemas['ContractVersionPublic'];
export type ContractVersionPage = Schemas['ContractVersionPage'];
export type ContractSections = Schemas['ContractSections'];
export type AgreementStatus = Schemas['AgreementStatus'];
