import type { components } from '../../api/schema';

type Schemas = components['schemas'];

export type ResearchReport = Schemas['ResearchReport'];
export type ResearchSection = Schemas['ResearchSection'];
export type CriterionReport = Schemas['CriterionReport'];
export type Breakdown = Schemas['Breakdown'];
export type Cell = Schemas['Cell'];
export type Bar = Schemas['Bar'];
export type EvaluationKind = Schemas['EvaluationKind'];
