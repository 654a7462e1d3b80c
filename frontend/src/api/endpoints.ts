import type { Client } from 'openapi-fetch';
import type { paths } from './schema';
import type { MemberCreate, MemberPublic, MemberUpdate, PasswordChange, Token } from './types';
import { unwrap } from './unwrap';

export type ApiClient = Client<paths>;

export const meQueryKey = ['me'] as const;

/** OAuth2 password flow: the API expects a form-urlencoded body with `username` set to the email address. */
export function requestToken(client: ApiClient, email: string, password: string): Promise<Token> {
  return unwrap(
    client.POST('/api/v1/auth/token', {
      body: { username: email, password, scope: '' },
      bodySerializer: (body) => new URLSearchParams({ username: body.username, password: body.password }),
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    }),
  );
}

export async function revokeSession(client: ApiClient): Promise<void> {
  await unwrap(client.POST('/api/v1/auth/logout'));
}

export function registerMember(client: ApiClient, body: MemberCreate): Promise<MemberPublic> {
  return unwrap(client.POST('/api/v1/auth/register', { body }));
}

export function fetchMe(client: ApiClient): Promise<MemberPublic> {
  return unwrap(client.GET('/api/v1/me'));
}

export function updateMe(client: ApiClient, body: MemberUpdate): Promise<MemberPublic> {
  return unwrap(client.PATCH('/api/v1/me', { body }));
}

export async function changePassword(client: ApiClient, body: PasswordChange): Promise<void> {
  await unwrap(client.POST('/api/v1/me/password', { body }));
}
