import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { evaluationsNl, nl, sessionsNl } from '../src/i18n/nl';
import { expectNoAxeViolations } from './axe';
import {
  addMemberToDemoGroup,
  apiToken,
  bearer,
  DEMO_MEMBER,
  demoCoordinatorGroup,
  type DemoGroup,
  header,
  leaveDemoGroup,
  logIn,
  type Member,
  TEST_PASSWORD,
} from './support';

const e = evaluationsNl;
const backendDir = fileURLToPath(new URL('../../backend', import.meta.url));

/**
 * A personal evaluation link is only ever sent by e-mail, so the API never shows one. The test makes
 * it exactly as the backend does (evaluations/links.py `create_link_token`), with the same settings
 * as the e2e server, which runs from the same backend directory and environment.
 */
function linkToken(memberId: string, sessionId: string, expiresAt: Date): string {
  const script = [
    'import sys, uuid',
    'from datetime import datetime',
    'from intervisiewijzer.config import get_settings',
    'from intervisiewijzer.evaluations.links import create_link_token',
    'print(create_link_token(get_settings(), uuid.UUID(sys.argv[1]), uuid.UUID(sys.argv[2]), datetime.fromisoformat(sys.argv[3])))',
  ].join('\n');
  return execFileSync(`${backendDir}/.venv/bin/python`, ['-c', script, memberId, sessionId, expiresAt.toISOString()], {
    cwd: backendDir,
    encoding: 'utf8',
  }).trim();
}

let demoGroup: DemoGroup;
let demoId: string;
let member: Member;
let sessionId: string;

/**
 * A session of the demo group that ended an hour ago, led by the demo coordinator, with the demo
 * member and a newly joined member on the attendance list: both may evaluate it.
 */
test.beforeAll(async ({ playwright, baseURL }) => {
  const api = await playwright.request.newContext({ baseURL });
  const token = await apiToken(api, DEMO_MEMBER.email, DEMO_MEMBER.password);
  demoId = ((await (await api.get('/api/v1/me', { headers: bearer(token) })).json()) as { id: string }).id;
  demoGroup = await demoCoordinatorGroup(api, token);
  member = await addMemberToDemoGroup(api, demoGroup.id, { emailPrefix: 'evaluatie', name: 'Evi Evaluatie' });

  const end = new Date(Date.now() - 60 * 60_000);
  const start = new Date(end.getTime() - 90 * 60_000);
  const created = await api.post(`/api/v1/groups/${demoGroup.id}/sessions`, {
    headers: bearer(token),
    data: {
      starts_at: start.toISOString(),
      ends_at: end.toISOString(),
      location_text: 'Bij een van de leden thuis',
      facilitator_id: demoId,
    },
  });
  expect(created.ok(), await created.text()).toBe(true);
  sessionId = ((await created.json()) as { id: string }).id;
  const recorded = await api.put(`/api/v1/sessions/${sessionId}/attendance`, {
    headers: bearer(token),
    data: { present_member_ids: [demoId, member.id] },
  });
  expect(recorded.ok(), await recorded.text()).toBe(true);
  await api.dispose();
});

test.afterAll(async ({ playwright, baseURL }) => {
  const api = await playwright.request.newContext({ baseURL });
  await leaveDemoGroup(api, demoGroup.id, member);
  await api.dispose();
});

function question(page: Page, text: RegExp) {
  return page.getByRole('radiogroup', { name: text });
}

/** Answers every question of the session form; `safety` is the answer to the first question. */
async function answerAll(page: Page, safety: string) {
  await question(page, /veilig genoeg/).getByRole('radio', { name: safety }).check();
  await question(page, /duidelijke opbouw/).getByRole('radio', { name: '4 – Eens' }).check();
  await question(page, /vooraf goed voorbereid/).getByRole('radio', { name: '3 – Neutraal' }).check();
  await question(page, /bewaakte het proces/).getByRole('radio', { name: e.form.skip }).check();
  await question(page, /ruimte om bij te dragen/).getByRole('radio', { name: '5 – Helemaal eens' }).check();
  await question(page, /Tot welk niveau/).getByRole('radio', { name: '2 – Het handelen van de casusinbrenger' }).check();
  await question(page, /iets geleerd/).getByRole('radio', { name: '4 – Eens' }).check();
  await question(page, /anders ga doen/).getByRole('radio', { name: '4 – Eens' }).check();
}

