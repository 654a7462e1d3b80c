import { useMemo, useState, type FormEvent } from 'react';
import { ChoiceGroup } from '../../components/ChoiceGroup';
import { CheckboxField } from '../../components/CheckboxField';
import { ErrorSummary } from '../../components/ErrorSummary';
import { fieldId } from '../../components/fieldIds';
import { TextAreaField } from '../../components/TextAreaField';
import { useFormFeedback } from '../../components/useFormFeedback';
import { evaluationsNl, FREE_TEXT_MAX } from '../../i18n/nl';
import {
  FREE_TEXT_FIELD,
  fieldOrder,
  initialValues,
  scaleOptions,
  toBody,
  validate,
  type EvaluationBody,
  type EvaluationValues,
  type SavedAnswers,
} from './evaluationForm';
import type { QuestionPublic } from './types';

const f = evaluationsNl.form;

interface EvaluationFormProps {
  /** Prefix of every control id; also the form's own id. */
  formId: string;
  questions: readonly QuestionPublic[];
  /** Answers given earlier, to show and change; nothing for a new evaluation. */
  saved?: SavedAnswers | null | undefined;
  /** Explains who may read a shared comment (the session's or the group's facilitator). */
  shareHint: string;
  /** Sends the answers; throws an ApiError when the server says no. */
  onSubmit: (body: EvaluationBody) => Promise<void>;
}

/**
 * The evaluation form shared by the session evaluation (in the app and by personal link) and the
 * yearly evaluation: one radio group per question with the scale labels the API gives, an optional
 * free text and the choice to share it with the facilitator.
 */
export function EvaluationForm({ formId, questions, saved, shareHint, onSubmit }: EvaluationFormProps) {
  const [values, setValues] = useState<EvaluationValues>(() => initialValues(questions, saved));
  const [busy, setBusy] = useState(false);
  const order = useMemo(() => fieldOrder(questions), [questions]);
  const feedback = useFormFeedback<string>(formId, order);
  const { fieldErrors } = feedback;

  function choose(key: string, value: string) {
    setValues((current) => ({ ...current, answers: { ...current.answers, [key]: value } }));
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const errors = validate(questions, values);
    if (Object.keys(errors).length > 0) {
      feedback.showErrors(errors);
      return;
    }
    setBusy(true);
    feedback.clearErrors();
    try {
      await onSubmit(toBody(questions, values));
    } catch (error) {
      feedback.showServerError(error);
    } finally {
      setBusy(false);
    }
  }

  const freeTextId = fieldId(formId, FREE_TEXT_FIELD);
  return (
    <form id={formId} className="evaluation-form" noValidate onSubmit={(event) => void submit(event)}>
      <ErrorSummary items={feedback.summaryItems} focusKey={feedback.focusKey} />
      <p className="evaluation-form__intro">{f.scaleIntro}</p>
      <ol className="evaluation-form__questions">
        {questions.map((question) => (
          <li key={question.key} className="evaluation-question">
            <ChoiceGroup
              id={fieldId(formId, question.key)}
              name={`${formId}-${question.key}`}
              legend={question.text}
              type="radio"
              options={scaleOptions(question)}
              values={values.answers[question.key] ? [values.answers[question.key] as string] : []}
              onChange={(next) => choose(question.key, next[0] ?? '')}
              hint={question.help ?? undefined}
              error={fieldErrors[question.key]}
              required={!question.optional}
            />
          </li>
        ))}
      </ol>
      <div className="evaluation-form__free">
        <TextAreaField
          id={freeTextId}
          name="free_text"
          label={f.freeTextLabel}
          hint={f.freeTextHint}
          value={values.freeText}
          onChange={(freeText) => setValues((current) => ({ ...current, freeText }))}
          error={fieldErrors[FREE_TEXT_FIELD]}
          rows={4}
          counter={{ max: FREE_TEXT_MAX, used: f.freeTextUsed, over: f.freeTextOver }}
        />
        <CheckboxField
          id={fieldId(formId, 'share')}
          name="share_free_text_with_facilitator"
          label={f.shareLabel}
          hint={values.share && !values.freeText.trim() ? `${shareHint} ${f.shareWithoutText}` : shareHint}
          checked={values.share}
          onChange={(share) => setValues((current) => ({ ...current, share }))}
        />
      </div>
      <p className="evaluation-form__privacy">{f.privacy}</p>
      <button type="submit" className="button button--primary" disabled={busy}>
        {busy ? f.submitting : saved ? f.submitChange : f.submitNew}
      </button>
    </form>
  );
}
