import { expect, test, type Page } from '@playwright/test';
import { groupsNl, nl } from '../src/i18n/nl';
import { expectNoAxeViolations } from './axe';
import {
  DEMO_MEMBER,
  demoCoordinatorGroup,
  type DemoGroup,
  header,
  logIn,
  logOut,
  TEST_PASSWORD,
  uniqueEmail,
} from './support';

// The demo member's in-person group in the province of Utrecht has open spots.
const f = groupsNl.finder;
const j = groupsNl.join;

let demoGroup: DemoGroup;

test.beforeAll(async ({ playwright, baseURL }) => {
  // Look the demo member's group up through the API, so the test follows the seed.
  const api = await playwright.request.newContext({ baseURL });
  demoGroup = await demoCoordinatorGroup(api);
  await api.dispose();
});

function resultCount(page: Page) {
  return page.locator('.results-count[role="status"]');
}

async function search(page: Page, near: string) {
  const field = page.getByRole('combobox', { name: f.near });
  await field.fill(near);
  // Enter without a highlighted suggestion submits the form.
  await field.press('Enter');
}

test.describe('groups', () => {
  test('find a group, ask to join, get accepted by the coordinator', async ({ page }) => {
    const email = uniqueEmail('groep');
    const fullName = `Noor Zoekend ${Math.random().toString(36).slice(2, 6)}`;

    await test.step('the group page, logged out', async () => {
      await page.goto(`/groepen/${demoGroup.slug}`);
      await expect(page.getByRole('heading', { level: 1, name: demoGroup.name })).toBeVisible();
      await expect(page.getByRole('link', { name: j.loginLink })).toBeVisible();
      await expectNoAxeViolations(page, 'de groepspagina (uitgelogd)');
    });

    await test.step('register a new member', async () => {
      await page.goto('/registreren');
      await page.getByLabel(nl.fields.email).fill(email);
      await page.getByLabel(nl.fields.password).fill(TEST_PASSWORD);
      await page.getByLabel(nl.fields.fullName).fill(fullName);
      await page.getByLabel(nl.fields.kind).selectOption('gezinshuisouder');
      await page.getByLabel(nl.fields.employmentForm).selectOption('loondienst');
      await page.getByLabel(nl.fields.province).selectOption('utrecht');
      await page.getByRole('button', { name: nl.register.submit }).click();
      await expect(page).toHaveURL(/\/mijn-profiel$/);
    });

    await test.step('search near a Utrecht postcode', async () => {
      await header(page).getByRole('link', { name: groupsNl.layout.findGroups }).click();
      await expect(page.getByRole('heading', { level: 1, name: f.heading })).toBeVisible();
      await search(page, '3511');
      await expect(page).toHaveURL(/\/groepen\?plaats=3511$/);
      await expect(resultCount(page)).toHaveText(/^\d+ groepen? gevonden binnen 25 km van 3511 Utrecht$/);

      const distances = await page.getByTestId('distance').allInnerTexts();
      const km = distances.map((text) => Number(/([\d,]+) km/.exec(text)?.[1]?.replace(',', '.')));
      expect(km.length).toBeGreaterThan(1);
      expect(km.every((value) => Number.isFinite(value) && value <= 25)).toBe(true);
      expect(km).toEqual([...km].sort((a, b) => a - b));
      await expect(page.getByRole('link', { name: demoGroup.name, exact: true })).toBeVisible();
      await expectNoAxeViolations(page, 'de zoekresultaten');
    });

    await test.step('the map view', async () => {
      await page.getByRole('link', { name: f.showMap }).click();
      await expect(page).toHaveURL(/weergave=kaart/);
      const map = page.getByRole('region', { name: groupsNl.map.label });
      await expect(map).toBeVisible();
      const pins = map.locator('.map-pin');
      await expect(pins.first()).toBeVisible();
      // No tiles in tests: the markers sit on a plain background.
      await expect(page.locator('.leaflet-tile')).toHaveCount(0);
      await pins.first().focus();
      await page.keyboard.press('Enter');
      await expect(page.locator('.map-popup a').first()).toBeFocused();
      await expectNoAxeViolations(page, 'de kaartweergave');
      await page.keyboard.press('Escape');
      await page.getByRole('link', { name: f.hideMap }).click();
      await expect(map).toBeHidden();
    });

    await test.step('open the group and ask to join', async () => {
      await page.getByRole('link', { name: demoGroup.name, exact: true }).click();
      await expect(page.getByRole('heading', { level: 1, name: demoGroup.name })).toBeVisible();
      await expect(page.getByRole('link', { name: groupsNl.group.backToResults })).toHaveAttribute(
        'href',
        '/groepen?plaats=3511',
      );
      const motivation = page.getByLabel(j.motivation);
      await expect(motivation).toBeVisible();
      await expectNoAxeViolations(page, 'de groepspagina met aanmeldformulier');
      await motivation.fill('Ik heb sinds twee jaar een gezinshuis in Utrecht en zoek een vaste groep.');
      await page.getByRole('button', { name: j.submit, exact: true }).click();
      await expect(page.getByRole('status').filter({ hasText: j.sent })).toBeVisible();
      await expect(page.getByText(j.pending)).toBeVisible();
    });

    await test.step('log out', async () => {
      await logOut(page);
    });

    await test.step('the coordinator accepts the request', async () => {
      await logIn(page, DEMO_MEMBER.email, DEMO_MEMBER.password);
      await header(page).getByRole('link', { name: groupsNl.layout.myGroups }).click();
      await expect(page.getByRole('heading', { level: 1, name: groupsNl.mine.heading })).toBeVisible();
      await page.getByRole('link', { name: demoGroup.name, exact: true }).click();
      await expect(page.getByRole('heading', { level: 1, name: demoGroup.name })).toBeVisible();
      await page.getByRole('link', { name: /^Aanmeldingen/ }).click();
      await expect(page.getByRole('heading', { level: 1, name: groupsNl.manage.heading })).toBeVisible();

      const request = page.getByRole('article', { name: fullName });
      await expect(request).toBeVisible();
      await expect(request.getByText('Ik heb sinds twee jaar een gezinshuis')).toBeVisible();
      await expectNoAxeViolations(page, 'de aanmeldingen van de coördinator');
      await request.getByRole('button', { name: groupsNl.manage.accept }).click();
      await expect(page.getByRole('status').filter({ hasText: groupsNl.manage.accepted(fullName) })).toBeVisible();
      await expect(page.getByRole('article', { name: fullName })).toHaveCount(0);
      await expect(page.getByRole('list').filter({ hasText: fullName })).toBeVisible();
      await logOut(page);
    });

    await test.step('the new member sees the group in Mijn groepen', async () => {
      await logIn(page, email, TEST_PASSWORD);
      await header(page).getByRole('link', { name: groupsNl.layout.myGroups }).click();
      await expect(page.getByRole('heading', { level: 1, name: groupsNl.mine.heading })).toBeVisible();
      const card = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: demoGroup.name, exact: true }) });
      await expect(card).toBeVisible();
      await expect(card.getByText('Lid', { exact: true })).toBeVisible();
      await expectNoAxeViolations(page, 'mijn groepen');
    });

    await test.step('leaving again keeps the demo group as it was', async () => {
      await page.getByRole('link', { name: demoGroup.name, exact: true }).click();
      await expect(page.getByText(j.member('Lid'))).toBeVisible();
      await page.getByRole('button', { name: j.leave }).click();
      const dialog = page.getByRole('dialog', { name: j.leaveConfirmTitle });
      await expect(dialog).toBeVisible();
      await dialog.getByRole('button', { name: j.leave }).click();
      await expect(page.getByRole('status').filter({ hasText: j.left })).toBeVisible();
      await expect(page.getByLabel(j.motivation)).toBeVisible();
    });
  });

  test('an ambiguous place offers the places it can mean', async ({ page }) => {
    await page.goto('/groepen');
    await search(page, 'Hengelo');
    await expect(resultCount(page)).toContainText("meerdere plaatsen met de naam 'Hengelo'");
    const overijssel = page.getByRole('button', { name: 'Hengelo (Overijssel)' });
    const gelderland = page.getByRole('button', { name: 'Hengelo (Gelderland)' });
    await expect(overijssel).toBeVisible();
    await expect(gelderland).toBeVisible();
    await expectNoAxeViolations(page, 'de zoekpagina met een dubbelzinnige plaats');

    await gelderland.click();
    await expect(resultCount(page)).toHaveText(/gevonden binnen 25 km van Hengelo/);
    await expect(page.getByRole('combobox', { name: f.near })).toHaveValue('Hengelo (Gelderland)');
    await expect(page.getByRole('list', { name: f.listHeading }).getByRole('article').first()).toBeVisible();
  });

  test('filters live in the URL: they survive a reload and the back button', async ({ page }) => {
    await page.goto('/groepen');
    await expect(resultCount(page)).toHaveText(/groepen gevonden$/);
    const unfiltered = await resultCount(page).innerText();

    await page.getByLabel(f.province).selectOption('utrecht');
    await page.getByLabel(f.mode).selectOption('in_person');
    await page.getByLabel(f.hasVacancy).check();
    await page.getByRole('button', { name: f.applyFilters }).click();
    await expect(page).toHaveURL(/\/groepen\?provincie=utrecht&vorm=in_person&plek=1$/);
    await expect(resultCount(page)).not.toHaveText(unfiltered);
    const filtered = await resultCount(page).innerText();

    await page.reload();
    await expect(page.getByLabel(f.province)).toHaveValue('utrecht');
    await expect(page.getByLabel(f.mode)).toHaveValue('in_person');
    await expect(page.getByLabel(f.hasVacancy)).toBeChecked();
    await expect(resultCount(page)).toHaveText(filtered);
    for (const place of await page.locator('.group-card__where').allInnerTexts()) {
      expect(place).toContain('Utrecht');
    }

    await page.goBack();
    await expect(page).toHaveURL(/\/groepen$/);
    await expect(page.getByLabel(f.province)).toHaveValue('');
    await expect(resultCount(page)).toHaveText(unfiltered);
  });
});

