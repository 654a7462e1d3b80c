import { describe, expect, it, vi } from 'vitest';
import { groupUrl, parseBoolean, parseConfig } from './config';

const SCRIPT_ORIGIN = 'https://intervisiewijzer.nl';

function configOf(attributes: Record<string, string>) {
  return parseConfig((name) => attributes[name] ?? null, SCRIPT_ORIGIN);
}

describe('parseConfig', () => {
  it('uses sensible defaults: the script origin as API and its /groepen/ as group pages', () => {
    expect(configOf({})).toEqual({
      apiBase: 'https://intervisiewijzer.nl',
      apiKey: null,
      province: null,
      mode: null,
      hasVacancy: false,
      includeOnline: true,
      near: '',
      radius: 25,
      limit: 10,
      linkBase: 'https://intervisiewijzer.nl/groepen/',
      map: false,
      headingLevel: 2,
    });
  });

  it('reads every attribute', () => {
    const config = configOf({
      'api-base': 'http://127.0.0.1:8765/',
      'api-key': ' iw_abc123 ',
      province: 'Noord-Holland',
      mode: 'in_person',
      'has-vacancy': '',
      'include-online': 'false',
      near: ' 3511 ',
      radius: '10,5',
      limit: '5',
      'link-base': 'https://partner.example/groep',
      map: 'true',
      'heading-level': '3',
    });
    expect(config).toEqual({
      apiBase: 'http://127.0.0.1:8765',
      apiKey: 'iw_abc123',
      province: 'noord-holland',
      mode: 'in_person',
      hasVacancy: true,
      includeOnline: false,
      near: '3511',
      radius: 10.5,
      limit: 5,
      linkBase: 'https://partner.example/groep/',
      map: true,
      headingLevel: 3,
    });
  });

  it('derives link-base from api-base when only api-base is given', () => {
    expect(configOf({ 'api-base': 'http://127.0.0.1:8765' }).linkBase).toBe('http://127.0.0.1:8765/groepen/');
  });

  it('clamps numbers and ignores values it cannot use', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const config = configOf({
      limit: '500',
      radius: 'ver weg',
      province: 'atlantis',
      mode: 'per-post',
      'heading-level': '9',
      map: 'misschien',
    });
    expect(config.limit).toBe(100);
    expect(config.radius).toBe(25);
    expect(config.province).toBeNull();
    expect(config.mode).toBeNull();
    expect(config.headingLevel).toBe(5);
    expect(config.map).toBe(false);
    expect(warn).toHaveBeenCalledTimes(2);
    expect(configOf({ limit: '0' }).limit).toBe(1);
  });

  it('never accepts script URLs for the API or the links', () => {
    const config = configOf({ 'api-base': 'javascript:alert(1)', 'link-base': 'javascript:alert(2)' });
    expect(config.apiBase).toBe(SCRIPT_ORIGIN);
    expect(config.linkBase).toBe(`${SCRIPT_ORIGIN}/groepen/`);
  });

  it('treats an empty api-key as no key', () => {
    expect(configOf({ 'api-key': '  ' }).apiKey).toBeNull();
  });
});

describe('parseBoolean', () => {
  it.each([
    [null, false, false],
    ['', false, true],
    ['true', false, true],
    ['ja', false, true],
    ['false', true, false],
    ['0', true, false],
    ['onzin', true, true],
  ])('%j (default %j) is %j', (value, fallback, expected) => {
    expect(parseBoolean(value, fallback)).toBe(expected);
  });
});

describe('groupUrl', () => {
  it('appends the encoded slug to link-base', () => {
    expect(groupUrl({ linkBase: 'https://intervisiewijzer.nl/groepen/' }, 'thuisbasis-utrecht')).toBe(
      'https://intervisiewijzer.nl/groepen/thuisbasis-utrecht',
    );
    expect(groupUrl({ linkBase: 'https://x.nl/g/' }, 'a b/c')).toBe('https://x.nl/g/a%20b%2Fc');
  });
});
