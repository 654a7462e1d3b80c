import { describe, expect, it } from 'vitest';
import { evaluationsNl } from '../../i18n/nl';
import { FREE_TEXT_FIELD, SKIP, fieldOrder, initialValues, scaleOptions, toBody, validate } from './evaluationForm';
import { questionSet, sessionAnswers } from './testFixtures';

const questions = questionSet.session;

describe('evaluation form logic', () => {
  it('starts empty for a new evaluation', () => {
    const values = initialValues(questions);
    expect(Object.values(values.answers).every((value) => value === '')).toBe(true);
    expect(values).toMatchObject({ freeText: '', share: false });
  });

  it('shows saved answers, with a saved empty optional answer as skipped', () => {
    const values = initialValues(questions, { ...sessionAnswers, free_text: 'Fijn gesprek', share_free_text_with_facilitator: true });
    expect(values.answers.safety).toBe('4');
    expect(values.answers.depth_level).toBe('2');
    expect(values.answers.facilitator).toBe(SKIP);
    expect(values.freeText).toBe('Fijn gesprek');
    expect(values.share).toBe(true);
  });

  it('asks for every required question by its short label, not for the optional one', () => {
    const values = initialValues(questions);
    values.answers.safety = '3';
    const errors = validate(questions, values);
    expect(errors.safety).toBeUndefined();
    expect(errors.facilitator).toBeUndefined();
    expect(errors.depth_level).toBe(evaluationsNl.form.required('Diepgang'));
    expect(Object.keys(errors)).toHaveLength(6);
  });

  it('refuses a free text over 2000 characters', () => {
    const values = initialValues(questions, sessionAnswers);
    values.freeText = 'x'.repeat(2001);
    expect(validate(questions, values)).toEqual({ [FREE_TEXT_FIELD]: evaluationsNl.form.freeTextTooLong(2000) });
    values.freeText = 'x'.repeat(2000);
    expect(validate(questions, values)).toEqual({});
  });

  it('builds the request body: numbers, null for skipped or unanswered optional, trimmed text', () => {
    const values = initialValues(questions, sessionAnswers);
    values.freeText = '  Ik neem de vraagtechniek mee.  ';
    values.share = true;
    expect(toBody(questions, values)).toEqual({
      ...sessionAnswers,
      facilitator: null,
      free_text: 'Ik neem de vraagtechniek mee.',
      share_free_text_with_facilitator: true,
    });
    values.answers.facilitator = '5';
    values.freeText = '   ';
    expect(toBody(questions, values)).toMatchObject({ facilitator: 5, free_text: null });
  });

  it('numbers the scale labels the API gives and adds "not applicable" only to optional questions', () => {
    const safety = scaleOptions(questions[0]!);
    expect(safety.map((option) => option.label)).toEqual([
      '1 – Helemaal oneens',
      '2 – Oneens',
      '3 – Neutraal',
      '4 – Eens',
      '5 – Helemaal eens',
    ]);
    const depth = scaleOptions(questions.find((question) => question.key === 'depth_level')!);
    expect(depth.map((option) => option.value)).toEqual(['1', '2', '3']);
    expect(depth[2]!.label).toBe('3 – Waarden en overtuigingen');
    const facilitator = scaleOptions(questions.find((question) => question.key === 'facilitator')!);
    expect(facilitator.at(-1)).toEqual({ value: SKIP, label: evaluationsNl.form.skip });
  });

  it('orders fields as the form shows them, free text last', () => {
    expect(fieldOrder(questions).at(0)).toBe('safety');
    expect(fieldOrder(questions).at(-1)).toBe(FREE_TEXT_FIELD);
  });
});
