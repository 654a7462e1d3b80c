import { evaluationsNl, FREE_TEXT_MAX } from '../../i18n/nl';
import type { QuestionPublic } from './types';

/** The value a radio group holds for "skipped" on an optional question (no facilitator). */
export const SKIP = 'skip';

/** What the form holds: per question the chosen value as a string ('' = nothing chosen yet). */
export interface EvaluationValues {
  answers: Record<string, string>;
  freeText: string;
  share: boolean;
}

/** Saved answers as the API returns them: every question key plus the free text and the share flag. */
export type SavedAnswers = Partial<Record<string, unknown>> & {
  free_text?: string | null;
  share_free_text_with_facilitator?: boolean;
};

/** The request body: each question key with its score (null when skipped), the text and the flag. */
export type EvaluationBody = Record<string, number | string | boolean | null> & {
  free_text: string | null;
  share_free_text_with_facilitator: boolean;
};

export const FREE_TEXT_FIELD = 'free_text';

/** Field names in form order, for the error summary: the questions, then the free text. */
export function fieldOrder(questions: readonly QuestionPublic[]): string[] {
  return [...questions.map((question) => question.key), FREE_TEXT_FIELD];
}

/**
 * The form's starting values: empty for a new evaluation, or the saved answers. An optional
 * question that was saved as empty (null) shows as "skipped".
 */
export function initialValues(questions: readonly QuestionPublic[], saved?: SavedAnswers | null): EvaluationValues {
  const answers: Record<string, string> = {};
  for (const question of questions) {
    const value = saved?.[question.key];
    if (typeof value === 'number') answers[question.key] = String(value);
    else if (saved && question.optional) answers[question.key] = SKIP;
    else answers[question.key] = '';
  }
  return {
    answers,
    freeText: saved?.free_text ?? '',
    share: saved?.share_free_text_with_facilitator ?? false,
  };
}

/** Dutch messages per field for what must be fixed before sending; empty when the form is complete. */
export function validate(questions: readonly QuestionPublic[], values: EvaluationValues): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const question of questions) {
    const value = values.answers[question.key] ?? '';
    if (value === '' && !question.optional) errors[question.key] = evaluationsNl.form.required(question.label);
  }
  if (values.freeText.trim().length > FREE_TEXT_MAX) errors[FREE_TEXT_FIELD] = evaluationsNl.form.freeTextTooLong(FREE_TEXT_MAX);
  return errors;
}

/** The body to send. Call after `validate` found nothing: unanswered optional questions become null. */
export function toBody(questions: readonly QuestionPublic[], values: EvaluationValues): EvaluationBody {
  const body: EvaluationBody = {
    free_text: values.freeText.trim() || null,
    share_free_text_with_facilitator: values.share,
  };
  for (const question of questions) {
    const value = values.answers[question.key] ?? '';
    body[question.key] = value === '' || value === SKIP ? null : Number(value);
  }
  return body;
}

/** Radio options of one question: its scale labels from the API, numbered, plus "skip" when optional. */
export function scaleOptions(question: QuestionPublic): { value: string; label: string }[] {
  const labels = new Map(question.scale_labels.map((item) => [item.value, item.label]));
  const options = [];
  for (let value = question.scale_min ?? 1; value <= question.scale_max; value += 1) {
    options.push({ value: String(value), label: `${value} – ${labels.get(value) ?? value}` });
  }
  if (question.optional) options.push({ value: SKIP, label: evaluationsNl.form.skip });
  return options;
}
