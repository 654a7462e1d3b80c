import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { adminNl, auditKindLabels, nl, privacyNl } from '../src/i18n/nl';
import { expectNoAxeViolations } from './axe';
import {
  apiToken,
  bearer,
  DEMO_ADMIN,
  fillLogin,
  header,
  logIn,
  TEST_PASSWORD,
  uniqueEmail,
  uniqueSuffix,
} from './support';

const p = privacyNl.section;
const a = privacyNl.audit;

test.describe('privacy', () => {
  test('a member downloads their data, deletes their account and cannot log in any more', async ({
    page,
    request,
  }) => {
    const suffix = uniqueSuffix();
    const email = uniqueEmail('avg', suffix);
    const fullName = `Vera Vertrekt ${suffix.slice(-4)}`;
    const registered = await request.post('/api/v1/auth/register', {
      data: { email, password: TEST_PASSWORD, full_name: fullName, kind: 'gezinshuisouder', province: 'utrecht' },
    });
    expect(registered.ok(), await registered.text()).toBe(true);

    await logIn(page, email, TEST_PASSWORD);
    await page.goto('/mijn-profiel');
    const section = page.getByRole('region', { name: p.heading });
    await expect(section).toBeVisible();
    await expectNoAxeViolations(page, 'het profiel met de sectie Jouw gegevens');

    // Download: one JSON file with my profile in it.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      section.getByRole('button', { name: p.downloadButton }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^intervisiewijzer-mijn-gegevens-.*\.json$/);
    const file = await download.path();
    const document = JSON.parse(await readFile(file, 'utf-8')) as { profile: { email: string; full_name: string } };
    expect(document.profile.email).toBe(email);
    expect(document.profile.full_name).toBe(fullName);

    // Without a password nothing happens; with it, a confirmation first.
    await section.getByRole('button', { name: p.deleteButton }).click();
    await expect(section.getByText(p.passwordRequired).first()).toBeVisible();
    await section.getByLabel(p.passwordLabel).fill(TEST_PASSWORD);
    await section.getByRole('button', { name: p.deleteButton }).click();
    const dialog = page.getByRole('dialog', { name: p.confirmTitle });
    await expect(dialog).toBeVisible();
    await expectNoAxeViolations(page, 'de bevestiging van het verwijderen');
    await dialog.getByRole('button', { name: p.confirmButton }).click();

    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByText(p.deleted)).toBeVisible();
    await expect(header(page).getByRole('link', { name: nl.layout.login })).toBeVisible();
    await expectNoAxeViolations(page, 'de startpagina na het verwijderen');

    // The account is gone: logging in fails.
    await fillLogin(page, email, TEST_PASSWORD);
    await expect(page.getByText('Het e-mailadres of wachtwoord klopt niet.').first()).toBeVisible();
    const token = await request.post('/api/v1/auth/token', { form: { username: email, password: TEST_PASSWORD } });
    expect(token.status()).toBe(401);
  });

  test('an admin reads the audit log, filtered by kind', async ({ page, request }) => {
    // Make sure there is at least one data export to see.
    const token = await apiToken(request, DEMO_ADMIN.email, DEMO_ADMIN.password);
    const exported = await request.get('/api/v1/me/data-export', { headers: bearer(token) });
    expect(exported.ok()).toBe(true);

    await logIn(page, DEMO_ADMIN.email, DEMO_ADMIN.password);
    await page.goto('/beheer');
    await page.getByRole('link', { name: 'Auditlog' }).click();
    await expect(page.getByRole('heading', { level: 1, name: a.heading })).toBeVisible();
    const table = page.getByRole('table');
    await expect(table).toBeVisible();
    await expectNoAxeViolations(page, 'het auditlog');

    await page.getByLabel(a.kind).selectOption('data_export');
    await page.getByRole('button', { name: a.apply }).click();
    // The earlier list stays on screen until the filtered one arrives: wait for the new rows.
    await expect
      .poll(async () => new Set(await table.locator('tbody td:nth-child(2)').allTextContents()))
      .toEqual(new Set([auditKindLabels.data_export]));
    await expectNoAxeViolations(page, 'het gefilterde auditlog');
    expect(adminNl.home.sections.some((section) => section.to === '/beheer/auditlog')).toBe(true);
  });
});
