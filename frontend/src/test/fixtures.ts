import type { MemberPublic } from '../api/types';

export const exampleMember: MemberPublic = {
  id: '00000000-0000-0000-0000-000000000001',
  email: 'an@example.nl',
  full_name: 'An de Vries',
  kind: 'gezinshuisouder',
  employment_form: 'vrijgevestigd',
  years_experience: 12,
  registration_body: 'skj',
  registration_number: '100200300',
  province: 'utrecht',
  is_admin: false,
  created_at: '2025-01-01T10:00:00Z',
};

export const tokenBody = (token: string) => ({ access_token: token, token_type: 'bearer', expires_in: 900 });
