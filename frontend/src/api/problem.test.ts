import { describe, expect, it } from 'vitest';
import { ApiError, isProblem, mapProblemToFields, problemMessage, toApiError, type Problem } from './problem';
import { nl } from '../i18n/nl';

const FIELDS = ['email', 'password', 'full_name', 'years_experience'] as const;

function problem(overrides: Partial<Problem> = {}): Problem {
  return { type: 'about:blank', title: 'Ongeldige invoer', status: 422, detail: null, ...overrides };
}

describe('mapProblemToFields', () => {
  it('maps errors by their field name', () => {
    const result = mapProblemToFields(
      problem({
        errors: [
          { field: 'email', loc: ['body', 'email'], message: 'Geen geldig e-mailadres.', type: 'value_error' },
          { field: 'full_name', loc: ['body', 'full_name'], message: 'Te kort.', type: 'string_too_short' },
        ],
      }),
      FIELDS,
    );
    expect(result.fieldErrors).toEqual({ email: 'Geen geldig e-mailadres.', full_name: 'Te kort.' });
    expect(result.general).toEqual([]);
  });

  it('falls back to the last known name in loc when field is a dotted path', () => {
    const result = mapProblemToFields(
      problem({
        errors: [
          { field: 'body.years_experience', loc: ['body', 'years_experience'], message: 'Maximaal 60.', type: 'less_than_equal' },
        ],
      }),
      FIELDS,
    );
    expect(result.fieldErrors).toEqual({ years_experience: 'Maximaal 60.' });
  });

  it('applies aliases for server names that differ from the form', () => {
    const result = mapProblemToFields(
      problem({ errors: [{ field: 'username', loc: ['body', 'username'], message: 'Verplicht.', type: 'missing' }] }),
      ['email', 'password'] as const,
      { username: 'email' },
    );
    expect(result.fieldErrors).toEqual({ email: 'Verplicht.' });
  });

  it('joins several messages for one field', () => {
    const result = mapProblemToFields(
      problem({
        errors: [
          { field: 'password', loc: ['body', 'password'], message: 'Te kort.', type: 'a' },
          { field: 'password', loc: ['body', 'password'], message: 'Te eenvoudig.', type: 'b' },
        ],
      }),
      FIELDS,
    );
    expect(result.fieldErrors.password).toBe('Te kort. Te eenvoudig.');
  });

  it('puts errors for unknown fields in general', () => {
    const result = mapProblemToFields(
      problem({ errors: [{ field: 'query.radius_km', loc: ['query', 'radius_km'], message: 'Te groot.', type: 'x' }] }),
      FIELDS,
    );
    expect(result.fieldErrors).toEqual({});
    expect(result.general).toEqual(['Te groot.']);
  });

  it('uses the detail (or title) when there are no field errors', () => {
    expect(mapProblemToFields(problem({ status: 409, detail: 'Dit e-mailadres is al in gebruik.' }), FIELDS)).toEqual({
      fieldErrors: {},
      general: ['Dit e-mailadres is al in gebruik.'],
    });
    expect(mapProblemToFields(problem({ title: 'Niet gevonden', errors: [] }), FIELDS).general).toEqual(['Niet gevonden']);
  });
});

describe('toApiError', () => {
  it('keeps a problem document', () => {
    const error = toApiError(problem({ status: 401, detail: 'Onjuist wachtwoord.' }));
    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(401);
    expect(problemMessage(error.problem)).toBe('Onjuist wachtwoord.');
  });

  it('turns a non-problem response into a Dutch generic error with the status', () => {
    const error = toApiError('Internal Server Error', new Response(null, { status: 500 }));
    expect(error.status).toBe(500);
    expect(error.problem.title).toBe(nl.errors.unexpected);
  });

  it('turns a thrown fetch error into a network error', () => {
    const error = toApiError(new TypeError('Failed to fetch'));
    expect(error.status).toBe(0);
    expect(error.message).toBe(nl.errors.network);
  });

  it('recognises problem documents', () => {
    expect(isProblem({ title: 'x', status: 400 })).toBe(true);
    expect(isProblem({ detail: 'x' })).toBe(false);
    expect(isProblem(null)).toBe(false);
  });
});
