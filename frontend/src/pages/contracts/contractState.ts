import { CONTRACT_SECTIONS, contractSectionLabels, contractsNl, type ContractSectionKey } from '../../i18n/nl';
import type { ContractOverview, ContractSections } from './types';

/** The API's limit per section. */
export const SECTION_MAX = 4000;

const groupBase = (groupRef: string) => `/groepen/${encodeURIComponent(groupRef)}`;
export const contractPath = (groupRef: string) => `${groupBase(groupRef)}/groepsafspraken`;
export const healthPath = (groupRef: string) => `${groupBase(groupRef)}/groepscheck`;
export const evaluationPath = (groupRef: string) => `${groupBase(groupRef)}/jaarevaluatie`;

export const emptySections: ContractSections = { attendance: '', confidentiality: '', feedback: '', which_cases: '' };

export function pickSections(source: ContractSections): ContractSections {
  return {
    attendance: source.attendance,
    confidentiality: source.confidentiality,
    feedback: source.feedback,
    which_cases: source.which_cases,
  };
}

/** The same check as the API (1-4000 characters after trimming), with a Dutch message per section. */
export function validateSections(values: ContractSections): Partial<Record<ContractSectionKey, string>> {
  const errors: Partial<Record<ContractSectionKey, string>> = {};
  for (const key of CONTRACT_SECTIONS) {
    const length = values[key].trim().length;
    if (length === 0) errors[key] = contractsNl.editor.required(contractSectionLabels[key]);
    else if (length > SECTION_MAX) errors[key] = contractsNl.editor.tooLong(contractSectionLabels[key], SECTION_MAX);
  }
  return errors;
}

/** The version number a new draft gets: one after the latest, as the API numbers it. */
export function nextVersion(overview: ContractOverview): number {
  return overview.draft?.version ?? (overview.current?.version ?? 0) + 1;
}

/** Blank-line separated paragraphs of a section, for reading. */
export function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((part) => part.trim())
    .filter(Boolean);
}

/** What the page should ask of the person looking: agree, nothing, or (coordinator) write the first version. */
export type ContractTodo = 'agree' | 'write' | 'none';

export function contractTodo(overview: ContractOverview, canManage: boolean): ContractTodo {
  if (overview.agreement_required && overview.current) return 'agree';
  if (!overview.current && canManage) return 'write';
  return 'none';
}
