import type { components } from '../../api/schema';

type Schemas = components['schemas'];

export type QuestionPublic = Schemas['QuestionPublic'];
export type QuestionSet = Schemas['QuestionSet'];
export type SessionEvaluationInput = Schemas['SessionEvaluationInput'];
export type SessionEvaluationPublic = Schemas['SessionEvaluationPublic'];
export type GroupEvaluationInput = Schemas['GroupEvaluationInput'];
export type GroupEvaluationPublic = Schemas['GroupEvaluationPublic'];
export type EvaluationLinkForm = Schemas['EvaluationLinkForm'];
export type EvaluationReceipt = Schemas['EvaluationReceipt'];
export type PendingEvaluation = Schemas['PendingEvaluation'];
export type PendingEvaluationPage = Schemas['PendingEvaluationPage'];
export type EvaluationCell = Schemas['Cell'];
export type SessionEvaluationSummary = Schemas['SessionEvaluationSummary'];
export type GroupEvaluationSummary = Schemas['GroupEvaluationSummary'];
export type EvaluationSummary = SessionEvaluationSummary | GroupEvaluationSummary;
export type SharedComments = Schemas['SharedComments'];
