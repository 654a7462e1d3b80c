import { expect, test, type APIRequestContext } from '@playwright/test';
import { contractSectionLabels, contractsNl, groupHealthNl } from '../src/i18n/nl';
import { expectNoAxeViolations } from './axe';
import {
  addMemberToDemoGroup,
  apiToken,
  bearer,
  DEMO_MEMBER,
  demoCoordinatorGroup,
  type DemoGroup,
  leaveDemoGroup,
  logIn,
  logOut,
  TEST_PASSWORD,
} from './support';

const c = contractsNl;
const h = groupHealthNl;

let demoGroup: DemoGroup;

test.beforeAll(async ({ playwright, baseURL }) => {
  const api = await playwright.request.newContext({ baseURL });
  demoGroup = await demoCoordinatorGroup(api);
  await api.dispose();
});

/** The contract as the coordinator sees it; a draft left by an earlier run is thrown away. */
async function currentVersion(request: APIRequestContext): Promise<number> {
  const token = await apiToken(request, DEMO_MEMBER.email, DEMO_MEMBER.password);
  const response = await request.get(`/api/v1/groups/${demoGroup.id}/contract`, { headers: bearer(token) });
  expect(response.ok(), await response.text()).toBe(true);
  const overview = (await response.json()) as { current: { version: number } | null; draft: unknown };
  if (overview.draft) await request.delete(`/api/v1/groups/${demoGroup.id}/contract/draft`, { headers: bearer(token) });
  return overview.current?.version ?? 0;
}

