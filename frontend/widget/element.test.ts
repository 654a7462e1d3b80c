import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { defineIntervisieFinder, IntervisieFinder } from './element';
import { t } from './text';
import { ambiguousPlace, group, json, page, unknownPlace } from './test/fixtures';

const API = 'http://127.0.0.1:8765';

type Handler = (url: URL, request: Request) => Response | Promise<Response>;

function stubFetch(handler: Handler) {
  const requests: Request[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
      const request = new Request(input, init);
      requests.push(request);
      return handler(new URL(request.url), request);
    }),
  );
  const params = (i: number) => Object.fromEntries(new URL(requests[i]!.url).searchParams.entries());
  return { requests, params };
}

async function mount(attributes: Record<string, string> = {}) {
  const element = document.createElement('intervisie-finder') as IntervisieFinder;
  element.setAttribute('api-base', API);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  document.body.appendChild(element);
  const root = element.shadowRoot!;
  const $ = <E extends Element = HTMLElement>(selector: string) => root.querySelector<E>(selector)!;
  const status = () => $('[role="status"]').textContent ?? '';
  const alert = () => $('[role="alert"]').textContent ?? '';
  const cards = () => [...root.querySelectorAll<HTMLLIElement>('ul.results > li')];
  const idle = () => vi.waitFor(() => expect($('ul.results').hasAttribute('aria-busy')).toBe(false));
  await idle();
  return { element, root, $, status, alert, cards, idle };
}

async function search(ui: Awaited<ReturnType<typeof mount>>, near: string) {
  ui.$<HTMLInputElement>('#iw-near').value = near;
  ui.$<HTMLButtonElement>('button[type="submit"]').click();
  await vi.waitFor(() => expect(ui.$('ul.results').hasAttribute('aria-busy')).toBe(true));
  await ui.idle();
}

beforeAll(() => defineIntervisieFinder());
afterEach(() => document.body.replaceChildren());

