/** Helpers shared by the Playwright specs: demo accounts, logging in (UI and API) and demo-group members. */
import { expect, type APIRequestContext, type Page } from '@playwright/test';
import { nl } from '../src/i18n/nl';

// Demo accounts from backend/intervisiewijzer/demo/seed.py. The demo member (Sanne van Dam)
// coordinates an in-person group in the province of Utrecht ("Intervisiegroep Amersfoort").
export const DEMO_MEMBER = { email: 'demo@intervisiewijzer.nl', password: 'Gezinshuis-Demo-2026', name: 'Sanne van Dam' };
export const DEMO_ADMIN = { email: 'beheer@intervisiewijzer.nl', password: 'Beheer-Demo-2026!' };

/** The password of every account a test registers. */
export const TEST_PASSWORD = 'een veilige testzin';

export interface DemoGroup {
  id: string;
  name: string;
  slug: string;
}

export interface Member {
  id: string;
  email: string;
  fullName: string;
}

/** A suffix no earlier run has used: the time and a few random letters. */
export function uniqueSuffix(): string {
  return `${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
}

export function uniqueEmail(prefix: string, suffix = uniqueSuffix()): string {
  return `${prefix}-${suffix}@example.nl`;
}

export function header(page: Page) {
  return page.getByRole('navigation', { name: nl.layout.mainNavLabel });
}

/** Fills in and sends the login form, without waiting for the outcome. */
export async function fillLogin(page: Page, email: string, secret: string) {
  await page.goto('/inloggen');
  await page.getByLabel(nl.fields.email).fill(email);
  await page.getByLabel(nl.fields.password).fill(secret);
  await page.getByRole('button', { name: nl.login.submit }).click();
}

export async function logIn(page: Page, email: string, secret: string) {
  await fillLogin(page, email, secret);
  await expect(header(page).getByRole('button', { name: nl.layout.logout })).toBeVisible();
}

export async function logOut(page: Page) {
  await header(page).getByRole('button', { name: nl.layout.logout }).click();
  await expect(header(page).getByRole('link', { name: nl.layout.login })).toBeVisible();
}

export async function apiToken(request: APIRequestContext, email: string, secret: string): Promise<string> {
  const response = await request.post('/api/v1/auth/token', { form: { username: email, password: secret } });
  expect(response.ok(), `inloggen als ${email}`).toBe(true);
  return ((await response.json()) as { access_token: string }).access_token;
}

export const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

/**
 * The in-person group the demo member coordinates, looked up through the API so tests follow the
 * seed. Without a token it logs in as the demo member first.
 */
export async function demoCoordinatorGroup(request: APIRequestContext, token?: string): Promise<DemoGroup> {
  token ??= await apiToken(request, DEMO_MEMBER.email, DEMO_MEMBER.password);
  const mine = await request.get('/api/v1/me/groups', { headers: bearer(token) });
  const groups = (await mine.json()) as { role: string; group: DemoGroup & { mode: string } }[];
  const home = groups.find((item) => item.role === 'coordinator' && item.group.mode === 'in_person');
  expect(home, 'de demo-coördinator heeft een groep op locatie').toBeDefined();
  return { id: home!.group.id, name: home!.group.name, slug: home!.group.slug };
}

/**
 * A new member in a group the demo member coordinates, through the API: register (with
 * TEST_PASSWORD), ask to join, and the coordinator accepts. Joining through the UI is covered by
 * groups.spec.ts. The e-mail address is `<emailPrefix>-<unique>@example.nl`, the name `<name> <4 chars>`.
 */
export async function addMemberToDemoGroup(
  request: APIRequestContext,
  groupId: string,
  who: { emailPrefix: string; name: string },
): Promise<Member> {
  const suffix = uniqueSuffix();
  const member = { email: uniqueEmail(who.emailPrefix, suffix), fullName: `${who.name} ${suffix.slice(-4)}` };
  const registered = await request.post('/api/v1/auth/register', {
    data: {
      email: member.email,
      password: TEST_PASSWORD,
      full_name: member.fullName,
      kind: 'gezinshuisouder',
      province: 'utrecht',
    },
  });
  expect(registered.ok(), await registered.text()).toBe(true);
  const { id } = (await registered.json()) as { id: string };
  const memberToken = await apiToken(request, member.email, TEST_PASSWORD);
  const asked = await request.post(`/api/v1/groups/${groupId}/join-requests`, {
    headers: bearer(memberToken),
    data: { motivation: 'Ik wil graag meedoen met de bijeenkomsten van deze groep.' },
  });
  expect(asked.ok(), await asked.text()).toBe(true);
  const joinRequest = (await asked.json()) as { id: string };
  const coordinatorToken = await apiToken(request, DEMO_MEMBER.email, DEMO_MEMBER.password);
  const accepted = await request.post(`/api/v1/join-requests/${joinRequest.id}/accept`, {
    headers: bearer(coordinatorToken),
    data: { message: null },
  });
  expect(accepted.ok(), await accepted.text()).toBe(true);
  return { id, ...member };
}

/** The member (added by addMemberToDemoGroup) leaves the group again. */
export async function leaveDemoGroup(request: APIRequestContext, groupId: string, member: Member) {
  const token = await apiToken(request, member.email, TEST_PASSWORD);
  await request.delete(`/api/v1/groups/${groupId}/members/${member.id}`, { headers: bearer(token) });
}
