/**
 * `<intervisie-finder>`: the group finder as a custom element with an open shadow root.
 * Plain DOM, no framework: the form is built once; the status, problem and result list are
 * updated in place so focus and screen-reader live regions keep working.
 */
import { fetchGroups, type SearchInput } from './api';
import { ATTRIBUTES, groupUrl, parseConfig, type WidgetConfig } from './config';
import { h, replace } from './dom';
import type { FinderMap } from './map';
import { styles } from './styles';
import { t } from './text';
import type { FinderProblem, GroupPublic, ResolvedPlace } from './types';

export const TAG = 'intervisie-finder';
const RADII = [5, 10, 25, 50, 100];
const MAP_SCRIPT = 'intervisie-finder-map.js';

interface Ui {
  form: HTMLFormElement;
  near: HTMLInputElement;
  radius: HTMLSelectElement;
  vacancy: HTMLInputElement;
  online: HTMLInputElement;
  status: HTMLElement;
  alert: HTMLElement;
  mapBox: HTMLElement;
  results: HTMLUListElement;
  more: HTMLButtonElement;
}

/** Where the widget script came from; set by the entry module, used for the default `api-base`. */
export const origin = { script: typeof location === 'undefined' ? '' : location.href };

export class IntervisieFinder extends HTMLElement {
  static observedAttributes = [...ATTRIBUTES];

  readonly #root: ShadowRoot;
  #config: WidgetConfig | null = null;
  #ui: Ui | null = null;
  #input: SearchInput = { near: '', radius: 25, hasVacancy: false, includeOnline: true };
  #items: GroupPublic[] = [];
  #total = 0;
  #near: ResolvedPlace | null = null;
  #controller: AbortController | null = null;
  #setupQueued = false;
  #map: Promise<FinderMap | null> | null = null;

  constructor() {
    super();
    this.#root = this.attachShadow({ mode: 'open' });
  }

  /** The current configuration (after reading the attributes). */
  get config(): WidgetConfig | null {
    return this.#config;
  }

  connectedCallback(): void {
    this.#setup();
  }

  disconnectedCallback(): void {
    this.#controller?.abort();
    this.#controller = null;
    this.#ui = null;
  }

