import { expect, test } from '@playwright/test';
import { casesNl, situationLabels } from '../src/i18n/nl';
import { expectNoAxeViolations } from './axe';
import { apiToken, bearer, DEMO_MEMBER, header, logIn } from './support';

const m = casesNl.methods;
const c = casesNl.caseForm;
const r = casesNl.runner;

test('browse the method library, get a suggestion and open a method', async ({ page }) => {
  await page.goto('/');
  await header(page).getByRole('link', { name: casesNl.layout.methods }).click();
  await expect(page.getByRole('heading', { level: 1, name: m.heading })).toBeVisible();
  const list = page.locator('.method-list');
  await expect(list.getByRole('listitem').first()).toBeVisible();
  await expectNoAxeViolations(page, '/methoden');

  await page.getByRole('checkbox', { name: situationLabels.recent_incident }).check();
  await page.getByRole('button', { name: casesNl.suggest.submit }).click();
  const results = page.getByRole('heading', { name: casesNl.suggest.resultsHeading });
  await expect(results).toBeFocused();
  await expect(page.locator('.suggestion').first()).toBeVisible();
  await expectNoAxeViolations(page, '/methoden met suggesties');

  const first = list.getByRole('listitem').first().getByRole('heading').getByRole('link');
  const name = (await first.textContent()) ?? '';
  await first.click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(page.getByRole('heading', { name: casesNl.method.phasesHeading })).toBeVisible();
  await expect(page.locator('.phase').first()).toBeVisible();
  await expectNoAxeViolations(page, '/methoden/:slug');

  await page.goto('/methoden/hulpvragen');
  await expect(page.getByRole('heading', { level: 1, name: casesNl.questions.heading })).toBeVisible();
  await expect(page.locator('.reflection-card').first()).toBeVisible();
  await expectNoAxeViolations(page, '/methoden/hulpvragen');
});

test('bring a case, run the session through all phases and record an action plan', async ({ page, request }) => {
  const token = await apiToken(request, DEMO_MEMBER.email, DEMO_MEMBER.password);
  const auth = bearer(token);
  const mine = await request.get('/api/v1/me/groups', { headers: auth });
  const groups = (await mine.json()) as { role: string; group: { slug: string } }[];
  const home = groups.find((item) => item.role === 'coordinator');
  expect(home).toBeDefined();
  const starts = new Date(Date.now() + 60 * 60 * 1000);
  const ends = new Date(starts.getTime() + 2 * 60 * 60 * 1000);
  const created = await request.post(`/api/v1/groups/${home!.group.slug}/sessions`, {
    headers: auth,
    data: { starts_at: starts.toISOString(), ends_at: ends.toISOString(), method: 'incidentmethode' },
  });
  expect(created.ok(), await created.text()).toBe(true);
  const sessionId = ((await created.json()) as { id: string }).id;

  await logIn(page, DEMO_MEMBER.email, DEMO_MEMBER.password);

  // The case form.
  await page.goto(`/bijeenkomsten/${sessionId}/casus`);
  await expect(page.getByRole('heading', { level: 1, name: c.newTitle })).toBeVisible();
  await page.getByRole('textbox', { name: new RegExp(`^${c.title}`) }).fill('Grenzen bij bezoek');
  await page.getByRole('textbox', { name: new RegExp(`^${c.description}`) }).fill('Na het bezoek is het kind erg onrustig.');
  await page.getByRole('textbox', { name: new RegExp(`^${c.coreQuestion}`) }).fill('Hoe bereid ik het bezoek beter voor?');
  await page.locator('fieldset').getByRole('checkbox').first().check();
  await page.getByRole('button', { name: c.submitNew }).click();
  await expect(page.getByText(c.anonymisedRequired).first()).toBeVisible();
  await expectNoAxeViolations(page, 'casusformulier met fouten');
  await page.getByRole('checkbox', { name: new RegExp(c.anonymised) }).check();
  await page.getByRole('button', { name: c.submitNew }).click();
  await expect(page.getByText(c.created).first()).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Grenzen bij bezoek' })).toBeVisible();
  await expectNoAxeViolations(page, '/casussen/:id');

  // The runner.
  await page.goto(`/bijeenkomsten/${sessionId}/leiden`);
  await expect(page.getByRole('heading', { name: r.followUpsHeading })).toBeVisible();
  await expectNoAxeViolations(page, 'runner voor de start');
  await page.getByRole('button', { name: r.start }).click();
  await expect(page.getByRole('timer')).toBeVisible();
  await page.getByRole('button', { name: r.drawCard }).click();
  await expect(page.locator('.reflection-card').first()).toBeVisible();
  await expectNoAxeViolations(page, 'runner in een fase');

  const notes = page.getByRole('textbox', { name: new RegExp(`^${r.notesLabel}`) });
  await notes.fill('Patroon: onrust na elk bezoek.');
  await page.getByRole('button', { name: r.notesSave }).click();
  await expect(page.getByText(r.notesSaved)).toBeVisible();

  for (let step = 0; step < 20; step += 1) {
    const next = page.getByRole('button', { name: r.next });
    if (!(await next.isVisible())) break;
    const before = await page.locator('.runner-phase__step').textContent();
    await next.click();
    await expect(page.locator('.runner-phase__step')).not.toHaveText(before ?? '');
  }
  await page.getByRole('button', { name: r.finish }).click();
  await page.getByRole('dialog').getByRole('button', { name: r.finish }).click();
  await expect(page.getByText(r.finished)).toBeVisible();

  // The case bringer's outcome.
  await page.getByRole('textbox', { name: new RegExp(`^${r.insights}`) }).fill('Ik merk dat ik zelf ook gespannen ben.');
  await page.getByRole('textbox', { name: new RegExp(`^${r.actionItem(1)}`) }).fill('Bezoek samen voorbespreken');
  await page.getByRole('button', { name: r.saveOutcome }).click();
  await expect(page.getByText(r.outcomeSaved)).toBeVisible();
  await expectNoAxeViolations(page, 'runner na afronden');

  await page.goto('/mijn-casussen');
  await expect(page.getByRole('link', { name: 'Grenzen bij bezoek' }).first()).toBeVisible();
  await page.getByRole('button', { name: casesNl.myCases.markDone('Bezoek samen voorbespreken') }).first().click();
  await expect(page.getByText(casesNl.myCases.markedDone)).toBeVisible();
  await expectNoAxeViolations(page, '/mijn-casussen');
});
