import { useState, type FormEvent } from 'react';
import { ErrorSummary } from '../../components/ErrorSummary';
import { LoadingMessage } from '../../components/LoadingMessage';
import { SelectField } from '../../components/SelectField';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { fieldId } from '../../components/fieldIds';
import { useFormFeedback } from '../../components/useFormFeedback';
import { sessionsNl } from '../../i18n/nl';
import {
  NOTES_MAX,
  SESSION_FORM_FIELDS,
  SESSION_SERVER_ALIASES,
  validateSessionForm,
  type SessionFormField,
  type SessionFormValues,
} from './sessionForm';
import { useSessionChoices } from './useGroupPeople';
import type { PersonRef } from './types';

const t = sessionsNl.form;

interface SessionFormProps {
  /** Prefix of the field ids; unique on the page. */
  formId: string;
  groupId: string;
  initial: SessionFormValues;
  submitLabel: string;
  /** Sends the values; rejects with an ApiError to show. */
  onSubmit: (values: SessionFormValues) => Promise<void>;
  onCancel: () => void;
  /** The attendance is recorded: date and times can no longer change. */
  timesLocked?: boolean;
  /** People set on the session now, who may have left the group since. */
  currentPeople?: (PersonRef | null)[];
}

/** Plan or change one session: when (Dutch time), where, method and roles. */
export function SessionForm({
  formId,
  groupId,
  initial,
  submitLabel,
  onSubmit,
  onCancel,
  timesLocked = false,
  currentPeople = [],
}: SessionFormProps) {
  const [values, setValues] = useState(initial);
  const [submitting, setSubmitting] = useState(false);
  const feedback = useFormFeedback<SessionFormField>(formId, SESSION_FORM_FIELDS);
  const choices = useSessionChoices(groupId, currentPeople);
  const id = (field: SessionFormField) => fieldId(formId, field);
  const errors = feedback.fieldErrors;
  const set = <K extends keyof SessionFormValues>(key: K, value: SessionFormValues[K]) =>
    setValues((current) => ({ ...current, [key]: value }));

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = validateSessionForm(values);
    if (Object.keys(found).length > 0) {
      feedback.showErrors(found);
      return;
    }
    feedback.clearErrors();
    setSubmitting(true);
    try {
      await onSubmit(values);
    } catch (caught) {
      feedback.showServerError(caught, { aliases: SESSION_SERVER_ALIASES });
    } finally {
      setSubmitting(false);
    }
  }

  return (
    <>
      <ErrorSummary items={feedback.summaryItems} focusKey={feedback.focusKey} />
      <form id={formId} className="session-form" noValidate onSubmit={submit} aria-busy={submitting}>
        <fieldset className="fieldset" disabled={timesLocked}>
          <legend className="visually-hidden">{t.when}</legend>
          <div className="session-form__when">
            <TextField
              id={id('date')}
              name="date"
              type="date"
              label={t.date}
              value={values.date}
              onChange={(value) => set('date', value)}
              error={errors.date}
              required
            />
            <TextField
              id={id('startTime')}
              name="startTime"
              type="time"
              label={t.startTime}
              value={values.startTime}
              onChange={(value) => set('startTime', value)}
              error={errors.startTime}
              required
            />
            <TextField
              id={id('endTime')}
              name="endTime"
              type="time"
              label={t.endTime}
              value={values.endTime}
              onChange={(value) => set('endTime', value)}
              error={errors.endTime}
              required
            />
          </div>
          <p className="session-form__note">{timesLocked ? sessionsNl.edit.heldNote : t.timeHint}</p>
        </fieldset>
        <SessionDetailsFields
          formId={formId}
          values={values}
          set={set}
          errors={errors}
          people={choices.people}
          methods={choices.methodOptions}
          loading={choices.loading}
          withCaseBringer
        />
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={submitting}>
            {submitting ? t.submitting : submitLabel}
          </button>
          <button type="button" className="button button--secondary" onClick={onCancel} disabled={submitting}>
            {t.cancel}
          </button>
        </div>
      </form>
    </>
  );
}

type DetailValues = Pick<SessionFormValues, 'location' | 'onlineUrl' | 'method' | 'facilitatorId' | 'caseBringerId' | 'notes'>;

interface DetailsProps<V extends DetailValues> {
  formId: string;
  values: V;
  set: <K extends keyof V>(key: K, value: V[K]) => void;
  errors: Partial<Record<SessionFormField, string>>;
  people: { value: string; label: string }[];
  methods: { value: string; label: string }[];
  loading: boolean;
  withCaseBringer: boolean;
}

/** Where, method, facilitator (and case bringer) and notes: shared by the session and series forms. */
export function SessionDetailsFields<V extends DetailValues>({
  formId,
  values,
  set,
  errors,
  people,
  methods,
  loading,
  withCaseBringer,
}: DetailsProps<V>) {
  const id = (field: SessionFormField) => fieldId(formId, field);
  return (
    <>
      <TextField
        id={id('location')}
        name="location"
        label={t.location}
        hint={t.locationHint}
        value={values.location}
        onChange={(value) => set('location', value as V['location'])}
        error={errors.location}
      />
      <TextField
        id={id('onlineUrl')}
        name="onlineUrl"
        type="url"
        inputMode="text"
        label={t.onlineUrl}
        hint={t.onlineUrlHint}
        value={values.onlineUrl}
        onChange={(value) => set('onlineUrl', value as V['onlineUrl'])}
        error={errors.onlineUrl}
      />
      <SelectField
        id={id('method')}
        name="method"
        label={t.method}
        value={values.method}
        onChange={(value) => set('method', value as V['method'])}
        options={methods}
        emptyLabel={t.methodEmpty}
        error={errors.method}
      />
      {loading ? <LoadingMessage>{t.peopleLoading}</LoadingMessage> : null}
      <div className="session-form__people">
        <SelectField
          id={id('facilitatorId')}
          name="facilitatorId"
          label={t.facilitator}
          hint={t.facilitatorHint}
          value={values.facilitatorId}
          onChange={(value) => set('facilitatorId', value as V['facilitatorId'])}
          options={people}
          emptyLabel={t.personEmpty}
          error={errors.facilitatorId}
        />
        {withCaseBringer ? (
          <SelectField
            id={id('caseBringerId')}
            name="caseBringerId"
            label={t.caseBringer}
            hint={t.caseBringerHint}
            value={values.caseBringerId}
            onChange={(value) => set('caseBringerId', value as V['caseBringerId'])}
            options={people}
            emptyLabel={t.personEmpty}
            error={errors.caseBringerId}
          />
        ) : null}
      </div>
      <TextAreaField
        id={id('notes')}
        name="notes"
        label={t.notes}
        hint={t.notesHint}
        value={values.notes}
        onChange={(value) => set('notes', value as V['notes'])}
        error={errors.notes}
        rows={4}
        counter={{ max: NOTES_MAX, used: t.counter, over: t.counterOver }}
      />
    </>
  );
}