  attributeChangedCallback(_name: string, previous: string | null, next: string | null): void {
    if (previous === next || !this.#ui || this.#setupQueued) return;
    // Several attributes often change together: rebuild once.
    this.#setupQueued = true;
    queueMicrotask(() => {
      this.#setupQueued = false;
      if (this.isConnected) this.#setup();
    });
  }

  /** Reads the attributes, (re)builds the shadow DOM and runs the first search. */
  #setup(): void {
    this.#controller?.abort();
    const scriptOrigin = origin.script ? new URL(origin.script).origin : location.origin;
    const config = parseConfig((name) => this.getAttribute(name), scriptOrigin);
    this.#config = config;
    this.#map = null;
    this.#input = {
      near: config.near,
      radius: config.radius,
      hasVacancy: config.hasVacancy,
      includeOnline: config.includeOnline,
    };
    this.#ui = this.#build(config);
    void this.#search(0);
  }

  #build(config: WidgetConfig): Ui {
    const level = config.headingLevel;
    const heading = (n: number, attrs: Record<string, string>, ...children: (Node | string)[]) =>
      h(`h${Math.min(6, n)}` as 'h2', attrs, ...children);
    const radii = [...new Set([...RADII, config.radius])].sort((a, b) => a - b);

    const near = h('input', {
      id: 'iw-near',
      name: 'near',
      type: 'text',
      maxlength: 80,
      autocomplete: 'off',
      spellcheck: 'false',
      'aria-describedby': 'iw-near-hint',
    });
    near.value = config.near;
    const radius = h(
      'select',
      { id: 'iw-radius', name: 'radius' },
      radii.map((r) => h('option', { value: r, selected: r === config.radius }, t.radiusOption(r))),
    );
    const vacancy = h('input', { id: 'iw-vacancy', type: 'checkbox', name: 'has_vacancy' });
    vacancy.checked = config.hasVacancy;
    const online = h('input', { id: 'iw-online', type: 'checkbox', name: 'include_online' });
    online.checked = config.includeOnline;

    const form = h(
      'form',
      {
        role: 'search',
        'aria-labelledby': 'iw-title',
        novalidate: true,
        onsubmit: (event: Event) => {
          event.preventDefault();
          void this.#search(0);
        },
      },
      h(
        'div',
        { class: 'fields' },
        h(
          'div',
          { class: 'field' },
          h('label', { for: 'iw-near' }, t.nearLabel),
          h('span', { class: 'hint', id: 'iw-near-hint' }, t.nearHint),
          near,
        ),
        h('div', { class: 'field' }, h('label', { for: 'iw-radius' }, t.radiusLabel), radius),
        h('button', { class: 'primary', type: 'submit' }, t.submit),
      ),
      h(
        'div',
        { class: 'checks' },
        h('label', { class: 'check', for: 'iw-vacancy' }, vacancy, t.vacancyLabel),
        // With a fixed mode the partner already decided about online groups.
        config.mode ? null : h('label', { class: 'check', for: 'iw-online' }, online, t.onlineLabel),
      ),
    );

    const status = h('p', { class: 'status', id: 'iw-status', role: 'status' });
    const alert = h('div', { class: 'alert-region', id: 'iw-error', role: 'alert' });
    const mapBox = h('div', { class: 'map', hidden: true });
    const results = h('ul', { class: 'results', 'aria-label': t.resultsLabel });
    const more = h(
      'button',
      { class: 'secondary more', type: 'button', hidden: true, onclick: () => void this.#loadMore() },
      t.more,
    );
    const scope = [
      config.province ? t.provinceScope(config.province) : '',
      config.mode ? t.modeScope(config.mode) : '',
    ].filter(Boolean);

    const wrapper = h(
      'div',
      { class: 'iw', lang: 'nl' },
      heading(level, { class: 'title', id: 'iw-title' }, t.heading),
      h('p', { class: 'scope' }, t.intro, scope.length ? ` ${scope.join(' ')}` : ''),
      form,
      alert,
      mapBox,
      status,
      results,
      more,
      h(
        'p',
        { class: 'footer' },
        h('span', null, t.poweredBy),
        h(
          'a',
          { href: config.linkBase, target: '_blank', rel: 'noopener' },
          t.allGroups,
          h('span', { class: 'vh' }, ` ${t.newTab}`),
        ),
      ),
    );
    replace(this.#root, adoptStyles(this.#root) ? null : h('style', null, styles), wrapper);
    return { form, near, radius, vacancy, online, status, alert, mapBox, results, more };
  }

  #readForm(ui: Ui): SearchInput {
    return {
      near: ui.near.value.trim(),
      radius: Number(ui.radius.value) || this.#input.radius,
      hasVacancy: ui.vacancy.checked,
      includeOnline: ui.online.checked,
    };
  }

  async #loadMore(): Promise<void> {
    if (this.#controller) return; // a search is still running
    await this.#search(this.#items.length);
  }

  async #search(offset: number): Promise<void> {
    const ui = this.#ui;
    const config = this.#config;
    if (!ui || !config) return;
    this.#controller?.abort();
    const controller = new AbortController();
    this.#controller = controller;
    if (offset === 0) this.#input = this.#readForm(ui);
    const input = this.#input;

    ui.results.setAttribute('aria-busy', 'true');
    if (offset === 0) ui.status.textContent = t.loading;
    else {
      ui.more.textContent = t.loadingMore;
      ui.more.setAttribute('aria-disabled', 'true');
    }

    let result;
    try {
      result = await fetchGroups(config, input, offset, controller.signal);
    } catch {
      return; // aborted by a newer search
    } finally {
      if (this.#controller === controller) {
        this.#controller = null;
        ui.results.removeAttribute('aria-busy');
        ui.more.textContent = t.more;
        ui.more.removeAttribute('aria-disabled');
      }
    }
    if (controller.signal.aborted || ui !== this.#ui) return;

    if (!result.ok) {
      if (offset === 0) {
        this.#items = [];
        this.#total = 0;
        this.#near = null;
        replace(ui.results);
        ui.more.hidden = true;
        ui.status.textContent = '';
        this.#updateMap();
      }
      // When "Meer laden" fails, the groups already shown stay, and so does the button to try again.
      this.#showProblem(ui, result.problem);
      return;
    }

    this.#clearProblem(ui);
    const page = result.page;
    const firstNew = this.#items.length;
    this.#items = offset === 0 ? page.items : [...this.#items, ...page.items];
    this.#total = page.total;
    this.#near = page.near ?? null;
    const cards = page.items.map((group) => this.#card(group, config));
    if (offset === 0) replace(ui.results, cards);
    else cards.forEach((card) => ui.results.appendChild(card));

    const online = input.includeOnline && !config.mode;
    ui.status.textContent = t.count(
      this.#total,
      this.#items.length,
      this.#near?.label ?? null,
      input.radius,
      online,
    );
    ui.more.hidden = this.#items.length >= this.#total || page.items.length === 0;
    if (offset > 0) {
      // Continue reading where the new groups start.
      ui.results.children[firstNew]?.querySelector('a')?.focus();
    }
    this.#updateMap();
  }

  #card(group: GroupPublic, config: WidgetConfig): HTMLLIElement {
    const level = Math.min(6, config.headingLevel + 1);
    const availability = t.availability(group);
    return h(
      'li',
      { class: 'group' },
      h(
        `h${level}` as 'h3',
        { class: 'name' },
        h(
          'a',
          { href: groupUrl(config, group.slug), target: '_blank', rel: 'noopener' },
          group.name,
          h('span', { class: 'vh' }, ` ${t.newTab}`),
        ),
      ),
      h(
        'ul',
        { class: 'facts' },
        h('li', null, t.location(group)),
        group.distance_km !== null && group.distance_km !== undefined
          ? h('li', null, t.distance(group.distance_km))
          : null,
        h('li', null, h('span', { class: `badge ${availability.tone}` }, availability.text)),
        h('li', null, t.meetings(group)),
        h('li', null, t.facilitator(group.facilitator_type)),
      ),
    );
  }

  #showProblem(ui: Ui, problem: FinderProblem): void {
    const choices = [
      ...(problem.options ?? []).map((option) => option.label),
      ...(problem.suggestions ?? []),
    ];
    const isLocation = problem.query !== undefined || choices.length > 0;
    replace(
      ui.alert,
      h(
        'div',
        { class: 'alert' },
        h('p', null, problem.detail?.trim() || problem.title),
        choices.length
          ? h(
              'div',
              { class: 'options' },
              h('p', { id: 'iw-options' }, t.didYouMean),
              choices.map((choice) =>
                h(
                  'button',
                  {
                    type: 'button',
                    class: 'secondary',
                    'aria-describedby': 'iw-options',
                    onclick: () => {
                      ui.near.value = choice;
                      ui.near.focus();
                      void this.#search(0);
                    },
                  },
                  choice,
                ),
              ),
            )
          : null,
      ),
    );
    if (isLocation) {
      ui.near.setAttribute('aria-invalid', 'true');
      ui.near.setAttribute('aria-describedby', 'iw-near-hint iw-error');
    }
  }

  #clearProblem(ui: Ui): void {
    replace(ui.alert);
    ui.near.removeAttribute('aria-invalid');
    ui.near.setAttribute('aria-describedby', 'iw-near-hint');
  }

  /** The optional map: a separate script, loaded only for `map="true"`. */
  #updateMap(): void {
    const ui = this.#ui;
    const config = this.#config;
    if (!ui || !config?.map) return;
    this.#map ??= loadMap(config, ui.mapBox);
    const items = this.#items;
    const near = this.#near;
    const radius = this.#input.radius;
    void this.#map.then((map) => map?.show(items, near, radius));
  }
}

