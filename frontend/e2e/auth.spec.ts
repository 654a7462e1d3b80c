import { expect, test, type Page } from '@playwright/test';
import { nl } from '../src/i18n/nl';
import { expectNoAxeViolations } from './axe';
import { TEST_PASSWORD, uniqueEmail } from './support';

async function expectHeading(page: Page, name: string) {
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

test.describe('account', () => {
  test('register, log out, log in and edit the profile', async ({ page }) => {
    const email = uniqueEmail('e2e');
    const fullName = 'Sanne Testouder';
    const newName = 'Sanne van Testouder';
    const header = page.getByRole('navigation', { name: nl.layout.mainNavLabel });

    await test.step('home page', async () => {
      await page.goto('/');
      await expectHeading(page, nl.home.heading);
      await expect(page).toHaveTitle(nl.documentTitle(nl.home.title));
      await expect(header.getByRole('link', { name: nl.layout.login })).toBeVisible();
      await expectNoAxeViolations(page, 'de startpagina');
    });

    await test.step('registration validates on the client', async () => {
      await header.getByRole('link', { name: nl.layout.register }).click();
      await expectHeading(page, nl.register.heading);
      await expectNoAxeViolations(page, 'de registratiepagina');

      await page.getByRole('button', { name: nl.register.submit }).click();
      const summary = page.getByRole('region', { name: nl.errors.summaryTitle });
      await expect(summary).toBeFocused();
      await expect(summary.getByRole('link', { name: nl.validation.emailRequired })).toBeVisible();
      await expectNoAxeViolations(page, 'de registratiepagina met fouten');
    });

    await test.step('register a new member', async () => {
      await page.getByLabel(nl.fields.email).fill(email);
      await page.getByLabel(nl.fields.password).fill(TEST_PASSWORD);
      await page.getByLabel(nl.fields.fullName).fill(fullName);
      await page.getByLabel(nl.fields.kind).selectOption('gezinshuisouder');
      await page.getByLabel(nl.fields.employmentForm).selectOption('franchise_met_zorgaanbieder');
      await page.getByLabel(nl.fields.yearsExperience).fill('7');
      await page.getByLabel(nl.fields.province).selectOption('gelderland');
      await page.getByLabel(nl.fields.registrationBody).selectOption('skj');
      await page.getByLabel(nl.fields.registrationNumber).fill('100123456');
      await page.getByRole('button', { name: nl.register.submit }).click();

      await expect(page).toHaveURL(/\/mijn-profiel$/);
      await expectHeading(page, nl.profile.heading);
      await expect(page.getByText(fullName, { exact: true })).toBeVisible();
    });

    await test.step('log out', async () => {
      await header.getByRole('button', { name: nl.layout.logout }).click();
      await expect(page).toHaveURL(/\/$/);
      await expect(page.getByRole('status').filter({ hasText: nl.layout.loggedOutMessage })).toBeVisible();
      await expect(header.getByRole('link', { name: nl.layout.login })).toBeVisible();

      await page.goto('/mijn-profiel');
      await expect(page).toHaveURL(/\/inloggen$/);
    });

    await test.step('a wrong password shows the server explanation', async () => {
      await expectHeading(page, nl.login.heading);
      await expectNoAxeViolations(page, 'de inlogpagina');
      await page.getByLabel(nl.fields.email).fill(email);
      await page.getByLabel(nl.fields.password).fill('helemaal fout wachtwoord');
      await page.getByRole('button', { name: nl.login.submit }).click();
      const summary = page.getByRole('region', { name: nl.errors.summaryTitle });
      await expect(summary).toBeFocused();
      await expect(summary.getByRole('listitem')).not.toHaveText('');
      await expectNoAxeViolations(page, 'de inlogpagina met fout');
    });

    await test.step('log in and return to the profile', async () => {
      await page.getByLabel(nl.fields.password).fill(TEST_PASSWORD);
      await page.getByRole('button', { name: nl.login.submit }).click();
      await expect(page).toHaveURL(/\/mijn-profiel$/);
      await expect(page.getByText(fullName, { exact: true })).toBeVisible();
      await expect(page.getByText(email, { exact: true })).toBeVisible();
      await expectNoAxeViolations(page, 'het profiel');
    });

    await test.step('the session survives a reload', async () => {
      await page.reload();
      await expectHeading(page, nl.profile.heading);
      await expect(page.getByText(fullName, { exact: true })).toBeVisible();
    });

    await test.step('edit the name', async () => {
      await page.getByRole('button', { name: nl.profile.edit }).click();
      await expect(page.getByRole('heading', { level: 2, name: nl.profile.editHeading })).toBeFocused();
      await expectNoAxeViolations(page, 'het profiel tijdens wijzigen');
      await page.getByLabel(nl.fields.fullName).fill(newName);
      await page.getByRole('button', { name: nl.common.save }).click();

      await expect(page.getByRole('status').filter({ hasText: nl.profile.saved })).toBeVisible();
      await expect(page.getByText(newName, { exact: true })).toBeVisible();
      await page.reload();
      await expect(page.getByText(newName, { exact: true })).toBeVisible();
    });

    await test.step('change the password with a wrong current password', async () => {
      await page.getByLabel(nl.fields.currentPassword).fill('niet mijn wachtwoord');
      await page.getByLabel(nl.fields.newPassword).fill('een nieuwe lange zin');
      await page.getByRole('button', { name: nl.profile.passwordSubmit }).click();
      await expect(page.getByLabel(nl.fields.currentPassword)).toHaveAttribute('aria-invalid', 'true');
    });

    await test.step('change the password', async () => {
      await page.getByLabel(nl.fields.currentPassword).fill(TEST_PASSWORD);
      await page.getByRole('button', { name: nl.profile.passwordSubmit }).click();
      await expect(page.getByRole('status').filter({ hasText: nl.profile.passwordChanged })).toBeVisible();
    });
  });

  test('unknown pages show a helpful 404', async ({ page }) => {
    await page.goto('/bestaat-niet');
    await expectHeading(page, nl.notFound.heading);
    await expect(page.getByRole('link', { name: nl.notFound.homeLink })).toBeVisible();
    await expectNoAxeViolations(page, 'de 404-pagina');
  });
});
