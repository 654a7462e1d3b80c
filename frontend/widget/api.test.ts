import { describe, expect, it, vi } from 'vitest';
import { buildQuery, fetchGroups, type SearchInput } from './api';
import { parseConfig, type WidgetConfig } from './config';
import { t } from './text';
import { group, json, page, unknownPlace } from './test/fixtures';

const input: SearchInput = { near: '', radius: 25, hasVacancy: false, includeOnline: true };

function config(overrides: Partial<WidgetConfig> = {}): WidgetConfig {
  return { ...parseConfig(() => null, 'https://intervisiewijzer.nl'), ...overrides };
}

const query = (params: URLSearchParams) => Object.fromEntries(params.entries());

function stubFetch(handler: (request: Request) => Response | Promise<Response>) {
  const requests: Request[] = [];
  const fetch = vi.fn(async (url: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(url, init);
    requests.push(request);
    return handler(request);
  });
  vi.stubGlobal('fetch', fetch);
  return { fetch, requests };
}

describe('buildQuery', () => {
  it('without a place sends only filters and paging', () => {
    expect(query(buildQuery(config(), input))).toEqual({ limit: '10', offset: '0' });
  });

  it('sends the partner filters and the vacancy toggle', () => {
    const params = buildQuery(config({ province: 'utrecht', mode: 'hybrid', limit: 5 }), { ...input, hasVacancy: true }, 10);
    expect(query(params)).toEqual({ province: 'utrecht', mode: 'hybrid', has_vacancy: 'true', limit: '5', offset: '10' });
  });

  it('with a place adds the radius and online groups', () => {
    expect(query(buildQuery(config(), { ...input, near: ' 3511 ', radius: 10 }))).toEqual({
      near: '3511',
      radius_km: '10',
      include_online: 'true',
      limit: '10',
      offset: '0',
    });
  });

  it('leaves out include_online when the visitor or the partner (mode) says no', () => {
    expect(buildQuery(config(), { ...input, near: 'Zeist', includeOnline: false }).has('include_online')).toBe(false);
    expect(buildQuery(config({ mode: 'in_person' }), { ...input, near: 'Zeist' }).has('include_online')).toBe(false);
  });

  it('never sends has_vacancy=false (that would mean: only full groups)', () => {
    expect(buildQuery(config(), input).has('has_vacancy')).toBe(false);
  });
});

describe('fetchGroups', () => {
  it('calls the finder on api-base without cookies and without a key by default', async () => {
    const { requests } = stubFetch(() => json(200, page([group()])));
    const result = await fetchGroups(config({ apiBase: 'http://127.0.0.1:8765' }), { ...input, near: '3511' });
    expect(result.ok).toBe(true);
    const request = requests[0]!;
    expect(request.url).toBe(
      'http://127.0.0.1:8765/api/v1/groups?near=3511&radius_km=25&include_online=true&limit=10&offset=0',
    );
    expect(request.credentials).toBe('omit');
    expect(request.headers.has('X-API-Key')).toBe(false);
  });

  it('sends the api-key as X-API-Key', async () => {
    const { requests } = stubFetch(() => json(200, page([])));
    await fetchGroups(config({ apiKey: 'iw_partner' }), input);
    expect(requests[0]!.headers.get('X-API-Key')).toBe('iw_partner');
  });

  it('returns the problem document with its suggestions', async () => {
    stubFetch(() => json(422, unknownPlace));
    const result = await fetchGroups(config(), { ...input, near: 'Utrcht' });
    expect(result).toEqual({ ok: false, problem: expect.objectContaining({ detail: unknownPlace.detail, suggestions: unknownPlace.suggestions }) });
  });

  it('turns a network failure into a Dutch message', async () => {
    stubFetch(() => {
      throw new TypeError('Failed to fetch');
    });
    const result = await fetchGroups(config(), input);
    expect(result).toEqual({ ok: false, problem: expect.objectContaining({ status: 0, detail: t.network }) });
  });

  it('turns an answer that is not a problem document into a general message', async () => {
    stubFetch(() => new Response('<h1>Bad gateway</h1>', { status: 502 }));
    const result = await fetchGroups(config(), input);
    expect(result).toEqual({ ok: false, problem: expect.objectContaining({ status: 502, detail: t.unexpected }) });
  });

  it('rethrows when the search was aborted', async () => {
    stubFetch(() => {
      throw new DOMException('aborted', 'AbortError');
    });
    const controller = new AbortController();
    controller.abort();
    await expect(fetchGroups(config(), input, 0, controller.signal)).rejects.toThrow();
  });
});