describe('<intervisie-finder>', () => {
  it('renders an accessible form inside its shadow root and lists groups', async () => {
    stubFetch(() =>
      json(
        200,
        page([
          group({ name: 'Thuisbasis Utrecht', slug: 'thuisbasis-utrecht', open_spots: 1 }),
          group({ name: 'Online avondgroep', mode: 'online', place: null, province: null, lat: null, lon: null, status: 'full', open_spots: 0, facilitator_type: 'peer' }),
          group({ name: 'Nieuwe kring', status: 'forming', open_spots: 3, facilitator_type: 'none', meetings_per_year: 1, weekday: null, daypart: null }),
        ]),
      ),
    );
    const ui = await mount();

    expect(ui.element.children).toHaveLength(0); // nothing in the partner's light DOM
    const styled = ui.root.adoptedStyleSheets.length === 1 || ui.root.querySelector('style') !== null;
    expect(styled).toBe(true);
    expect(ui.$('h2').textContent).toBe(t.heading);
    expect(ui.$('form').getAttribute('role')).toBe('search');
    for (const id of ['iw-near', 'iw-radius', 'iw-vacancy', 'iw-online']) {
      expect(ui.root.querySelector(`label[for="${id}"]`), id).not.toBeNull();
    }
    expect(ui.$('#iw-near').getAttribute('aria-describedby')).toBe('iw-near-hint');
    expect(ui.status()).toBe('3 groepen gevonden.');

    const [first, online, forming] = ui.cards();
    const link = first!.querySelector('h3 a')!;
    expect(link.getAttribute('href')).toBe(`${API}/groepen/thuisbasis-utrecht`);
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener');
    expect(link.textContent).toBe(`Thuisbasis Utrecht ${t.newTab}`);
    expect(first!.textContent).toContain('Utrecht (Utrecht)');
    expect(first!.textContent).toContain('1 plek vrij');
    expect(first!.textContent).toContain('6 bijeenkomsten per jaar, op vrijdagavond');
    expect(first!.textContent).toContain('Met een getrainde begeleider');
    expect(online!.textContent).toContain('Online');
    expect(online!.textContent).toContain('Vol · wachtlijst');
    expect(online!.textContent).toContain('Leden begeleiden om beurten');
    expect(forming!.textContent).toContain('In oprichting · 3 plekken vrij');
    expect(forming!.textContent).toContain('1 bijeenkomst per jaar');
    expect(forming!.textContent).toContain('Zonder vaste begeleider');
    expect(ui.$('button.more').hidden).toBe(true);
  });

  it('starts with the partner filters from the attributes', async () => {
    const { params } = stubFetch(() => json(200, page([])));
    const ui = await mount({ province: 'utrecht', mode: 'in_person', 'has-vacancy': 'true', limit: '5' });
    expect(params(0)).toEqual({ province: 'utrecht', mode: 'in_person', has_vacancy: 'true', limit: '5', offset: '0' });
    expect(ui.$<HTMLInputElement>('#iw-vacancy').checked).toBe(true);
    // A fixed mode decides about online groups, so the toggle is not offered.
    expect(ui.root.querySelector('#iw-online')).toBeNull();
    expect(ui.$('.scope').textContent).toContain('Alleen groepen in de provincie Utrecht.');
    expect(ui.status()).toBe('Geen groepen gevonden.');
  });

  it('searches near a postcode and shows distances', async () => {
    const { params } = stubFetch((url) =>
      url.searchParams.has('near')
        ? json(
            200,
            page([group({ distance_km: 1.1 }), group({ distance_km: 12.345 })], {
              total: 2,
              near: { label: '3511 Utrecht', place: 'Utrecht', province: 'utrecht', lat: 52.09, lon: 5.11 },
            }),
          )
        : json(200, page([])),
    );
    const ui = await mount();
    ui.$<HTMLSelectElement>('#iw-radius').value = '10';
    await search(ui, '3511');

    expect(params(1)).toEqual({ near: '3511', radius_km: '10', include_online: 'true', limit: '10', offset: '0' });
    expect(ui.status()).toBe('2 groepen gevonden binnen 10 km van 3511 Utrecht of online.');
    expect(ui.cards().map((card) => card.querySelectorAll('.facts li')[1]!.textContent)).toEqual([
      '1,1 km afstand',
      '12,3 km afstand',
    ]);
  });

  it('shows the problem detail and offers the suggested places as buttons', async () => {
    const { params } = stubFetch((url) => {
      const near = url.searchParams.get('near');
      if (near === 'Utrcht') return json(422, unknownPlace);
      return json(200, page(near ? [group({ distance_km: 2 })] : []));
    });
    const ui = await mount();
    await search(ui, 'Utrcht');

    expect(ui.alert()).toContain(unknownPlace.detail);
    const near = ui.$<HTMLInputElement>('#iw-near');
    expect(near.getAttribute('aria-invalid')).toBe('true');
    expect(near.getAttribute('aria-describedby')).toBe('iw-near-hint iw-error');
    expect(ui.cards()).toHaveLength(0);
    const buttons = [...ui.root.querySelectorAll<HTMLButtonElement>('.options button')];
    expect(buttons.map((b) => b.textContent)).toEqual(['Utrecht (Utrecht)', 'Tricht (Gelderland)']);

    buttons[0]!.click();
    await vi.waitFor(() => expect(ui.cards()).toHaveLength(1));
    expect(params(2).near).toBe('Utrecht (Utrecht)');
    expect(near.value).toBe('Utrecht (Utrecht)');
    expect(ui.root.activeElement).toBe(near);
    expect(ui.alert()).toBe('');
    expect(near.hasAttribute('aria-invalid')).toBe(false);
  });

  it('lets the visitor choose between places with the same name', async () => {
    stubFetch((url) => (url.searchParams.get('near') === 'Hengelo' ? json(422, ambiguousPlace) : json(200, page([]))));
    const ui = await mount();
    await search(ui, 'Hengelo');
    expect(ui.alert()).toContain("Er zijn meerdere plaatsen met de naam 'Hengelo'");
    expect([...ui.root.querySelectorAll('.options button')].map((b) => b.textContent)).toEqual([
      'Hengelo (Overijssel)',
      'Hengelo (Gelderland)',
    ]);
    expect(ui.$('.options button').getAttribute('aria-describedby')).toBe('iw-options');
  });

  it('loads more groups and moves focus to the first new one', async () => {
    const all = [group({ name: 'Een' }), group({ name: 'Twee' }), group({ name: 'Drie' })];
    const { params } = stubFetch((url) => {
      const offset = Number(url.searchParams.get('offset'));
      return json(200, page(all.slice(offset, offset + 2), { total: 3, limit: 2, offset }));
    });
    const ui = await mount({ limit: '2' });
    expect(ui.status()).toBe('3 groepen gevonden. Je ziet er nu 2.');
    const more = ui.$<HTMLButtonElement>('button.more');
    expect(more.hidden).toBe(false);
    expect(more.textContent).toBe('Meer laden');

    more.click();
    await vi.waitFor(() => expect(ui.cards()).toHaveLength(3));
    expect(params(1)).toMatchObject({ limit: '2', offset: '2' });
    expect(ui.status()).toBe('3 groepen gevonden.');
    expect(more.hidden).toBe(true);
    expect(ui.root.activeElement?.textContent).toContain('Drie');
  });

  it('keeps the groups shown when "Meer laden" fails', async () => {
    stubFetch((url) =>
      url.searchParams.get('offset') === '0'
        ? json(200, page([group(), group()], { total: 5, limit: 2 }))
        : json(429, { title: 'Te veel verzoeken', status: 429, detail: 'Probeer het zo opnieuw.' }),
    );
    const ui = await mount({ limit: '2' });
    ui.$<HTMLButtonElement>('button.more').click();
    await vi.waitFor(() => expect(ui.alert()).toBe('Probeer het zo opnieuw.'));
    expect(ui.cards()).toHaveLength(2);
    expect(ui.$<HTMLButtonElement>('button.more').hidden).toBe(false);
    expect(ui.status()).toBe('5 groepen gevonden. Je ziet er nu 2.');
  });

  it('sends the api-key as X-API-Key, and no key without the attribute', async () => {
    const { requests } = stubFetch(() => json(200, page([])));
    await mount({ 'api-key': 'iw_demo_key' });
    await mount();
    expect(requests[0]!.headers.get('X-API-Key')).toBe('iw_demo_key');
    expect(requests[1]!.headers.has('X-API-Key')).toBe(false);
    expect(requests[0]!.url.startsWith(`${API}/api/v1/groups?`)).toBe(true);
  });

  it('explains when the server cannot be reached', async () => {
    stubFetch(() => {
      throw new TypeError('Failed to fetch');
    });
    const ui = await mount();
    expect(ui.alert()).toBe(t.network);
    expect(ui.$('#iw-near').hasAttribute('aria-invalid')).toBe(false);
  });

  it('searches again when the partner changes an attribute', async () => {
    const { requests, params } = stubFetch(() => json(200, page([])));
    const ui = await mount();
    ui.element.setAttribute('province', 'zeeland');
    ui.element.setAttribute('heading-level', '3');
    await vi.waitFor(() => expect(requests).toHaveLength(2));
    expect(params(1).province).toBe('zeeland');
    expect(ui.root.querySelector('h3.title')?.textContent).toBe(t.heading);
  });

  it('uses link-base for group links', async () => {
    stubFetch(() => json(200, page([group({ slug: 'kring-zeist' })])));
    const ui = await mount({ 'link-base': 'https://www.present24x7.nl/intervisie/groep/' });
    expect(ui.$('.results a').getAttribute('href')).toBe('https://www.present24x7.nl/intervisie/groep/kring-zeist');
  });
});
