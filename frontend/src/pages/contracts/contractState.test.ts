import { describe, expect, it } from 'vitest';
import { contractSectionLabels, contractsNl } from '../../i18n/nl';
import { contractPath, contractTodo, emptySections, nextVersion, paragraphs, SECTION_MAX, validateSections } from './contractState';
import { overview, sections, version } from './testFixtures';

describe('validateSections', () => {
  it('asks for every section and accepts a complete contract', () => {
    expect(validateSections(sections)).toEqual({});
    const errors = validateSections({ ...emptySections, feedback: 'Open vragen.' });
    expect(Object.keys(errors).sort()).toEqual(['attendance', 'confidentiality', 'which_cases']);
    expect(errors.attendance).toBe(contractsNl.editor.required(contractSectionLabels.attendance));
  });

  it('counts like the API: whitespace only is empty, and 4000 characters is the limit', () => {
    expect(validateSections({ ...sections, attendance: '   \n ' }).attendance).toBeDefined();
    expect(validateSections({ ...sections, attendance: 'a'.repeat(SECTION_MAX) })).toEqual({});
    expect(validateSections({ ...sections, attendance: ` ${'a'.repeat(SECTION_MAX)} ` })).toEqual({});
    expect(validateSections({ ...sections, attendance: 'a'.repeat(SECTION_MAX + 1) }).attendance).toBe(
      contractsNl.editor.tooLong(contractSectionLabels.attendance, SECTION_MAX),
    );
  });
});

describe('nextVersion', () => {
  it('is the draft, else one after the current version, else 1', () => {
    expect(nextVersion(overview({ current: null }))).toBe(1);
    expect(nextVersion(overview({ current: version({ version: 3 }) }))).toBe(4);
    expect(nextVersion(overview({ draft: version({ version: 4, status: 'draft' }) }))).toBe(4);
  });
});

describe('contractTodo', () => {
  it('asks members to agree, coordinators to write a first version, and otherwise nothing', () => {
    expect(contractTodo(overview(), false)).toBe('agree');
    expect(contractTodo(overview({ agreement_required: false }), false)).toBe('none');
    expect(contractTodo(overview({ current: null, agreement_required: false }), true)).toBe('write');
    expect(contractTodo(overview({ current: null, agreement_required: false }), false)).toBe('none');
  });
});

describe('paragraphs and paths', () => {
  it('splits on blank lines and keeps single line breaks', () => {
    expect(paragraphs('Eerste.\nNog steeds eerste.\n\n  \nTweede.')).toEqual(['Eerste.\nNog steeds eerste.', 'Tweede.']);
  });

  it('builds the Dutch paths of a group', () => {
    expect(contractPath('groep amersfoort')).toBe('/groepen/groep%20amersfoort/groepsafspraken');
  });
});
