import { expect, test, type Page } from '@playwright/test';
import { eventsNl, nl } from '../src/i18n/nl';
import { expectNoAxeViolations } from './axe';
import { DEMO_ADMIN, DEMO_MEMBER, header, logIn, logOut, TEST_PASSWORD } from './support';

// The demo data has no events, so the admin creates one through the UI; the demo member
// (Sanne van Dam, DEMO_MEMBER.name) becomes its coach.
const f = eventsNl.form;
const r = eventsNl.registration;
const a = eventsNl.admin;

/** A date some weeks ahead, as the Dutch date field expects it ("2026-12-09"). */
function dateAhead(days: number): string {
  const day = new Date(Date.now() + days * 24 * 60 * 60 * 1000);
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(day);
}

/** Opens an event from the public list, loading more events when it is not on the first page. */
async function openFromList(page: Page, title: string) {
  await header(page).getByRole('link', { name: eventsNl.layout.events }).click();
  await expect(page.getByRole('heading', { level: 1, name: eventsNl.list.heading })).toBeVisible();
  const link = page.getByRole('link', { name: title, exact: true });
  const more = page.getByRole('button', { name: eventsNl.list.more });
  await expect(page.locator('.event-list, .empty-state').first()).toBeVisible();
  while (!(await link.isVisible()) && (await more.isVisible())) {
    await more.click();
    await expect(page.getByRole('button', { name: eventsNl.list.loadingMore })).toHaveCount(0);
  }
  await link.click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
}