test.describe('group contract and group check', () => {
  test('the coordinator publishes a new version, a new member agrees, and the group check shows it', async ({
    page,
    request,
  }) => {
    const before = await currentVersion(request);
    const next = before + 1;
    const member = await addMemberToDemoGroup(request, demoGroup.id, { emailPrefix: 'afspraken', name: 'Noor Nieuwlid' });
    const attendance = `We zijn er alle zes de keren bij en melden ons uiterlijk twee dagen vooraf af (${Date.now()}).`;

    try {
      await test.step('the coordinator opens the contract from the group page', async () => {
        await logIn(page, DEMO_MEMBER.email, DEMO_MEMBER.password);
        await page.goto(`/groepen/${demoGroup.slug}`);
        const block = page.getByRole('region', { name: c.forMembers.heading });
        await expect(block).toBeVisible();
        await expect(block.getByRole('link', { name: h.page.title })).toBeVisible();
        await expect(block.getByRole('link', { name: c.forMembers.evaluation })).toBeVisible();
        await expectNoAxeViolations(page, 'de groepspagina met het blok voor leden');
        await block.getByRole('link', { name: c.forMembers.contract, exact: true }).click();
        await expect(page.getByRole('heading', { level: 1, name: c.page.heading })).toBeVisible();
        await expect(page).toHaveURL(new RegExp(`/groepen/${demoGroup.slug}/groepsafspraken$`));
        await expectNoAxeViolations(page, 'de groepsafspraken voor de coördinator');
      });

      await test.step('the coordinator writes a draft and publishes it', async () => {
        const manage = page.getByRole('region', { name: c.manage.heading });
        const start = before === 0 ? c.manage.startFromTemplate : c.manage.startFromCurrent;
        await manage.getByRole('button', { name: start }).click();
        await expect(manage.getByRole('heading', { level: 3, name: c.editor.heading(next) })).toBeFocused();
        const field = manage.getByRole('textbox', { name: contractSectionLabels.attendance });
        await expect(field).not.toHaveValue('');
        await field.fill('');
        await manage.getByRole('button', { name: c.editor.save }).click();
        await expect(page.getByRole('link', { name: c.editor.required(contractSectionLabels.attendance) })).toBeVisible();
        await expectNoAxeViolations(page, 'de groepsafspraken bewerken, met een fout');
        await field.fill(attendance);
        await manage.getByRole('button', { name: c.editor.save }).click();
        await expect(page.getByText(c.manage.saved)).toBeVisible();
        await expect(manage.getByRole('heading', { level: 3, name: c.manage.draftHeading(next) })).toBeVisible();
        await expect(manage.getByText(attendance)).toBeVisible();

        await manage.getByRole('button', { name: c.manage.publish }).click();
        const dialog = page.getByRole('dialog', { name: c.manage.publishTitle });
        await expect(dialog).toBeVisible();
        await expect(dialog.getByText(c.manage.publishText(next))).toBeVisible();
        await expectNoAxeViolations(page, 'de vraag of het concept gepubliceerd mag worden');
        await dialog.getByRole('button', { name: c.manage.publishConfirm }).click();
        await expect(page.getByText(c.manage.published(next))).toBeVisible();
        const current = page.getByRole('region', { name: c.current.heading });
        await expect(current.getByText(attendance)).toBeVisible();
        await expect(current.getByText(c.current.version(next))).toBeVisible();
        // The coordinator is a member too and is asked to agree again.
        await expect(page.getByText(c.agreement.requiredText(next))).toBeVisible();
        const who = page.getByRole('list', { name: c.progress.listLabel });
        await expect(who.getByRole('listitem').filter({ hasText: member.fullName })).toContainText(c.progress.notYet);
        await expectNoAxeViolations(page, 'de groepsafspraken na publiceren');
        await logOut(page);
      });

      await test.step('the new member sees the notice on the group page and agrees', async () => {
        await logIn(page, member.email, TEST_PASSWORD);
        await page.goto(`/groepen/${demoGroup.slug}`);
        const block = page.getByRole('region', { name: c.forMembers.heading });
        await expect(block.getByText(c.forMembers.agreeText(next))).toBeVisible();
        await expectNoAxeViolations(page, 'de groepspagina van een lid dat nog akkoord moet geven');
        await block.getByRole('link', { name: c.forMembers.agreeLink }).click();

        await expect(page.getByRole('heading', { level: 1, name: c.page.heading })).toBeVisible();
        await expect(page.getByText(c.agreement.requiredTitle)).toBeVisible();
        await expect(page.getByRole('region', { name: c.manage.heading })).toHaveCount(0);
        await page.getByRole('link', { name: c.agreement.requiredLink }).click();
        await expect(page.getByRole('heading', { level: 3, name: c.agreement.heading })).toBeFocused();
        await expectNoAxeViolations(page, 'de groepsafspraken voor een lid dat nog akkoord moet geven');

        await page.getByRole('button', { name: c.agreement.submit }).click();
        await expect(page.getByRole('link', { name: c.agreement.checkboxRequired })).toBeVisible();
        await page.getByRole('checkbox', { name: c.agreement.checkbox }).check();
        await page.getByRole('button', { name: c.agreement.submit }).click();
        await expect(page.getByText(c.agreement.done)).toBeVisible();
        await expect(page.getByText(new RegExp(`Je gaf op .* akkoord op versie ${next}\\.`))).toBeVisible();
        await expect(page.getByText(c.agreement.requiredTitle)).toHaveCount(0);
        await expectNoAxeViolations(page, 'de groepsafspraken nadat het lid akkoord gaf');

        const versions = page.getByRole('region', { name: c.versions.heading });
        await versions.getByText(new RegExp(`Versie ${next}, vastgesteld op`)).click();
        await expect(versions.getByText(attendance)).toBeVisible();
      });

      await test.step('the group page no longer asks, and the group check shows the checklist', async () => {
        await page.goto(`/groepen/${demoGroup.slug}`);
        const block = page.getByRole('region', { name: c.forMembers.heading });
        await expect(block.getByRole('link', { name: h.page.title })).toBeVisible();
        await expect(block.getByText(c.forMembers.agreeTitle)).toHaveCount(0);
        await block.getByRole('link', { name: h.page.title }).click();

        await expect(page.getByRole('heading', { level: 1, name: h.page.heading })).toBeVisible();
        await expect(page).toHaveURL(new RegExp(`/groepen/${demoGroup.slug}/groepscheck$`));
        const list = page.getByRole('region', { name: h.list.heading });
        await expect(list.getByRole('article')).toHaveCount(8);
        const contract = list.getByRole('article', { name: 'Groepscontract afgesproken' });
        // The coordinator has not agreed to the new version yet, so not everyone agreed.
        await expect(contract).toContainText(/\d+ van \d+ leden akkoord/);
        await expect(contract.getByText(h.list.tip)).toBeVisible();
        await expect(contract.getByRole('link', { name: h.actions.contract })).toBeVisible();
        await expect(page.getByRole('region', { name: h.summary.heading })).toContainText(/aandacht/);
        await expectNoAxeViolations(page, 'de groepscheck');
      });
    } finally {
      await leaveDemoGroup(request, demoGroup.id, member);
    }
  });
});