test.describe('evaluations', () => {
  test('the demo member evaluates a session in the app and changes the answers', async ({ page }) => {
    const date = new Intl.DateTimeFormat('nl-NL', {
      timeZone: 'Europe/Amsterdam',
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
    }).format(new Date(Date.now() - 150 * 60_000));

    await test.step('Mijn bijeenkomsten points to the waiting evaluations', async () => {
      await logIn(page, DEMO_MEMBER.email, DEMO_MEMBER.password);
      await header(page).getByRole('link', { name: sessionsNl.layout.mySessions, exact: true }).click();
      await expect(page.getByRole('heading', { level: 1, name: sessionsNl.mine.heading })).toBeVisible();
      await expect(page.getByText(/evaluaties? voor je klaar/)).toBeVisible();
      await page.getByRole('link', { name: e.callout.link }).click();
      await expect(page.getByRole('heading', { level: 1, name: e.mine.heading })).toBeVisible();
      const list = page.getByRole('list', { name: e.mine.pendingHeading });
      const item = list.getByRole('listitem').filter({ hasText: e.mine.sessionItem(demoGroup.name, date) }).first();
      await expect(item).toBeVisible();
      await expectNoAxeViolations(page, 'mijn evaluaties');
      await page.goto(`/bijeenkomsten/${sessionId}`);
      const section = page.getByRole('region', { name: e.results.sessionHeading, exact: true });
      await expect(section.getByText(/De uitkomsten verschijnen op/)).toBeVisible();
      await expect(section.getByText(/Gedeelde opmerkingen verschijnen op/)).toBeVisible();
      await expectNoAxeViolations(page, 'de bijeenkomst met de evaluatie (facilitator)');
      await section.getByRole('link', { name: e.results.evaluate }).click();
      await expect(page).toHaveURL(new RegExp(`/bijeenkomsten/${sessionId}/evaluatie$`));
    });

    await test.step('an incomplete form lists what is missing', async () => {
      await expect(page.getByRole('heading', { level: 1, name: e.session.heading })).toBeVisible();
      await expectNoAxeViolations(page, 'het lege evaluatieformulier');
      await question(page, /veilig genoeg/).getByRole('radio', { name: '4 – Eens' }).check();
      await page.getByRole('button', { name: e.form.submitNew }).click();
      const summary = page.getByRole('region', { name: nl.errors.summaryTitle });
      await expect(summary).toBeFocused();
      await expect(summary.getByRole('link', { name: e.form.required('Diepgang') })).toBeVisible();
      await expect(summary.getByRole('link', { name: e.form.required('Begeleiding') })).toHaveCount(0);
      await expectNoAxeViolations(page, 'het evaluatieformulier met fouten');
      await summary.getByRole('link', { name: e.form.required('Diepgang') }).click();
      await expect(question(page, /Tot welk niveau/).getByRole('radio').first()).toBeFocused();
    });

    await test.step('the answers are saved and can be changed', async () => {
      await answerAll(page, '4 – Eens');
      await page.getByLabel(new RegExp(e.form.freeTextLabel)).fill('De vragen hielpen me mijn eigen aandeel te zien.');
      await page.getByRole('checkbox', { name: e.form.shareLabel }).check();
      await page.getByRole('button', { name: e.form.submitNew }).click();
      await expect(page.getByRole('status').filter({ hasText: e.session.saved })).toBeVisible();
      await expect(page.getByText(/Je hebt deze bijeenkomst geëvalueerd op/)).toBeVisible();
      await expectNoAxeViolations(page, 'de opgeslagen evaluatie');

      await question(page, /veilig genoeg/).getByRole('radio', { name: '2 – Oneens' }).check();
      await page.getByRole('button', { name: e.form.submitChange }).click();
      await expect(page.getByRole('status').filter({ hasText: e.session.changed })).toBeVisible();

      await page.reload();
      await expect(question(page, /veilig genoeg/).getByRole('radio', { name: '2 – Oneens' })).toBeChecked();
      await expect(question(page, /bewaakte het proces/).getByRole('radio', { name: e.form.skip })).toBeChecked();
      await expect(page.getByLabel(new RegExp(e.form.freeTextLabel))).toHaveValue('De vragen hielpen me mijn eigen aandeel te zien.');
      await expect(page.getByRole('checkbox', { name: e.form.shareLabel })).toBeChecked();
    });

    await test.step('the session page now offers to view or change the evaluation', async () => {
      await page.getByRole('link', { name: e.session.backToSession }).click();
      const section = page.getByRole('region', { name: e.results.sessionHeading, exact: true });
      await expect(section.getByRole('link', { name: e.results.changeEvaluation })).toBeVisible();
    });
  });

  test('another member answers once through the personal link, without logging in', async ({ page }) => {
    const until = new Date(Date.now() + 13 * 24 * 3_600_000);

    await test.step('links that do not work say so', async () => {
      await page.goto(`/evaluatie/${'x'.repeat(40)}`);
      await expect(page.getByRole('heading', { level: 1, name: e.link.invalidHeading })).toBeVisible();
      await expectNoAxeViolations(page, 'een onbekende evaluatielink');
      await page.goto(`/evaluatie/${linkToken(member.id, sessionId, new Date(Date.now() - 60_000))}`);
      await expect(page.getByRole('heading', { level: 1, name: e.link.expiredHeading })).toBeVisible();
      await expectNoAxeViolations(page, 'een verlopen evaluatielink');
    });

    const token = linkToken(member.id, sessionId, until);
    await test.step('the form opens without a login and is sent once', async () => {
      await page.goto(`/evaluatie/${token}`);
      await expect(page.getByRole('heading', { level: 1, name: e.link.heading })).toBeVisible();
      await expect(page.getByText(new RegExp(`Je was bij de bijeenkomst van ${demoGroup.name}`))).toBeVisible();
      await expect(header(page).getByRole('link', { name: nl.layout.login })).toBeVisible();
      await expectNoAxeViolations(page, 'het evaluatieformulier via de link');
      await answerAll(page, '5 – Helemaal eens');
      await page.getByRole('button', { name: e.form.submitNew }).click();
      await expect(page.getByRole('heading', { level: 1, name: e.link.doneHeading })).toBeFocused();
      await expectNoAxeViolations(page, 'de bevestiging na de link');
    });

    await test.step('opening the link again does not show the answers', async () => {
      await page.goto(`/evaluatie/${token}`);
      await expect(page.getByRole('heading', { level: 1, name: e.link.alreadyHeading })).toBeVisible();
      await expect(page.getByRole('radiogroup')).toHaveCount(0);
      await expectNoAxeViolations(page, 'een al gebruikte evaluatielink');
    });

    await test.step('after logging in the member sees and may change the answers', async () => {
      await page.getByRole('link', { name: e.link.openInApp }).click();
      await expect(page).toHaveURL(/\/inloggen$/);
      await page.getByLabel(nl.fields.email).fill(member.email);
      await page.getByLabel(nl.fields.password).fill(TEST_PASSWORD);
      await page.getByRole('button', { name: nl.login.submit }).click();
      await expect(page).toHaveURL(new RegExp(`/bijeenkomsten/${sessionId}/evaluatie$`));
      await expect(question(page, /veilig genoeg/).getByRole('radio', { name: '5 – Helemaal eens' })).toBeChecked();
      await expect(page.getByRole('button', { name: e.form.submitChange })).toBeVisible();
    });
  });

  test('the demo member fills in the yearly evaluation of the group', async ({ page }) => {
    const year = Number(new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Amsterdam', year: 'numeric' }).format(new Date()));
    await logIn(page, DEMO_MEMBER.email, DEMO_MEMBER.password);
    await page.goto(`/groepen/${demoGroup.slug}/jaarevaluatie?jaar=${year}`);
    await expect(page.getByRole('heading', { level: 1, name: e.yearly.heading(year) })).toBeVisible();
    const results = page.getByRole('region', { name: e.results.yearlySummaryHeading });
    await expect(results.getByText(/De uitkomsten verschijnen op/)).toBeVisible();
    await expectNoAxeViolations(page, 'de jaarevaluatie');

    const form = page.locator('form#jaarevaluatie');
    for (const group of await form.getByRole('radiogroup').all()) {
      await group.getByRole('radio', { name: '4 – Eens' }).check();
    }
    await form.getByRole('button', { name: new RegExp(`^(${e.form.submitNew}|${e.form.submitChange})$`) }).click();
    await expect(page.getByRole('status').filter({ hasText: /Je (jaarevaluatie is|wijzigingen zijn) opgeslagen/ })).toBeVisible();
    await expect(page.getByText(/Je hebt de jaarevaluatie ingevuld op/)).toBeVisible();
    await expectNoAxeViolations(page, 'de opgeslagen jaarevaluatie');

    // The previous year's evaluation has closed: its results are shown, its form is not.
    await page.getByRole('link', { name: e.yearly.otherYear(year - 1) }).click();
    await expect(page.getByRole('heading', { level: 1, name: e.yearly.heading(year - 1) })).toBeVisible();
    await expect(page.getByText(e.yearly.closed(year - 1))).toBeVisible();
    await expect(page.locator('form#jaarevaluatie')).toHaveCount(0);
    await expectNoAxeViolations(page, 'de gesloten jaarevaluatie van vorig jaar');
  });
});
