import { describe, expect, it } from 'vitest';
import {
  emptyKeyForm,
  emptyWebhookForm,
  endOfDayInAmsterdam,
  splitOrigins,
  toApiKeyCreate,
  validateKeyForm,
  validateWebhookForm,
} from './adminForms';
import { adminNl } from '../../i18n/nl';

const v = adminNl.keys.validation;

describe('endOfDayInAmsterdam', () => {
  it('is the last second of the day in Dutch winter and summer time', () => {
    expect(endOfDayInAmsterdam('2026-12-31')).toBe('2026-12-31T23:59:59+01:00');
    expect(endOfDayInAmsterdam('2027-07-15')).toBe('2027-07-15T23:59:59+02:00');
    // The day the clocks go forward.
    expect(endOfDayInAmsterdam('2027-03-28')).toBe('2027-03-28T23:59:59+02:00');
  });
});

describe('validateKeyForm', () => {
  const valid = { ...emptyKeyForm, name: 'Website Gezinshuis Noord', origins: 'https://www.partner.nl\nhttp://localhost:3000' };

  it('accepts a partner key with origins', () => {
    expect(validateKeyForm(valid, '2026-11-25')).toEqual({});
  });

  it('checks name, origins, rate limit and expiry', () => {
    const errors = validateKeyForm(
      { ...valid, name: 'ab', origins: 'https://partner.nl/widget', rateLimit: '0', expires: '2026-11-24' },
      '2026-11-25',
    );
    expect(errors).toEqual({
      name: v.nameRequired,
      allowed_origins: v.originInvalid('https://partner.nl/widget'),
      rate_limit_per_minute: v.rateInvalid,
      expires_at: v.expiresPast,
    });
    expect(validateKeyForm({ ...valid, origins: 'https://*.partner.nl' }).allowed_origins).toBe(
      v.originInvalid('https://*.partner.nl'),
    );
  });

  it('needs a valid organisation id and a scope for an organisation key', () => {
    expect(validateKeyForm({ ...valid, kind: 'organisation', organisationId: '', scopes: [] })).toEqual({
      organisation_id: v.organisationRequired,
      scopes: v.scopesRequired,
    });
    expect(validateKeyForm({ ...valid, kind: 'organisation', organisationId: '12345' }).organisation_id).toBe(
      v.organisationInvalid,
    );
  });
});

describe('toApiKeyCreate', () => {
  it('sends origins as a list, the limit as a number and the expiry as the end of the day', () => {
    expect(
      toApiKeyCreate({
        ...emptyKeyForm,
        name: '  Partner  ',
        origins: ' https://a.nl \n\nhttps://b.nl, https://c.nl',
        rateLimit: '60',
        expires: '2027-01-31',
      }),
    ).toEqual({
      name: 'Partner',
      kind: 'partner',
      organisation_id: null,
      scopes: ['finder:read'],
      allowed_origins: ['https://a.nl', 'https://b.nl', 'https://c.nl'],
      rate_limit_per_minute: 60,
      expires_at: '2027-01-31T23:59:59+01:00',
    });
  });

  it('keeps only the scopes a partner key may have', () => {
    const body = toApiKeyCreate({ ...emptyKeyForm, name: 'Partner', scopes: ['finder:read', 'organisation:groups'] });
    expect(body.scopes).toEqual(['finder:read']);
  });

  it('splits origins on lines and commas', () => {
    expect(splitOrigins('https://a.nl,https://b.nl\n  \n')).toEqual(['https://a.nl', 'https://b.nl']);
  });
});

describe('validateWebhookForm', () => {
  const w = adminNl.webhooks.validation;

  it('wants an https address and at least one event', () => {
    expect(validateWebhookForm(emptyWebhookForm)).toEqual({ url: w.urlRequired, events: w.eventsRequired });
    expect(validateWebhookForm({ ...emptyWebhookForm, url: 'http://example.org/hook', events: ['group.changed'] })).toEqual({
      url: w.urlNotHttps,
    });
    expect(validateWebhookForm({ ...emptyWebhookForm, url: 'example.org/hook', events: ['group.changed'] })).toEqual({
      url: w.urlInvalid,
    });
    expect(validateWebhookForm({ ...emptyWebhookForm, url: 'https://example.org/hook', events: ['group.changed'] })).toEqual({});
  });
});
