/**
 * The embeddable finder on a partner site: demo-partner/ is served from another origin
 * (http://127.0.0.1:8766, allowed through IW_CORS_ORIGINS in scripts/e2e-server.sh) and loads
 * the widget script from the API origin. Needs `npm run build` first (dist/widget/).
 */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';

const PARTNER_PORT = 8766;
const PARTNER = `http://127.0.0.1:${PARTNER_PORT}`;
const API = process.env.E2E_BASE_URL ?? `http://127.0.0.1:${process.env.E2E_PORT ?? '8765'}`;
const DEMO_DIR = fileURLToPath(new URL('../demo-partner/', import.meta.url));
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8' };

/** A tiny static server for the partner page; points the embed at the API under test. */
function startPartnerSite(): Promise<Server> {
  const server = createServer(async (request, response) => {
    const path = new URL(request.url ?? '/', PARTNER).pathname;
    if (path === '/favicon.ico') {
      response.writeHead(204).end();
      return;
    }
    const file = normalize(join(DEMO_DIR, path === '/' ? 'index.html' : path));
    if (!file.startsWith(DEMO_DIR)) {
      response.writeHead(403).end();
      return;
    }
    try {
      let body = await readFile(file, 'utf8');
      if (file.endsWith('.html')) body = body.replaceAll('http://127.0.0.1:8765', API);
      response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Niet gevonden');
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(PARTNER_PORT, '127.0.0.1', () => resolve(server));
  });
}

let partnerSite: Server | undefined;
test.beforeAll(async ({ request }) => {
  const script = await request.get(`${API}/widget/intervisie-finder.js`);
  expect(
    script.headers()['content-type'] ?? '',
    'dist/widget/intervisie-finder.js ontbreekt: draai eerst "npm run build" (of "npm run build:widget")',
  ).toContain('javascript');
  partnerSite = await startPartnerSite();
});
test.afterAll(async () => {
  await new Promise((resolve) => (partnerSite ? partnerSite.close(resolve) : resolve(undefined)));
});

function finder(page: Page) {
  const host = page.locator('intervisie-finder');
  // Playwright's CSS and role locators pierce open shadow roots.
  return {
    host,
    near: host.getByLabel('Postcode of plaats'),
    radius: host.getByLabel('Afstand'),
    vacancy: host.getByLabel('Alleen groepen met een vrije plek'),
    submit: host.getByRole('button', { name: 'Zoeken', exact: true }),
    status: host.getByRole('status'),
    alert: host.getByRole('alert'),
    results: host.getByRole('list', { name: 'Gevonden groepen' }),
    cards: host.locator('ul.results > li'),
    more: host.getByRole('button', { name: 'Meer laden' }),
  };
}

/** Console errors and uncaught exceptions of the partner page (CSP violations are logged as errors). */
function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

async function computed(locator: Locator, property: string): Promise<string> {
  return locator.evaluate((element, name) => getComputedStyle(element).getPropertyValue(name), property);
}

test.describe('partner widget', () => {
  test('finds groups inside a partner page, isolated and accessible', async ({ page }) => {
    const mapRequests: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('intervisie-finder-map')) mapRequests.push(request.url());
    });
    const widget = finder(page);
    const errors = collectErrors(page);

    await test.step('the widget renders in its own shadow root', async () => {
      await page.goto(`${PARTNER}/`);
      await expect(page.getByRole('heading', { level: 1, name: 'Intervisie vinden' })).toBeVisible();
      await expect(widget.host.getByRole('heading', { level: 2, name: 'Vind een intervisiegroep' })).toBeVisible();
      await expect(widget.status).toHaveText(/^\d+ groepen gevonden\. Je ziet er nu 10\.$/);
      await expect(widget.cards).toHaveCount(10);
      const shadow = await widget.host.evaluate((element) => ({
        open: element.shadowRoot !== null,
        lightChildren: element.children.length,
        inShadow: element.shadowRoot?.querySelectorAll('ul.results > li').length ?? 0,
      }));
      expect(shadow).toEqual({ open: true, lightChildren: 0, inShadow: 10 });
      await expectNoAxeViolations(page, 'de partnerpagina met de widget');
    });

    await test.step("the partner's styles do not reach into the widget, and ours do not leak out", async () => {
      const partnerLink = page.getByRole('link', { name: 'Lees meer over intervisie' });
      await expect(partnerLink).toHaveCSS('color', 'rgb(204, 0, 0)');
      const groupLink = widget.cards.first().getByRole('link');
      await expect(groupLink).toHaveCSS('color', 'rgb(10, 90, 120)');
      await expect(widget.submit).not.toHaveCSS('background-color', 'rgb(255, 105, 180)');
      const title = widget.host.getByRole('heading', { level: 2 });
      await expect(title).toHaveCSS('text-transform', 'none');
      expect(await computed(title, 'font-family')).not.toContain('Trebuchet');
      const text = widget.host.locator('.iw');
      expect(await computed(text, 'font-family')).not.toContain('Georgia');
      await expect(text).toHaveCSS('letter-spacing', 'normal');
      await expect(text).toHaveCSS('font-size', '16px'); // not the partner's 62.5 % root size
      await expect(widget.cards.first().locator('ul.facts')).toHaveCSS('list-style-type', 'none');
      // The partner's own ".title" keeps the partner's look (our .title rule stays in the shadow root).
      const partnerTitle = page.getByRole('heading', { name: 'Zelf op je site zetten?' });
      await expect(partnerTitle).toHaveCSS('font-size', '14px');
      await expect(partnerTitle).toHaveCSS('font-weight', '400');
    });

    await test.step('search near 3511 with the keyboard shows groups with distances', async () => {
      await widget.near.focus();
      await expect(widget.near).toHaveCSS('outline-style', 'solid'); // visible focus
      await page.keyboard.type('3511');
      await page.keyboard.press('Enter');
      await expect(widget.status).toHaveText(/groepen gevonden binnen 25 km van 3511 Utrecht/);
      await expect(widget.cards.first()).toContainText(/\d+(,\d)? km afstand/);
      await expect(widget.cards.first()).toContainText(/plek(ken)? vrij|Vol · wachtlijst|In oprichting/);
      await expect(widget.cards.first()).toContainText(/bijeenkomsten? per jaar/);
      await expectNoAxeViolations(page, 'de widget met zoekresultaten');
    });

    await test.step('group links open our group page in a new tab', async () => {
      const link = widget.cards.first().getByRole('link');
      const href = await link.getAttribute('href');
      expect(href).toMatch(new RegExp(`^${API.replaceAll('.', '\\.')}/groepen/[a-z0-9-]+$`));
      await expect(link).toHaveAttribute('target', '_blank');
      await expect(link).toHaveAttribute('rel', 'noopener');
      const [popup] = await Promise.all([page.waitForEvent('popup'), link.click()]);
      await popup.waitForLoadState('domcontentloaded');
      expect(popup.url()).toBe(href);
      await popup.close();
    });

    await test.step('"Meer laden" adds the next page and moves focus to it', async () => {
      await widget.radius.selectOption('100');
      await widget.submit.click();
      await expect(widget.status).toHaveText(/binnen 100 km van 3511 Utrecht.*Je ziet er nu 10\./);
      await widget.more.click();
      await expect(widget.cards).toHaveCount(20);
      await expect(widget.cards.nth(10).getByRole('link')).toBeFocused();
      await expect(widget.status).toHaveText(/Je ziet er nu 20\.$/);
    });

    await test.step('an unknown place shows the explanation and suggestions', async () => {
      await widget.near.fill('Utrcht');
      await widget.submit.click();
      await expect(widget.alert).toContainText("We kennen de plaats of postcode 'Utrcht' niet");
      await expect(widget.near).toHaveAttribute('aria-invalid', 'true');
      await expect(widget.cards).toHaveCount(0);
      await expectNoAxeViolations(page, 'de widget met een foutmelding');
      await widget.alert.getByRole('button', { name: 'Utrecht (Utrecht)' }).click();
      await expect(widget.near).toBeFocused();
      await expect(widget.near).toHaveValue('Utrecht (Utrecht)');
      await expect(widget.status).toHaveText(/binnen 100 km van Utrecht/);
      await expect(widget.alert).toHaveText('');
    });

    await test.step('an ambiguous place offers the places to choose from', async () => {
      await widget.near.fill('Hengelo');
      await widget.submit.click();
      await expect(widget.alert).toContainText("Er zijn meerdere plaatsen met de naam 'Hengelo'");
      await expect(widget.alert.getByRole('button')).toHaveText(['Hengelo (Overijssel)', 'Hengelo (Gelderland)']);
      await widget.alert.getByRole('button', { name: 'Hengelo (Gelderland)' }).click();
      await expect(widget.status).toHaveText(/van Hengelo/);
    });

    await test.step('the vacancy toggle filters out full groups', async () => {
      await widget.near.fill('3511');
      await widget.radius.selectOption('25');
      await widget.vacancy.check();
      await widget.submit.click();
      await expect(widget.status).toHaveText(/binnen 25 km van 3511 Utrecht/);
      await expect(widget.cards.filter({ hasText: 'Vol · wachtlijst' })).toHaveCount(0);
    });

    await test.step('it adapts to a narrow container', async () => {
      await page.setViewportSize({ width: 360, height: 800 });
      const nearBox = await widget.near.boundingBox();
      const submitBox = await widget.submit.boundingBox();
      expect(submitBox!.y).toBeGreaterThan(nearBox!.y + nearBox!.height - 1);
      await expectNoAxeViolations(page, 'de widget op een smal scherm');
    });

    expect(mapRequests, 'zonder map="true" laadt de kaart niet').toEqual([]);
    // The unknown place answers 422, which the browser logs; anything else (e.g. CSP) is a bug.
    expect(errors.filter((text) => !text.includes('422'))).toEqual([]);
  });

  test('map="true" lazily loads the map script from the widget origin', async ({ page }) => {
    const mapRequests: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('intervisie-finder-map')) mapRequests.push(request.url());
    });
    const widget = finder(page);
    const errors = collectErrors(page);
    await page.goto(`${PARTNER}/kaart.html`);
    await expect(widget.status).toHaveText(/binnen 25 km van 3511 Utrecht/);
    const map = widget.host.getByRole('region', { name: /Kaart met de gevonden groepen/ });
    await expect(map).toBeVisible();
    const marker = map.locator('path.leaflet-interactive').first();
    await expect(marker).toBeAttached();
    expect(mapRequests).toEqual([`${API}/widget/intervisie-finder-map.js`]);
    await expectNoAxeViolations(page, 'de widget met kaart');

    await marker.click();
    const popup = map.locator('.leaflet-popup');
    await expect(popup.getByRole('link').first()).toHaveAttribute('href', new RegExp(`^${API.replaceAll('.', '\\.')}/groepen/`));
    await expect(popup.getByRole('button', { name: 'Sluiten' })).toBeVisible();
    // Leaflet fades popups in; measure contrast once the fade is over.
    await expect(popup).toHaveCSS('opacity', '1');
    await expectNoAxeViolations(page, 'de kaart met een open groepenlijst');
    expect(errors).toEqual([]);
  });
});
