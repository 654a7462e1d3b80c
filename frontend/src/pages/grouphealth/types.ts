import type { components } from '../../api/schema';

type Schemas = components['schemas'];

export type GroupHealth = Schemas['GroupHealth'];
export type HealthCriterion = Schemas['HealthCriterion'];
