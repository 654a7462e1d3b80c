import { readFile } from 'node:fs/promises';
import { expect, test, type Locator } from '@playwright/test';
import { adminNl, nl, researchNl } from '../src/i18n/nl';
import { expectNoAxeViolations } from './axe';
import { DEMO_ADMIN, header, logIn } from './support';

// research/demo.py seeds the evaluations the demo admin looks at.
const d = researchNl.dashboard;
const s = researchNl.summary;
const c = researchNl.common;
const MIN_CELL = 5;

const CSV_COLUMNS = [
  'section',
  'criterion',
  'criterion_label',
  'dimension',
  'category',
  'category_label',
  'count',
  'mean',
  'answer_1',
  'answer_2',
  'answer_3',
  'answer_4',
  'answer_5',
  'suppressed',
  'distribution_suppressed',
];

/** The chart is on screen and Chart.js drew on it (the canvas is no longer blank). */
async function expectDrawnChart(chart: Locator) {
  await expect(chart).toBeVisible();
  await expect
    .poll(() =>
      chart.evaluate((canvas: HTMLCanvasElement) => {
        const context = canvas.getContext('2d');
        if (!context || canvas.width === 0 || canvas.height === 0) return 0;
        const pixels = context.getImageData(0, 0, canvas.width, canvas.height).data;
        let painted = 0;
        for (let index = 3; index < pixels.length; index += 4) if ((pixels[index] ?? 0) > 0) painted += 1;
        return painted;
      }),
    )
    .toBeGreaterThan(500);
}

/** Opens "Toon als tabel" in a figure and returns its table. */
async function openTable(figure: Locator): Promise<Locator> {
  await figure.getByText(c.showTable, { exact: false }).first().click();
  const table = figure.getByRole('table');
  await expect(table).toBeVisible();
  return table;
}