test.describe('thematic meetings', () => {
  test('admin sets up an event with a coach, a member registers, rooms are assigned', async ({ page }) => {
    const suffix = Math.random().toString(36).slice(2, 7);
    const title = `Veilig hechten na trauma ${suffix}`;
    const email = `thema-${Date.now()}-${suffix}@example.nl`;
    const participant = `Jesse Jeugdzorg ${suffix}`;
    let adminPath = '';

    await test.step('the admin creates and publishes an event', async () => {
      await logIn(page, DEMO_ADMIN.email, DEMO_ADMIN.password);
      await header(page).getByRole('link', { name: eventsNl.layout.events }).click();
      await page.getByRole('link', { name: eventsNl.list.manage }).click();
      await expect(page.getByRole('heading', { level: 1, name: a.heading })).toBeVisible();
      await page.getByRole('link', { name: a.newEvent }).click();
      await expect(page.getByRole('heading', { level: 1, name: f.newHeading })).toBeVisible();

      await page.getByRole('button', { name: f.submitNew }).click();
      const summary = page.getByRole('region', { name: nl.errors.summaryTitle });
      await expect(summary).toBeFocused();
      await expect(summary.getByRole('link', { name: f.validation.themeRequired })).toBeVisible();

      await page.getByLabel(f.theme).fill('Traumasensitief werken');
      await page.getByLabel(f.title).fill(title);
      await page
        .getByLabel(f.description)
        .fill('Wat doet trauma met een kind, en wat vraagt dat van jou als opvoeder?\n\nWe oefenen met een casus uit de praktijk.');
      await page.getByLabel(f.expert).fill('Dr. Mirjam Hoekstra, orthopedagoog');
      await page.getByLabel(f.date).fill(dateAhead(30));
      await page.getByLabel(f.startTime).fill('19:30');
      await page.getByLabel(f.endTime).fill('21:30');
      await page.getByLabel(f.plenaryUrl).fill('https://meet.jit.si/intervisiewijzer-plenair-test');
      await page.getByLabel(f.capacity).fill('24');
      await expect(page.getByLabel(f.roomSizeMax)).toHaveValue('8');
      await page.getByRole('radio', { name: 'Gepubliceerd' }).check();
      await page.getByRole('button', { name: f.submitNew }).click();

      await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
      await expect(page.getByRole('status').filter({ hasText: a.created })).toBeVisible();
      await expect(page).toHaveURL(/\/beheer\/themabijeenkomsten\/[0-9a-f-]{36}$/);
      adminPath = new URL(page.url()).pathname;
    });

    await test.step('the admin picks a coach from the candidates', async () => {
      const coaches = page.getByRole('region', { name: eventsNl.coaches.heading });
      await expect(coaches.getByText(eventsNl.coaches.none)).toBeVisible();
      await coaches.getByRole('searchbox', { name: eventsNl.coaches.search }).fill(DEMO_MEMBER.name);
      await coaches.getByRole('button', { name: eventsNl.coaches.searchSubmit }).click();
      const candidates = coaches.getByRole('list', { name: eventsNl.coaches.resultsLabel });
      await candidates.getByRole('button', { name: `${eventsNl.coaches.add} (${DEMO_MEMBER.name})` }).click();
      await expect(page.getByRole('status').filter({ hasText: eventsNl.coaches.added(DEMO_MEMBER.name) })).toBeVisible();
      await expect(coaches.getByRole('button', { name: `${eventsNl.coaches.remove} (${DEMO_MEMBER.name})` })).toBeVisible();
      await expect(candidates.getByText(eventsNl.coaches.already)).toBeVisible();
      await logOut(page);
    });

    await test.step('a new member registers for the event', async () => {
      await page.goto('/registreren');
      await page.getByLabel(nl.fields.email).fill(email);
      await page.getByLabel(nl.fields.password).fill(TEST_PASSWORD);
      await page.getByLabel(nl.fields.fullName).fill(participant);
      await page.getByLabel(nl.fields.kind).selectOption('jeugdzorgwerker');
      await page.getByRole('button', { name: nl.register.submit }).click();
      await expect(page).toHaveURL(/\/mijn-profiel$/);

      await header(page).getByRole('link', { name: eventsNl.layout.events }).click();
      await expect(page.getByRole('link', { name: title, exact: true }).or(page.getByRole('button', { name: eventsNl.list.more }))).toBeVisible();
      await expectNoAxeViolations(page, 'de lijst met themabijeenkomsten');
      await openFromList(page, title);

      const panel = page.getByRole('region', { name: r.heading });
      await expect(panel.getByText(r.spotsLeft(24))).toBeVisible();
      await panel.getByRole('button', { name: r.submit, exact: true }).click();
      const mine = page.getByRole('region', { name: r.yourHeading });
      await expect(mine.getByRole('status').filter({ hasText: r.registered })).toBeVisible();
      await expect(mine.getByText(r.roomPending)).toBeVisible();
      await expect(mine.getByRole('link', { name: new RegExp(`^${r.plenaryLink}`) })).toHaveAttribute(
        'href',
        'https://meet.jit.si/intervisiewijzer-plenair-test',
      );
      await logOut(page);
    });

    await test.step('the admin assigns the rooms and reads the report', async () => {
      await logIn(page, DEMO_ADMIN.email, DEMO_ADMIN.password);
      await page.goto(adminPath);
      await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
      await expect(page.getByRole('table', { name: eventsNl.registrations.tableLabel }).getByText(participant)).toBeVisible();

      const rooms = page.getByRole('region', { name: eventsNl.rooms.heading });
      await rooms.getByRole('button', { name: eventsNl.rooms.assign }).click();
      await expect(page.getByRole('status').filter({ hasText: eventsNl.rooms.assigned(1) })).toBeVisible();
      const report = rooms.getByRole('region', { name: eventsNl.report.heading });
      await expect(report.getByText(eventsNl.report.allHardMet)).toBeVisible();
      await expect(report.getByText(eventsNl.report.sentences.one_coach_per_room(0))).toBeVisible();
      await expect(report.getByText(eventsNl.report.sentences.size_balance(0))).toBeVisible();
      const room = rooms.getByRole('article', { name: eventsNl.rooms.roomHeading(1) });
      await expect(room.getByText(eventsNl.rooms.coach(DEMO_MEMBER.name))).toBeVisible();
      await expect(room.getByText(participant)).toBeVisible();
      await expect(rooms.getByRole('button', { name: eventsNl.rooms.reassign })).toBeVisible();
      await expectNoAxeViolations(page, 'de beheerpagina met kamers en verslag');
      await logOut(page);
    });

    await test.step('the participant sees their room, the links and can download the calendar file', async () => {
      await logIn(page, email, TEST_PASSWORD);
      await openFromList(page, title);
      const mine = page.getByRole('region', { name: r.yourHeading });
      await expect(mine.getByText(r.yourRoom(1, DEMO_MEMBER.name))).toBeVisible();
      const roomLink = mine.getByRole('link', { name: new RegExp(`^${r.roomLink}`) });
      await expect(roomLink).toHaveAttribute('href', /^https:\/\/meet\.jit\.si\/intervisiewijzer-[0-9a-f]{8}-kamer-1-/);
      await expect(mine.getByRole('link', { name: new RegExp(`^${r.plenaryLink}`) })).toBeVisible();
      await expectNoAxeViolations(page, 'de bijeenkomst met je kamer');

      const download = page.waitForEvent('download');
      await mine.getByRole('button', { name: r.calendar }).click();
      expect((await download).suggestedFilename()).toMatch(/^themabijeenkomst-\d{4}-\d{2}-\d{2}\.ics$/);
      await expect(mine.getByRole('status').filter({ hasText: r.calendarDone })).toBeVisible();
      await logOut(page);
    });

    await test.step('the coach sees who is in their room', async () => {
      await logIn(page, DEMO_MEMBER.email, DEMO_MEMBER.password);
      await openFromList(page, title);
      const coach = page.getByRole('region', { name: r.coachHeading });
      await expect(coach.getByRole('heading', { name: eventsNl.coach.roomHeading(1) })).toBeVisible();
      await expect(coach.getByText(participant)).toBeVisible();
      await expect(coach.getByRole('link', { name: new RegExp(`^${eventsNl.coach.roomLink(1)}`) })).toBeVisible();
    });
  });

  test('members who are not admins get a clear message on the admin pages', async ({ page }) => {
    await logIn(page, DEMO_MEMBER.email, DEMO_MEMBER.password);
    await page.goto('/beheer/themabijeenkomsten');
    await expect(page.getByRole('heading', { level: 1, name: a.forbiddenHeading })).toBeVisible();
    await expect(page.getByText(a.forbiddenText)).toBeVisible();
  });
});
