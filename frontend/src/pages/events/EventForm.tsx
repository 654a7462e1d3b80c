import { useState, type FormEvent } from 'react';
import { ChoiceGroup, type ChoiceOption } from '../../components/ChoiceGroup';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { fieldId } from '../../components/fieldIds';
import { useFormFeedback } from '../../components/useFormFeedback';
import { EVENT_STATUSES, eventStatusHints, eventStatusLabels, eventsNl, groupsNl } from '../../i18n/nl';
import {
  DESCRIPTION_MAX,
  EVENT_FIELD_ALIASES,
  EVENT_FORM_FIELDS,
  validateEventForm,
  type EventFormField,
  type EventFormValues,
} from './eventForm';
import type { EventStatus } from './types';

const t = eventsNl.form;
export const EVENT_FORM_ID = 'bijeenkomst';

interface EventFormProps {
  initial: EventFormValues;
  submitLabel: string;
  /** A new event starts as draft or published; cancelling only makes sense for an existing one. */
  statuses?: readonly EventStatus[];
  /** Sends the values; rejects with an ApiError to show. */
  onSubmit: (values: EventFormValues) => Promise<void>;
  onCancel: () => void;
}

/** Create and edit form for a thematic meeting, with client checks that mirror the API's rules. */
export function EventForm({ initial, submitLabel, statuses = EVENT_STATUSES, onSubmit, onCancel }: EventFormProps) {
  const [values, setValues] = useState<EventFormValues>(initial);
  const [submitting, setSubmitting] = useState(false);
  const feedback = useFormFeedback<EventFormField>(EVENT_FORM_ID, EVENT_FORM_FIELDS);
  const id = (field: EventFormField) => fieldId(EVENT_FORM_ID, field);
  const errors = feedback.fieldErrors;

  const set = <K extends keyof EventFormValues>(key: K, value: EventFormValues[K]) =>
    setValues((current) => ({ ...current, [key]: value }));

  const statusOptions: ChoiceOption[] = statuses.map((value) => ({
    value,
    label: eventStatusLabels[value],
    hint: eventStatusHints[value],
  }));

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = validateEventForm(values);
    if (Object.keys(found).length > 0) {
      feedback.showErrors(found);
      return;
    }
    feedback.clearErrors();
    setSubmitting(true);
    try {
      await onSubmit(values);
    } catch (caught) {
      feedback.showServerError(caught, { aliases: EVENT_FIELD_ALIASES });
    } finally {
      setSubmitting(false);
    }
  }

  return (
    <>
      <ErrorSummary items={feedback.summaryItems} focusKey={feedback.focusKey} />
      <form id={EVENT_FORM_ID} className="form card event-form" noValidate onSubmit={submit} aria-busy={submitting}>
        <fieldset className="fieldset">
          <legend className="fieldset__legend">{t.sectionAbout}</legend>
          <TextField
            id={id('theme')}
            name="theme"
            label={t.theme}
            hint={t.themeHint}
            value={values.theme}
            onChange={(value) => set('theme', value)}
            error={errors.theme}
            required
          />
          <TextField
            id={id('title')}
            name="title"
            label={t.title}
            hint={t.titleHint}
            value={values.title}
            onChange={(value) => set('title', value)}
            error={errors.title}
            required
          />
          <TextAreaField
            id={id('description')}
            name="description"
            label={t.description}
            hint={t.descriptionHint}
            value={values.description}
            onChange={(value) => set('description', value)}
            error={errors.description}
            rows={8}
            counter={{ max: DESCRIPTION_MAX, used: groupsNl.join.counter, over: groupsNl.join.counterOver }}
          />
          <TextField
            id={id('expert_name')}
            name="expert_name"
            label={t.expert}
            hint={t.expertHint}
            value={values.expert_name}
            onChange={(value) => set('expert_name', value)}
            error={errors.expert_name}
            required
          />
        </fieldset>

        <fieldset className="fieldset">
          <legend className="fieldset__legend">{t.sectionWhen}</legend>
          <TextField
            id={id('date')}
            name="date"
            type="date"
            label={t.date}
            width="short"
            value={values.date}
            onChange={(value) => set('date', value)}
            error={errors.date}
            required
          />
          <div className="field-row">
            <TextField
              id={id('start_time')}
              name="start_time"
              type="time"
              label={t.startTime}
              hint={t.timeHint}
              width="short"
              value={values.start_time}
              onChange={(value) => set('start_time', value)}
              error={errors.start_time}
              required
            />
            <TextField
              id={id('end_time')}
              name="end_time"
              type="time"
              label={t.endTime}
              hint={t.timeHint}
              width="short"
              value={values.end_time}
              onChange={(value) => set('end_time', value)}
              error={errors.end_time}
              required
            />
          </div>
          <TextField
            id={id('registration_closes_at')}
            name="registration_closes_at"
            type="datetime-local"
            label={t.closesAt}
            hint={t.closesAtHint}
            value={values.registration_closes_at}
            onChange={(value) => set('registration_closes_at', value)}
            error={errors.registration_closes_at}
          />
          <TextField
            id={id('plenary_url')}
            name="plenary_url"
            type="url"
            label={t.plenaryUrl}
            hint={t.plenaryUrlHint}
            value={values.plenary_url}
            onChange={(value) => set('plenary_url', value)}
            error={errors.plenary_url}
          />
        </fieldset>

        <fieldset className="fieldset">
          <legend className="fieldset__legend">{t.sectionPlaces}</legend>
          <div className="field-row">
            <TextField
              id={id('capacity')}
              name="capacity"
              label={t.capacity}
              hint={t.capacityHint}
              inputMode="numeric"
              width="short"
              value={values.capacity}
              onChange={(value) => set('capacity', value)}
              error={errors.capacity}
              required
            />
            <TextField
              id={id('room_size_max')}
              name="room_size_max"
              label={t.roomSizeMax}
              hint={t.roomSizeMaxHint}
              inputMode="numeric"
              width="short"
              value={values.room_size_max}
              onChange={(value) => set('room_size_max', value)}
              error={errors.room_size_max}
              required
            />
          </div>
        </fieldset>

        <div className="fieldset">
          <ChoiceGroup
            id={id('status')}
            name="status"
            legend={t.status}
            type="radio"
            options={statusOptions}
            values={values.status ? [values.status] : []}
            onChange={(chosen) => set('status', (chosen[0] ?? '') as EventStatus | '')}
            error={errors.status}
            required
          />
        </div>

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