test.describe('research', () => {
  test('the admin reads the dashboard, with charts and tables, and downloads the CSV', async ({ page }) => {
    await test.step('open the dashboard from the admin home', async () => {
      await logIn(page, DEMO_ADMIN.email, DEMO_ADMIN.password);
      await header(page).getByRole('link', { name: adminNl.layout.admin }).click();
      await expect(page.getByRole('heading', { level: 1, name: adminNl.home.heading })).toBeVisible();
      await page.getByRole('link', { name: 'Onderzoek', exact: true }).click();
      await expect(page.getByRole('heading', { level: 1, name: d.heading })).toBeVisible();
      await expect(page).toHaveURL(/\/beheer\/onderzoek$/);
    });

    await test.step('response counts and the means per criterion', async () => {
      const facts = page.getByRole('region', { name: d.factsHeading });
      await expect(facts.getByText(d.responseCount('Evaluaties na een bijeenkomst'))).toBeVisible();
      await expect(facts.locator('dd').first()).toHaveText(/^\d[\d.]*$/);

      const means = page.getByRole('region', { name: d.meansHeading });
      await expectDrawnChart(means.getByRole('img'));
      const table = await openTable(means);
      const safety = table.getByRole('row', { name: /Veiligheid/ });
      await expect(safety.getByRole('cell').nth(1)).toHaveText(/^\d[\d.]*$/);
      await expect(safety.getByRole('cell').nth(2)).toHaveText(/^[1-5],\d\d$/);
    });

    await test.step('comparisons: facilitator, mode and frequency', async () => {
      for (const title of ['Met en zonder geschoolde begeleider', 'Fysiek, online of hybride', 'Hoe vaak de groep bijeenkomt']) {
        const figure = page.getByRole('region', { name: title });
        await expectDrawnChart(figure.getByRole('img'));
        await expect(figure.getByRole('img')).toHaveAttribute('aria-label', /gemiddelde per criterium/);
      }
      const facilitator = page.getByRole('region', { name: 'Met en zonder geschoolde begeleider' });
      const table = await openTable(facilitator);
      await expect(table.getByRole('columnheader', { name: 'Geschoolde begeleider' })).toBeVisible();
      await expect(table.getByRole('row', { name: /Veiligheid/ }).getByRole('cell').first()).toHaveText(/^\d,\d\d \(n = \d[\d.]*\)$/);
    });

    await test.step('one criterion in detail: distribution and trend', async () => {
      await page.getByLabel(d.criterionField, { exact: true }).selectOption('depth_level');
      await page.getByRole('radio', { name: 'Hoe vaak de groep bijeenkomt' }).check();
      const distribution = page.getByRole('region', { name: d.distributionHeading('Diepgang') });
      await expectDrawnChart(distribution.getByRole('img'));
      const table = await openTable(distribution);
      await expect(table.getByRole('columnheader', { name: '3 – Waarden en overtuigingen' })).toBeVisible();
      await expect(table.getByRole('row', { name: /Alle antwoorden/ }).getByRole('cell').nth(1)).toHaveText(/^\d+(,\d)?% \(\d[\d.]*\)$/);

      const trend = page.getByRole('region', { name: d.overTimeHeading('Diepgang', false) });
      await expectDrawnChart(trend.getByRole('img'));
      const trendTable = await openTable(trend);
      await expect(trendTable.getByRole('row')).not.toHaveCount(1);
    });

    await expectNoAxeViolations(page, '/beheer/onderzoek (bijeenkomsten)');

    await test.step('the yearly evaluations tab', async () => {
      await page.getByRole('tab', { name: d.tabs.yearly }).click();
      await expect(page.getByRole('heading', { level: 2, name: 'Jaarevaluaties van groep en werkwijze' })).toBeVisible();
      const means = page.getByRole('region', { name: d.meansHeading });
      await expectDrawnChart(means.getByRole('img'));
      await openTable(means);
      await expectNoAxeViolations(page, '/beheer/onderzoek (jaarevaluaties)');
    });

    await test.step('download the CSV: the documented columns and no cell under 5', async () => {
      const downloading = page.waitForEvent('download');
      await page.getByRole('button', { name: new RegExp(d.exportButton) }).click();
      const download = await downloading;
      expect(download.suggestedFilename()).toMatch(/^intervisiewijzer-onderzoek-\d{4}-\d{2}-\d{2}\.csv$/);
      const text = (await readFile(await download.path(), 'utf-8')).replace(/^\ufeff/, '');
      const [head, ...rows] = text.trim().split('\r\n');
      expect(head?.split(';')).toEqual(CSV_COLUMNS);
      expect(rows.length).toBeGreaterThan(50);
      const numeric = ['count', 'answer_1', 'answer_2', 'answer_3', 'answer_4', 'answer_5'].map((name) =>
        CSV_COLUMNS.indexOf(name),
      );
      let withNumbers = 0;
      for (const row of rows) {
        const cells = row.split(';');
        expect(cells).toHaveLength(CSV_COLUMNS.length);
        for (const index of numeric) {
          const value = cells[index] ?? '';
          if (value === '') continue;
          const number = Number(value);
          expect(Number.isInteger(number), `${row}`).toBe(true);
          expect(number === 0 || number >= MIN_CELL, `cel onder ${MIN_CELL}: ${row}`).toBe(true);
        }
        if (cells[CSV_COLUMNS.indexOf('suppressed')] === '1') {
          expect(cells[CSV_COLUMNS.indexOf('count')]).toBe('');
          expect(cells[CSV_COLUMNS.indexOf('mean')]).toBe('');
        } else if (Number(cells[CSV_COLUMNS.indexOf('count')]) >= MIN_CELL) {
          withNumbers += 1;
        }
      }
      expect(withNumbers).toBeGreaterThan(20);
    });
  });

  test('anyone reads the public summary from the footer', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('contentinfo').getByRole('link', { name: researchNl.footerLink }).click();
    await expect(page.getByRole('heading', { level: 1, name: s.heading })).toBeVisible();
    await expect(header(page).getByRole('link', { name: nl.layout.login })).toBeVisible();

    await expect(page.getByRole('region', { name: s.privacyHeading })).toContainText(`kleiner is dan ${MIN_CELL}`);
    const findings = page.getByRole('region', { name: s.findingsHeading });
    await expect(findings.getByRole('listitem').first()).toContainText(/gemiddeld \d,\d\d tegen \d,\d\d/);

    const compare = page.getByRole('region', { name: s.compareHeading('Evaluaties na een bijeenkomst') });
    await expectDrawnChart(compare.getByRole('img'));
    const table = await openTable(compare);
    await expect(table.getByRole('row', { name: /Veiligheid/ }).getByRole('cell').first()).toHaveText(/^\d,\d\d \(n = \d[\d.]*\)$/);

    const depth = page.getByRole('region', { name: s.depthHeading });
    await expectDrawnChart(depth.getByRole('img'));
    await openTable(depth);

    await expectNoAxeViolations(page, '/onderzoek');
  });
});
