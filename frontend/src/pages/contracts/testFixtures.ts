import { exampleMember } from '../../test/fixtures';
import type { ContractOverview, ContractSections, ContractVersion } from './types';

export const sections: ContractSections = {
  attendance: 'We komen zes keer per jaar samen.\n\nAfmelden doe je in de app.',
  confidentiality: 'Wat in de groep gezegd wordt, blijft in de groep.',
  feedback: 'We stellen open vragen.',
  which_cases: 'Situaties uit ons eigen gezinshuis.',
};

export const template: ContractSections = {
  attendance: 'Voorbeeld over aanwezigheid.',
  confidentiality: 'Voorbeeld over vertrouwelijkheid.',
  feedback: 'Voorbeeld over feedback.',
  which_cases: 'Voorbeeld over casussen.',
};

export function version(overrides: Partial<ContractVersion> = {}): ContractVersion {
  return {
    ...sections,
    id: 'c0000000-0000-0000-0000-000000000001',
    version: 1,
    status: 'published',
    created_by: { id: 'm9', full_name: 'Carla Coördinator' },
    created_at: '2026-10-01T09:00:00Z',
    updated_at: '2026-10-01T09:00:00Z',
    published_at: '2026-10-02T09:00:00Z',
    ...overrides,
  };
}

export function overview(overrides: Partial<ContractOverview> = {}): ContractOverview {
  return {
    current: version(),
    draft: null,
    agreement_required: true,
    my_agreed_at: null,
    agreed_count: 2,
    member_count: 5,
    agreements: null,
    ...overrides,
  };
}

export const agreedByMe: Partial<ContractOverview> = {
  agreement_required: false,
  my_agreed_at: '2026-11-25T10:00:00Z',
  agreed_count: 3,
};

export const coordinatorAgreements: ContractOverview['agreements'] = [
  { member: { id: exampleMember.id, full_name: exampleMember.full_name }, agreed_at: null },
  { member: { id: 'm2', full_name: 'Bram de Boer' }, agreed_at: '2026-10-03T09:00:00Z' },
];