test.describe('running a group', () => {
  test('start a new group, pick the right place, then edit it', async ({ page }) => {
    const email = uniqueEmail('groep');
    const groupName = `Testkring Hengelo ${Math.random().toString(36).slice(2, 7)}`;
    const form = groupsNl.form;

    await page.goto('/registreren');
    await page.getByLabel(nl.fields.email).fill(email);
    await page.getByLabel(nl.fields.password).fill(TEST_PASSWORD);
    await page.getByLabel(nl.fields.fullName).fill('Kees Starter');
    await page.getByLabel(nl.fields.kind).selectOption('gezinshuisouder');
    await page.getByRole('button', { name: nl.register.submit }).click();
    await expect(page).toHaveURL(/\/mijn-profiel$/);

    await header(page).getByRole('link', { name: groupsNl.layout.myGroups }).click();
    await expect(page.getByText(groupsNl.mine.noGroups)).toBeVisible();
    await page.getByRole('link', { name: groupsNl.mine.start }).click();
    await expect(page.getByRole('heading', { level: 1, name: form.newHeading })).toBeVisible();

    await page.getByRole('button', { name: form.submitNew }).click();
    const summary = page.getByRole('region', { name: nl.errors.summaryTitle });
    await expect(summary).toBeFocused();
    await expect(summary.getByRole('link', { name: form.validation.nameRequired })).toBeVisible();
    await expectNoAxeViolations(page, 'het formulier voor een nieuwe groep met fouten');

    await page.getByLabel(form.name).fill(groupName);
    await page.getByLabel(form.description).fill('Een kring voor gezinshuisouders in Twente en de Achterhoek.');
    await page.getByRole('radio', { name: 'Op locatie' }).check();
    await page.getByRole('combobox', { name: form.location }).fill('Hengelo');
    await page.getByLabel('Getrainde intervisor').check();
    await page.getByLabel('Incidentmethode').check();
    await page.getByRole('button', { name: form.submitNew }).click();

    // "Hengelo" is two places: the form offers both.
    await expect(page.getByRole('combobox', { name: form.location })).toHaveAttribute('aria-invalid', 'true');
    await page.getByRole('button', { name: 'Hengelo (Overijssel)' }).click();
    await expect(page.getByRole('combobox', { name: form.location })).toHaveValue('Hengelo (Overijssel)');
    await page.getByRole('button', { name: form.submitNew }).click();

    await expect(page.getByRole('heading', { level: 1, name: groupName })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: form.created })).toBeVisible();
    await expect(page.getByText('Hengelo, Overijssel').first()).toBeVisible();
    await expect(page.getByText(j.member('Coördinator'))).toBeVisible();

    await page.getByRole('link', { name: j.editGroup }).click();
    await expect(page.getByRole('heading', { level: 1, name: form.editHeading })).toBeVisible();
    await expectNoAxeViolations(page, 'het bewerkformulier');
    await page.getByLabel(form.sizeMax).fill('7');
    await page.getByRole('button', { name: form.submitEdit }).click();
    await expect(page.getByRole('status').filter({ hasText: form.saved })).toBeVisible();
    await expect(page.getByText('5 tot 7 deelnemers')).toBeVisible();
  });
});