declare global {
  interface Window {
    IntervisieFinderMap?: { createMap: (container: HTMLElement, config: WidgetConfig) => Promise<FinderMap> };
  }
}

let sheet: CSSStyleSheet | null = null;

/**
 * Uses a constructed stylesheet where the browser has them: shared by all widgets on the page, and
 * allowed under a partner's Content-Security-Policy without 'unsafe-inline' for styles.
 * Returns false when a <style> element is needed instead.
 */
function adoptStyles(root: ShadowRoot): boolean {
  try {
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(styles);
    }
    root.adoptedStyleSheets = [sheet];
    return true;
  } catch {
    return false;
  }
}

let mapScript: Promise<void> | null = null;

/** Loads `intervisie-finder-map.js` (Leaflet + map code) from next to the widget script, once. */
async function loadMap(config: WidgetConfig, container: HTMLElement): Promise<FinderMap | null> {
  try {
    if (!window.IntervisieFinderMap) {
      mapScript ??= new Promise<void>((resolve, reject) => {
        const script = document.createElement('script');
        script.src = new URL(MAP_SCRIPT, origin.script || location.href).href;
        script.async = true;
        script.onload = () => resolve();
        script.onerror = () => reject(new Error('kaart niet geladen'));
        document.head.appendChild(script);
      });
      await mapScript;
    }
    const module = window.IntervisieFinderMap;
    if (!module) return null;
    container.hidden = false;
    return await module.createMap(container, config);
  } catch (error) {
    mapScript = null;
    container.hidden = true;
    console.warn('<intervisie-finder>: de kaart kon niet worden geladen.', error);
    return null;
  }
}

export function defineIntervisieFinder(): void {
  if (!customElements.get(TAG)) customElements.define(TAG, IntervisieFinder);
}
