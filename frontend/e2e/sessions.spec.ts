import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { sessionsNl } from '../src/i18n/nl';
import { expectNoAxeViolations } from './axe';
import {
  addMemberToDemoGroup,
  DEMO_MEMBER,
  demoCoordinatorGroup,
  type DemoGroup,
  header,
  leaveDemoGroup,
  logIn,
  logOut,
  TEST_PASSWORD,
} from './support';

const s = sessionsNl;

let demoGroup: DemoGroup;

test.beforeAll(async ({ playwright, baseURL }) => {
  const api = await playwright.request.newContext({ baseURL });
  demoGroup = await demoCoordinatorGroup(api);
  await api.dispose();
});

/** Dutch date and time of a moment, as the date and time inputs take them. */
function amsterdam(moment: Date): { date: string; time: string } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/Amsterdam',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(moment)
      .map((part) => [part.type, part.value]),
  );
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}

/** A half-hour session that started 90 minutes ago and is over, within one Dutch day. */
function sessionThatHasBeen(now = new Date()) {
  let start = new Date(now.getTime() - 90 * 60_000);
  if (amsterdam(start).time >= '23:30') start = new Date(start.getTime() - 40 * 60_000);
  const end = new Date(start.getTime() + 30 * 60_000);
  return { date: amsterdam(start).date, start: amsterdam(start).time, end: amsterdam(end).time };
}

function sessionCard(page: Page, sessionId: string) {
  return page.getByRole('listitem').filter({ has: page.locator(`a[href="/bijeenkomsten/${sessionId}"]`) });
}

