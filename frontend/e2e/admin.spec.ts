import { lookup } from 'node:dns/promises';
import { expect, test } from '@playwright/test';
import { adminNl } from '../src/i18n/nl';
import { expectNoAxeViolations } from './axe';
import { DEMO_ADMIN, DEMO_MEMBER, header, logIn } from './support';

const k = adminNl.keys;
const w = adminNl.webhooks;

/**
 * The API looks the webhook host up and refuses what it cannot find. Where DNS is not available
 * (a sandbox without internet) use example.org's public address instead of its name.
 */
async function webhookUrl(): Promise<string> {
  try {
    await lookup('example.org');
    return 'https://example.org/hook';
  } catch {
    return 'https://93.184.215.14/hook';
  }
}

test.describe('admin', () => {
  test('members without admin rights get a clear "no access" page', async ({ page }) => {
    await logIn(page, DEMO_MEMBER.email, DEMO_MEMBER.password);
    await expect(header(page).getByRole('link', { name: adminNl.layout.admin })).toHaveCount(0);
    await page.goto('/beheer/api-sleutels');
    await expect(page.getByRole('heading', { level: 1, name: adminNl.guard.heading })).toBeVisible();
    await expect(page.getByText(adminNl.guard.text)).toBeVisible();
  });

  test('issue a partner key, see it used and revoke it', async ({ page }) => {
    const suffix = Math.random().toString(36).slice(2, 7);
    const name = `Partnersite e2e ${suffix}`;
    const origin = `https://partner-${suffix}.example.org`;
    let key = '';

    await test.step('the admin opens the API keys from the header', async () => {
      await logIn(page, DEMO_ADMIN.email, DEMO_ADMIN.password);
      await header(page).getByRole('link', { name: adminNl.layout.admin }).click();
      await expect(page.getByRole('heading', { level: 1, name: adminNl.home.heading })).toBeVisible();
      await page.getByRole('link', { name: 'API-sleutels' }).click();
      await expect(page.getByRole('heading', { level: 1, name: k.heading })).toBeVisible();
    });

    await test.step('create a partner key with an allowed origin: the key is shown once', async () => {
      await page.getByLabel(k.fields.name).fill(name);
      await expect(page.getByRole('radio', { name: 'Partnersite' })).toBeChecked();
      await page.getByLabel(k.fields.origins).fill(origin);
      await page.getByRole('button', { name: k.submit }).click();

      const secret = page.getByRole('region', { name: k.issuedHeading(name) });
      await expect(secret).toBeVisible();
      await expect(secret.getByText(k.issuedWarning, { exact: false })).toBeVisible();
      await expect(secret.getByRole('button', { name: new RegExp(`^${adminNl.common.copy}`) })).toBeVisible();
      key = await secret.getByRole('textbox', { name: k.issuedLabel }).inputValue();
      expect(key.length).toBeGreaterThan(20);
      await expectNoAxeViolations(page, 'de API-sleutels met de nieuwe sleutel in beeld');

      await secret.getByRole('button', { name: k.issuedDone }).click();
      await expect(secret).toHaveCount(0);
      await expect(page.locator('body')).not.toContainText(key);
    });

    await test.step('the key is listed and works from its origin', async () => {
      const card = page.getByRole('article', { name });
      await expect(card).toBeVisible();
      await expect(card.getByText('Actief')).toBeVisible();
      await expect(card.getByText(origin)).toBeVisible();
      await expect(card.getByText(`${key.slice(0, 8)}`, { exact: false })).toBeVisible();

      const used = await page.request.get('/api/v1/groups?limit=1', { headers: { 'X-API-Key': key, Origin: origin } });
      expect(used.status()).toBe(200);
      await card.getByRole('button', { name: new RegExp(`^${k.usesShow}`) }).click();
      await expect(card.getByRole('table').getByText('GET /api/v1/groups')).toBeVisible();
    });

    await test.step('revoke it after confirming', async () => {
      const card = page.getByRole('article', { name });
      await card.getByRole('button', { name: new RegExp(`^${k.revoke}`) }).click();
      const dialog = page.getByRole('dialog', { name: k.revokeTitle(name) });
      await expect(dialog).toBeVisible();
      await dialog.getByRole('button', { name: k.revoke }).click();
      await expect(page.getByRole('status').filter({ hasText: k.revoked(name) })).toBeVisible();
      await expect(card.getByText('Ingetrokken', { exact: true })).toBeVisible();
      await expect(card.getByRole('button', { name: new RegExp(`^${k.revoke}`) })).toHaveCount(0);

      const refused = await page.request.get('/api/v1/groups?limit=1', { headers: { 'X-API-Key': key } });
      expect(refused.status()).toBe(401);
    });
  });

  test('create a webhook: the secret is shown once, then it is listed', async ({ page }) => {
    const url = await webhookUrl();
    const description = `Test ${Math.random().toString(36).slice(2, 7)}`;

    await logIn(page, DEMO_ADMIN.email, DEMO_ADMIN.password);
    await page.goto('/beheer/webhooks');
    await expect(page.getByRole('heading', { level: 1, name: w.heading })).toBeVisible();

    await page.getByLabel(w.fields.url).fill(url);
    await page.getByLabel(w.fields.description).fill(description);
    await page.getByRole('checkbox', { name: 'Nieuwe aanmelding voor een groep' }).check();
    await page.getByRole('checkbox', { name: 'Groep aangemaakt of gewijzigd' }).check();
    await page.getByRole('button', { name: w.submit }).click();

    const secret = page.getByRole('region', { name: w.createdHeading });
    await expect(secret).toBeVisible();
    const value = await secret.getByRole('textbox', { name: w.createdLabel }).inputValue();
    expect(value.length).toBeGreaterThan(20);
    await secret.getByRole('button', { name: w.createdDone }).click();
    await expect(page.locator('body')).not.toContainText(value);

    const card = page.getByRole('article').filter({ hasText: description });
    await expect(card).toBeVisible();
    await expect(card.getByRole('heading', { level: 3, name: url })).toBeVisible();
    await expect(card.getByText(w.active, { exact: true })).toBeVisible();
    await expect(card.getByText('Nieuwe aanmelding voor een groep')).toBeVisible();

    // A test ping is queued; without the worker it waits to be sent.
    await card.getByRole('button', { name: new RegExp(`^${w.test}`) }).click();
    await expect(page.getByRole('status').filter({ hasText: w.testQueued(url) })).toBeVisible();
    await expect(card.getByRole('table').getByText('Testbericht')).toBeVisible();
    await expectNoAxeViolations(page, 'de webhooks met het leveringslogboek');

    // Switch it off so nothing is ever sent from test runs.
    await card.getByRole('button', { name: new RegExp(`^${w.deactivate}`) }).click();
    await expect(card.getByText(w.inactive, { exact: true })).toBeVisible();
  });
});
