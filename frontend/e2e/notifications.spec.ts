import { expect, test } from '@playwright/test';
import { groupsNl, nl, notificationsNl } from '../src/i18n/nl';
import { expectNoAxeViolations } from './axe';
import {
  apiToken,
  bearer,
  DEMO_MEMBER,
  demoCoordinatorGroup,
  type DemoGroup,
  header,
  logIn,
  logOut,
  TEST_PASSWORD,
} from './support';

const j = groupsNl.join;
const n = notificationsNl;

let demoGroup: DemoGroup;

test.beforeAll(async ({ playwright, baseURL }) => {
  // Find the demo member's group through the API, so the test follows the seed, and start from
  // an inbox without unread notifications (other tests may have left some).
  const api = await playwright.request.newContext({ baseURL });
  const token = await apiToken(api, DEMO_MEMBER.email, DEMO_MEMBER.password);
  demoGroup = await demoCoordinatorGroup(api, token);
  expect((await api.post('/api/v1/me/notifications/read-all', { headers: bearer(token) })).ok()).toBe(true);
  await api.dispose();
});

test.describe('notifications', () => {
  test('a coordinator hears of a join request, opens it, and chooses how to be told', async ({ page }) => {
    const suffix = Math.random().toString(36).slice(2, 7);
    const email = `melding-${Date.now()}-${suffix}@example.nl`;
    const fullName = `Mila Meldt ${suffix}`;
    const joinKind = 'Nieuwe aanmelding voor je groep';

    await test.step('a new member registers and asks to join the demo group', async () => {
      await page.goto('/registreren');
      await page.getByLabel(nl.fields.email).fill(email);
      await page.getByLabel(nl.fields.password).fill(TEST_PASSWORD);
      await page.getByLabel(nl.fields.fullName).fill(fullName);
      await page.getByLabel(nl.fields.kind).selectOption('gezinshuisouder');
      await page.getByLabel(nl.fields.employmentForm).selectOption('loondienst');
      await page.getByLabel(nl.fields.province).selectOption('utrecht');
      await page.getByRole('button', { name: nl.register.submit }).click();
      await expect(page).toHaveURL(/\/mijn-profiel$/);
      // A new member has no notifications yet.
      await expect(header(page).getByRole('link', { name: n.bell.label(0) })).toBeVisible();

      await page.goto(`/groepen/${demoGroup.slug}`);
      await expect(page.getByRole('heading', { level: 1, name: demoGroup.name })).toBeVisible();
      await page.getByLabel(j.motivation).fill('Ik woon in de buurt en zoek een vaste intervisiegroep.');
      await page.getByRole('button', { name: j.submit, exact: true }).click();
      await expect(page.getByRole('status').filter({ hasText: j.sent })).toBeVisible();
      await logOut(page);
    });

    await test.step('the coordinator sees an unread notification on the bell', async () => {
      await logIn(page, DEMO_MEMBER.email, DEMO_MEMBER.password);
      const bell = header(page).getByRole('link', { name: n.bell.label(1) });
      await expect(bell).toBeVisible();
      await expect(bell).toHaveText('1');
      await bell.click();
      await expect(page).toHaveURL(/\/meldingen$/);
      await expect(page.getByRole('heading', { level: 1, name: n.list.heading })).toBeVisible();
      await expect(page.getByText(/waarvan 1 ongelezen\.$/)).toBeVisible();
      await expectNoAxeViolations(page, 'de meldingen');
    });

    await test.step('opening the notification marks it read and leads to the requests', async () => {
      const list = page.getByRole('list', { name: n.list.listLabel });
      const item = list.getByRole('link', { name: `${n.list.unreadHidden} Nieuwe aanvraag voor ${demoGroup.name}` }).first();
      await item.click();
      await expect(page).toHaveURL(new RegExp(`/groepen/${demoGroup.slug}/aanmeldingen$`));
      await expect(page.getByRole('heading', { level: 1, name: groupsNl.manage.heading })).toBeVisible();
      await expect(page.getByRole('article', { name: fullName })).toBeVisible();
      await expect(header(page).getByRole('link', { name: n.bell.label(0) })).toBeVisible();

      // Leave the demo group as it was: decline the test request again.
      const request = page.getByRole('article', { name: fullName });
      await request.getByRole('button', { name: groupsNl.manage.decline }).click();
      await expect(page.getByRole('status').filter({ hasText: groupsNl.manage.declined(fullName) })).toBeVisible();
    });

    await test.step('turning off an email preference is kept after a reload', async () => {
      await header(page).getByRole('link', { name: n.bell.label(0) }).click();
      await page.getByRole('link', { name: n.list.preferencesLink }).click();
      await expect(page).toHaveURL(/\/mijn-profiel\/meldingen$/);
      await expect(page.getByRole('heading', { level: 1, name: n.preferences.heading })).toBeVisible();
      const kind = page.getByRole('group', { name: joinKind });
      const byEmail = kind.getByRole('checkbox', { name: n.preferences.email });
      await expect(byEmail).toBeChecked();
      await expectNoAxeViolations(page, 'de voorkeuren voor meldingen');

      await byEmail.uncheck();
      await page.getByRole('button', { name: n.preferences.submit }).click();
      await expect(page.getByRole('status').filter({ hasText: n.preferences.saved })).toBeVisible();

      await page.reload();
      const reloaded = page.getByRole('group', { name: joinKind });
      await expect(reloaded.getByRole('checkbox', { name: n.preferences.email })).not.toBeChecked();
      await expect(reloaded.getByRole('checkbox', { name: n.preferences.inApp })).toBeChecked();

      // Back to the default, so the demo member gets emails again.
      await reloaded.getByRole('checkbox', { name: n.preferences.email }).check();
      await page.getByRole('button', { name: n.preferences.submit }).click();
      await expect(page.getByRole('status').filter({ hasText: n.preferences.saved })).toBeVisible();
    });
  });
});
