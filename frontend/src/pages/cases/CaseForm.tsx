import { useState, type FormEvent } from 'react';
import { toApiError } from '../../api/problem';
import { ChoiceGroup } from '../../components/ChoiceGroup';
import { CheckboxField } from '../../components/CheckboxField';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { fieldId } from '../../components/fieldIds';
import { useFormFeedback, type FieldErrors } from '../../components/useFormFeedback';
import { casesNl, nl } from '../../i18n/nl';
import { isIdentifierProblem, type CaseCreate, type TopicPublic } from './casesApi';

const t = casesNl.caseForm;
export const CASE_FORM_ID = 'casus';
export const CASE_FIELDS = [
  'title',
  'description',
  'background',
  'core_question',
  'earlier_actions',
  'expectations',
  'topics',
  'anonymised_confirmed',
] as const;
type Field = (typeof CASE_FIELDS)[number];

export interface CaseValues {
  title: string;
  description: string;
  background: string;
  core_question: string;
  earlier_actions: string;
  expectations: string;
  topics: string[];
  anonymised_confirmed: boolean;
}

export const emptyCase: CaseValues = {
  title: '',
  description: '',
  background: '',
  core_question: '',
  earlier_actions: '',
  expectations: '',
  topics: [],
  anonymised_confirmed: false,
};

export function validateCase(values: CaseValues): FieldErrors<Field> {
  const errors: FieldErrors<Field> = {};
  if (values.title.trim().length < 3) errors.title = t.titleTooShort;
  if (!values.description.trim()) errors.description = t.required(t.description);
  if (!values.core_question.trim()) errors.core_question = t.required(t.coreQuestion);
  if (values.topics.length === 0) errors.topics = t.topicsRequired;
  if (values.topics.length > 5) errors.topics = t.topicsTooMany;
  if (!values.anonymised_confirmed) errors.anonymised_confirmed = t.anonymisedRequired;
  return errors;
}

interface CaseFormProps {
  initial: CaseValues;
  topics: readonly TopicPublic[];
  submitLabel: string;
  onSubmit: (body: CaseCreate) => Promise<void>;
}

/** The casusinbrengformulier, for a new case and for changes. Anonymity must be confirmed every time. */
export function CaseForm({ initial, topics, submitLabel, onSubmit }: CaseFormProps) {
  const [values, setValues] = useState<CaseValues>(initial);
  const [busy, setBusy] = useState(false);
  const [identifierProblem, setIdentifierProblem] = useState(false);
  const feedback = useFormFeedback<Field>(CASE_FORM_ID, CASE_FIELDS);
  const set = <K extends keyof CaseValues>(key: K) => (value: CaseValues[K]) => setValues((v) => ({ ...v, [key]: value }));
  const id = (name: Field) => fieldId(CASE_FORM_ID, name);

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    const errors = validateCase(values);
    setIdentifierProblem(false);
    if (Object.keys(errors).length > 0) {
      feedback.showErrors(errors);
      return;
    }
    setBusy(true);
    try {
      await onSubmit({ ...values, anonymised_confirmed: true });
      feedback.clearErrors();
    } catch (error) {
      const apiError = toApiError(error);
      setIdentifierProblem(isIdentifierProblem(apiError.problem));
      feedback.showServerError(apiError);
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <ErrorSummary items={feedback.summaryItems} focusKey={feedback.focusKey} />
      {identifierProblem ? (
        <p className="notice notice--error" role="alert">
          {t.identifierNotice}
        </p>
      ) : null}
      <form id={CASE_FORM_ID} noValidate onSubmit={handleSubmit} className="case-form">
        <TextField
          id={id('title')}
          name="title"
          label={t.title}
          hint={t.titleHint}
          value={values.title}
          onChange={set('title')}
          required
          error={feedback.fieldErrors.title}
        />
        <TextAreaField
          id={id('description')}
          name="description"
          label={t.description}
          hint={t.descriptionHint}
          value={values.description}
          onChange={set('description')}
          required
          rows={5}
          error={feedback.fieldErrors.description}
        />
        <TextAreaField
          id={id('background')}
          name="background"
          label={t.background}
          value={values.background}
          onChange={set('background')}
          rows={4}
          error={feedback.fieldErrors.background}
        />
        <TextAreaField
          id={id('core_question')}
          name="core_question"
          label={t.coreQuestion}
          hint={t.coreQuestionHint}
          value={values.core_question}
          onChange={set('core_question')}
          required
          rows={2}
          error={feedback.fieldErrors.core_question}
        />
        <TextAreaField
          id={id('earlier_actions')}
          name="earlier_actions"
          label={t.earlierActions}
          value={values.earlier_actions}
          onChange={set('earlier_actions')}
          rows={3}
          error={feedback.fieldErrors.earlier_actions}
        />
        <TextAreaField
          id={id('expectations')}
          name="expectations"
          label={t.expectations}
          value={values.expectations}
          onChange={set('expectations')}
          rows={3}
          error={feedback.fieldErrors.expectations}
        />
        <ChoiceGroup
          id={id('topics')}
          name="topics"
          legend={t.topics}
          hint={t.topicsHint}
          type="checkbox"
          required
          columns
          options={topics.map((topic) => ({ value: topic.slug, label: topic.name }))}
          values={values.topics}
          onChange={set('topics')}
          error={feedback.fieldErrors.topics}
        />
        <div className={feedback.fieldErrors.anonymised_confirmed ? 'field field--error' : 'field'}>
          {feedback.fieldErrors.anonymised_confirmed ? (
            <p className="field__error" id={`${id('anonymised_confirmed')}-error`}>
              {feedback.fieldErrors.anonymised_confirmed}
            </p>
          ) : null}
          <CheckboxField
            id={id('anonymised_confirmed')}
            name="anonymised_confirmed"
            label={t.anonymised}
            hint={t.anonymisedHint}
            checked={values.anonymised_confirmed}
            onChange={set('anonymised_confirmed')}
            describedBy={feedback.fieldErrors.anonymised_confirmed ? `${id('anonymised_confirmed')}-error` : undefined}
          />
        </div>
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? nl.common.saving : submitLabel}
        </button>
      </form>
    </>
  );
}