test.describe('sessions', () => {
  test('plan, answer, record attendance, confirm and count it for re-registration', async ({ page, request }) => {
    const member = await addMemberToDemoGroup(request, demoGroup.id, { emailPrefix: 'sessie', name: 'Mila Aanwezig' });
    const place = `Bij Sanne thuis, kamer ${Math.random().toString(36).slice(2, 6)}`;
    const tomorrow = amsterdam(new Date(Date.now() + 24 * 3_600_000)).date;
    let sessionId = '';

    try {
      await test.step('the coordinator plans a session from the group page', async () => {
        await logIn(page, DEMO_MEMBER.email, DEMO_MEMBER.password);
        await page.goto(`/groepen/${demoGroup.slug}`);
        const teaser = page.getByRole('region', { name: s.teaser.heading });
        await expect(teaser).toBeVisible();
        await teaser.getByRole('link', { name: s.teaser.plan }).click();
        await expect(page.getByRole('heading', { level: 1, name: s.group.heading })).toBeVisible();
        await expect(page).toHaveURL(new RegExp(`/groepen/${demoGroup.slug}/bijeenkomsten$`));

        await page.getByRole('button', { name: s.group.planOne, exact: true }).click();
        const form = page.locator('form#bijeenkomst');
        await form.getByLabel(s.form.date).fill(tomorrow);
        await form.getByLabel(s.form.startTime).fill('19:30');
        await form.getByLabel(s.form.endTime).fill('21:30');
        await form.getByLabel(s.form.location).fill(place);
        await form.getByLabel(s.form.method).selectOption({ label: 'Incidentmethode' });
        await form.getByLabel(s.form.caseBringer).selectOption({ label: member.fullName });
        await expectNoAxeViolations(page, 'het formulier om een bijeenkomst te plannen');
        await form.getByRole('button', { name: s.form.submitNew }).click();

        await expect(page.getByRole('status').filter({ hasText: 'is gepland' })).toBeVisible();
        // The new session is the one with the new member as case bringer.
        const card = page.getByRole('listitem').filter({ hasText: member.fullName });
        await expect(card).toHaveCount(1);
        await expect(card.getByText('19:30 – 21:30')).toBeVisible();
        await expectNoAxeViolations(page, 'de bijeenkomsten van de groep');
        await card.getByRole('heading').getByRole('link').click();
        await expect(page.getByText(place)).toBeVisible();
        sessionId = new URL(page.url()).pathname.split('/').pop() ?? '';
        expect(sessionId).toMatch(/^[0-9a-f-]{36}$/);
        await expect(page.getByRole('heading', { level: 2, name: s.rsvp.question })).toBeVisible();
        await logOut(page);
      });

      await test.step('the member says they will come, from Mijn bijeenkomsten', async () => {
        await logIn(page, member.email, TEST_PASSWORD);
        await header(page).getByRole('link', { name: s.layout.mySessions, exact: true }).click();
        await expect(page.getByRole('heading', { level: 1, name: s.mine.heading })).toBeVisible();
        const card = sessionCard(page, sessionId);
        await expect(card).toBeVisible();
        await expect(card.getByText(s.rsvp.stateNone)).toBeVisible();
        await expectNoAxeViolations(page, 'mijn bijeenkomsten');

        const yes = card.getByRole('button', { name: new RegExp(`^${s.rsvp.yes} \\(`) });
        await yes.click();
        await expect(card.getByRole('status')).toHaveText(s.rsvp.savedPresent);
        await expect(yes).toHaveAttribute('aria-pressed', 'true');
        await expect(card.getByText(s.rsvp.statePresent)).toBeVisible();
        await logOut(page);
      });

      await test.step('the coordinator moves the session to earlier today and records who was there', async () => {
        // Answers close when a session starts and attendance opens then, so the session is
        // planned ahead, answered, and then moved into the past (the API allows that until the
        // attendance is recorded).
        await logIn(page, DEMO_MEMBER.email, DEMO_MEMBER.password);
        await page.goto(`/bijeenkomsten/${sessionId}`);
        const who = page.getByRole('region', { name: s.session.whoHeading });
        await expect(who.getByText(member.fullName)).toBeVisible();
        await page.getByRole('link', { name: s.session.edit }).click();
        await expect(page.getByRole('heading', { level: 1, name: s.edit.heading })).toBeVisible();

        const when = sessionThatHasBeen();
        await page.getByLabel(s.form.date).fill(when.date);
        await page.getByLabel(s.form.startTime).fill(when.start);
        await page.getByLabel(s.form.endTime).fill(when.end);
        await page.getByRole('button', { name: s.form.submitEdit }).click();
        await expect(page.getByRole('status').filter({ hasText: s.edit.saved })).toBeVisible();
        await expect(page).toHaveURL(new RegExp(`/bijeenkomsten/${sessionId}$`));

        const attendance = page.getByRole('region', { name: s.attendance.heading });
        await expect(attendance.getByText(s.attendance.notRecordedYet)).toBeVisible();
        const list = attendance.getByRole('group', { name: s.attendance.legend });
        // Who said they would come starts ticked.
        await expect(list.getByRole('checkbox', { name: member.fullName })).toBeChecked();
        await list.getByRole('checkbox', { name: /Sanne van Dam/ }).check();
        await attendance.getByRole('button', { name: s.attendance.submitFirst }).click();
        await expect(page.getByRole('status').filter({ hasText: s.attendance.saved(2) })).toBeVisible();
        await expect(attendance.getByRole('list', { name: s.attendance.listLabel }).getByText(member.fullName)).toBeVisible();
        await expect(attendance.getByText(s.attendance.auditMarkedPresent('Sanne van Dam', member.fullName))).toBeVisible();
        await expect(attendance.getByRole('button', { name: s.attendance.pdf })).toBeVisible();
        await expectNoAxeViolations(page, 'de bijeenkomst met presentielijst (coördinator)');
        await logOut(page);
      });

      await test.step('the member confirms ("aftekenen") and downloads the attendance list', async () => {
        await logIn(page, member.email, TEST_PASSWORD);
        await header(page).getByRole('link', { name: s.layout.evidence, exact: true }).click();
        await expect(page.getByRole('heading', { level: 1, name: s.evidence.heading })).toBeVisible();
        const pending = page.getByRole('region', { name: s.evidence.pendingHeading });
        await expect(pending.getByRole('listitem')).toHaveCount(1);
        await expect(pending.getByRole('listitem')).toContainText(demoGroup.name);
        await pending.getByRole('link', { name: new RegExp(`^${s.evidence.pendingAction}`) }).click();
        await expect(page).toHaveURL(new RegExp(`/bijeenkomsten/${sessionId}$`));

        const attendance = page.getByRole('region', { name: s.attendance.heading });
        await expect(attendance.getByText(s.attendance.confirmIntro)).toBeVisible();
        await attendance.getByRole('button', { name: s.attendance.confirm, exact: true }).click();
        await expect(attendance.getByText(/^Je hebt afgetekend op \d{1,2} \w+ \d{4} om \d{2}:\d{2}\./)).toBeVisible();
        await expect(attendance.getByRole('button', { name: s.attendance.confirm, exact: true })).toHaveCount(0);
        await expectNoAxeViolations(page, 'de bijeenkomst met presentielijst (lid)');

        const pdfResponse = page.waitForResponse((response) => response.url().endsWith(`/sessions/${sessionId}/attendance.pdf`));
        const downloadEvent = page.waitForEvent('download');
        await attendance.getByRole('button', { name: s.attendance.pdf }).click();
        const [response, download] = await Promise.all([pdfResponse, downloadEvent]);
        expect(response.status()).toBe(200);
        expect(response.headers()['content-type']).toContain('application/pdf');
        expect(download.suggestedFilename()).toMatch(/^presentielijst-.+\.pdf$/);
        const file = await readFile(await download.path());
        expect(file.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      });

      await test.step('the verantwoording counts one confirmed meeting', async () => {
        await header(page).getByRole('link', { name: s.layout.evidence, exact: true }).click();
        const progress = page.getByRole('progressbar', { name: s.evidence.progressHeading });
        await expect(progress).toHaveAttribute('aria-valuetext', s.evidence.progressValue(1, 20));
        await expect(progress).toHaveAttribute('aria-valuenow', '1');
        await expect(page.getByText(s.evidence.progressValue(1, 20), { exact: true })).toBeVisible();
        await expect(page.getByRole('region', { name: s.evidence.pendingHeading })).toHaveCount(0);
        const activities = page.getByRole('list', { name: s.evidence.activitiesLabel });
        await expect(activities.getByRole('listitem')).toHaveCount(1);
        await expect(activities.getByRole('link', { name: demoGroup.name })).toBeVisible();
        await expectNoAxeViolations(page, 'mijn verantwoording');
      });
    } finally {
      await leaveDemoGroup(request, demoGroup.id, member);
    }
  });

  test('plan a series with a live preview of its dates, then turn on the calendar link', async ({ page, context }) => {
    await logIn(page, DEMO_MEMBER.email, DEMO_MEMBER.password);
    await page.goto(`/groepen/${demoGroup.slug}/bijeenkomsten`);
    await page.getByRole('button', { name: s.group.planSeries, exact: true }).click();
    const form = page.locator('form#reeks');
    const previewSection = form.getByRole('region', { name: s.series.previewHeading, exact: true });
    const preview = form.getByRole('region', { name: s.series.previewList });

    // Every two weeks from 2 March 2027: the fourth date falls after summer time starts (28 March).
    await form.getByLabel(s.series.firstDate).fill('2027-03-02');
    await form.getByLabel(s.form.startTime).fill('19:30');
    await form.getByLabel(s.form.endTime).fill('21:00');
    await form.getByLabel(s.series.interval).selectOption('2');
    await form.getByLabel(s.series.count, { exact: true }).fill('4');
    await expect(previewSection.getByRole('status')).toHaveText(
      s.series.previewSummary(4, 'dinsdag 2 maart 2027', 'dinsdag 13 april 2027'),
    );
    await expect(preview.getByRole('listitem')).toHaveText([
      /dinsdag 2 maart 2027\s*19:30 – 21:00/,
      /dinsdag 16 maart 2027\s*19:30 – 21:00/,
      /dinsdag 30 maart 2027\s*19:30 – 21:00/,
      /dinsdag 13 april 2027\s*19:30 – 21:00/,
    ]);
    await expect(form.getByText(s.series.previewDstNote)).toBeVisible();

    await form.getByLabel(s.series.endUntil).check();
    await form.getByLabel(s.series.until).fill('2027-03-20');
    await expect(preview.getByRole('listitem')).toHaveCount(2);
    await form.getByLabel(s.series.endCount).check();
    await expect(preview.getByRole('listitem')).toHaveCount(4);
    await expectNoAxeViolations(page, 'het formulier voor een reeks met voorbeeld');

    await form.getByRole('button', { name: s.series.submit(4) }).click();
    await expect(page.getByRole('status').filter({ hasText: s.group.seriesPlanned(4) })).toBeVisible();
    await expect(page.getByRole('link', { name: 'dinsdag 30 maart 2027' }).first()).toBeVisible();

    await page.getByRole('tab', { name: s.group.past }).click();
    await expect(page).toHaveURL(/weergave=afgelopen/);
    await expect(page.getByRole('tab', { name: s.group.past })).toHaveAttribute('aria-selected', 'true');

    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await header(page).getByRole('link', { name: s.layout.evidence, exact: true }).click();
    const feed = page.getByRole('region', { name: s.feed.heading });
    const existing = feed.getByRole('button', { name: s.feed.rotate });
    await expect(feed.getByRole('button', { name: new RegExp(`^(${s.feed.create}|${s.feed.rotate})$`) })).toBeVisible();
    if (await existing.isVisible()) {
      await existing.click();
      await page.getByRole('dialog', { name: s.feed.rotateTitle }).getByRole('button', { name: s.feed.rotate }).click();
    } else {
      await feed.getByRole('button', { name: s.feed.create }).click();
    }
    const link = feed.getByLabel(s.feed.urlLabel);
    await expect(link).toHaveValue(/\/api\/v1\/calendar\/.+\.ics$/);
    await feed.getByRole('button', { name: s.copy.copy }).click();
    await expect(feed.getByText(s.copy.copied)).toBeVisible();
    const url = await link.inputValue();
    const calendar = await page.request.get(new URL(new URL(url).pathname, page.url()).toString());
    expect(calendar.headers()['content-type']).toContain('text/calendar');
    expect(await calendar.text()).toContain('BEGIN:VCALENDAR');

    await feed.getByRole('button', { name: s.feed.revoke }).click();
    await page.getByRole('dialog', { name: s.feed.revokeTitle }).getByRole('button', { name: s.feed.revoke }).click();
    await expect(feed.getByText(s.feed.inactive)).toBeVisible();
    await expect(feed.getByLabel(s.feed.urlLabel)).toHaveCount(0);
    const gone = await page.request.get(new URL(new URL(url).pathname, page.url()).toString());
    expect(gone.status()).toBe(404);
  });
});
