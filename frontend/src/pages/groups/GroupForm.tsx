import { useState, type FormEvent } from 'react';
import { toApiError } from '../../api/problem';
import { ChoiceGroup, type ChoiceOption } from '../../components/ChoiceGroup';
import { ErrorSummary } from '../../components/ErrorSummary';
import { PlaceCombobox } from '../../components/PlaceCombobox';
import { SelectField } from '../../components/SelectField';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { fieldId } from '../../components/fieldIds';
import { useFormFeedback } from '../../components/useFormFeedback';
import {
  AUDIENCES,
  DAYPARTS,
  FACILITATOR_TYPES,
  GROUP_IDENTITIES,
  GROUP_LANGUAGES,
  GROUP_LIFECYCLES,
  GROUP_MODES,
  WEEKDAYS,
  daypartLabels,
  facilitatorLabels,
  groupModeHints,
  groupModeLabels,
  groupsNl,
  identityLabels,
  languageLabels,
  lifecycleHints,
  lifecycleLabels,
  registrationBodyLabels,
  weekdayLabels,
} from '../../i18n/nl';
import { audienceLabels } from './format';
import {
  GROUP_FORM_FIELDS,
  SERVER_FIELD_ALIASES,
  validateGroupForm,
  type GroupFormField,
  type GroupFormValues,
} from './groupForm';
import { useMethods } from './groupsApi';
import { asPlaceProblem, PlaceProblemNotice } from './PlaceProblemNotice';
import type { PlaceProblem } from './types';

const t = groupsNl.form;
const FORM_ID = 'groep';

interface GroupFormProps {
  initial: GroupFormValues;
  submitLabel: string;
  /** Sends the values; rejects with an ApiError to show. */
  onSubmit: (values: GroupFormValues) => Promise<void>;
  onCancel: () => void;
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

const modeOptions: ChoiceOption[] = GROUP_MODES.map((value) => ({
  value,
  label: groupModeLabels[value],
  hint: groupModeHints[value],
}));
const facilitatorOptions: ChoiceOption[] = FACILITATOR_TYPES.map((value) => ({ value, label: facilitatorLabels[value] }));
const lifecycleOptions: ChoiceOption[] = GROUP_LIFECYCLES.map((value) => ({
  value,
  label: lifecycleLabels[value],
  hint: lifecycleHints[value],
}));
const audienceOptions: ChoiceOption[] = AUDIENCES.map((value) => ({ value, label: audienceLabels[value] }));
const registrationOptions: ChoiceOption[] = [
  { value: 'skj', label: registrationBodyLabels.skj },
  { value: 'registerplein', label: registrationBodyLabels.registerplein },
];
const weekdayOptions = WEEKDAYS.map((value) => ({ value, label: capitalise(weekdayLabels[value]) }));
const daypartOptions = DAYPARTS.map((value) => ({ value, label: daypartLabels[value] }));
const identityOptions = GROUP_IDENTITIES.map((value) => ({ value, label: identityLabels[value] }));
const languageOptions: ChoiceOption[] = GROUP_LANGUAGES.map((value) => ({ value, label: languageLabels[value] }));

/** Create and edit form for a group, with client checks that mirror the API's rules. */
export function GroupForm({ initial, submitLabel, onSubmit, onCancel }: GroupFormProps) {
  const methods = useMethods();
  const [values, setValues] = useState<GroupFormValues>(initial);
  const [submitting, setSubmitting] = useState(false);
  const [placeProblem, setPlaceProblem] = useState<PlaceProblem | null>(null);
  const feedback = useFormFeedback<GroupFormField>(FORM_ID, GROUP_FORM_FIELDS);
  const id = (field: GroupFormField) => fieldId(FORM_ID, field);

  const set = <K extends keyof GroupFormValues>(key: K, value: GroupFormValues[K]) =>
    setValues((current) => ({ ...current, [key]: value }));

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPlaceProblem(null);
    const errors = validateGroupForm(values);
    if (Object.keys(errors).length > 0) {
      feedback.showErrors(errors);
      return;
    }
    feedback.clearErrors();
    setSubmitting(true);
    try {
      await onSubmit(values);
    } catch (caught) {
      const { problem } = toApiError(caught);
      const place = asPlaceProblem(problem as PlaceProblem);
      // A place the API could not resolve carries the query it looked for.
      if (place || (problem.status === 422 && 'query' in problem && !problem.errors?.length)) {
        setPlaceProblem(place);
        feedback.showErrors({ location: problem.detail?.trim() ? problem.detail : problem.title });
      } else {
        feedback.showServerError(caught, { aliases: SERVER_FIELD_ALIASES });
      }
    } finally {
      setSubmitting(false);
    }
  }

  const methodOptions: ChoiceOption[] = (methods.data ?? []).map((method) => ({
    value: method.slug,
    label: method.name,
    hint: method.summary,
  }));
  const errors = feedback.fieldErrors;

  return (
    <>
      <ErrorSummary items={feedback.summaryItems} focusKey={feedback.focusKey} />
      <form id={FORM_ID} className="form card group-form" noValidate onSubmit={submit} aria-busy={submitting}>
        <fieldset className="fieldset">
          <legend className="fieldset__legend">{t.sectionAbout}</legend>
          <TextField
            id={id('name')}
            name="name"
            label={t.name}
            hint={t.nameHint}
            value={values.name}
            onChange={(value) => set('name', value)}
            error={errors.name}
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
            rows={7}
            counter={{ max: 4000, used: groupsNl.join.counter, over: groupsNl.join.counterOver }}
          />
        </fieldset>

        <fieldset className="fieldset">
          <legend className="fieldset__legend">{t.sectionWhere}</legend>
          <ChoiceGroup
            id={id('mode')}
            name="mode"
            type="radio"
            legend={t.mode}
            options={modeOptions}
            values={values.mode ? [values.mode] : []}
            onChange={([mode]) => set('mode', mode ?? '')}
            error={errors.mode}
            required
          />
          {values.mode === 'online' ? null : (
            <>
              <PlaceCombobox
                id={id('location')}
                name="location"
                label={t.location}
                hint={t.locationHint}
                value={values.location}
                onChange={(value) => set('location', value)}
                error={errors.location}
                required
              />
              {placeProblem ? (
                <PlaceProblemNotice
                  problem={placeProblem}
                  onChoose={(label) => {
                    set('location', label);
                    setPlaceProblem(null);
                    document.getElementById(id('location'))?.focus();
                  }}
                />
              ) : null}
            </>
          )}
          <div className="field-row">
            <SelectField
              id={id('weekday')}
              name="weekday"
              label={t.weekday}
              value={values.weekday}
              onChange={(value) => set('weekday', value)}
              options={weekdayOptions}
              emptyLabel={t.notDecided}
              error={errors.weekday}
            />
            <SelectField
              id={id('daypart')}
              name="daypart"
              label={t.daypart}
              value={values.daypart}
              onChange={(value) => set('daypart', value)}
              options={daypartOptions}
              emptyLabel={t.notDecided}
              error={errors.daypart}
            />
          </div>
          <div className="field-row">
            <TextField
              id={id('meetings_per_year')}
              name="meetings_per_year"
              label={t.meetingsPerYear}
              hint={t.meetingsPerYearHint}
              inputMode="numeric"
              width="short"
              value={values.meetings_per_year}
              onChange={(value) => set('meetings_per_year', value)}
              error={errors.meetings_per_year}
              required
            />
            <TextField
              id={id('session_minutes')}
              name="session_minutes"
              label={t.sessionMinutes}
              hint={t.sessionMinutesHint}
              inputMode="numeric"
              width="short"
              value={values.session_minutes}
              onChange={(value) => set('session_minutes', value)}
              error={errors.session_minutes}
              required
            />
          </div>
        </fieldset>

        <fieldset className="fieldset">
          <legend className="fieldset__legend">{t.sectionHow}</legend>
          <div className="field-row">
            <TextField
              id={id('size_min')}
              name="size_min"
              label={t.sizeMin}
              hint={t.sizeHint}
              inputMode="numeric"
              width="short"
              value={values.size_min}
              onChange={(value) => set('size_min', value)}
              error={errors.size_min}
              required
            />
            <TextField
              id={id('size_max')}
              name="size_max"
              label={t.sizeMax}
              hint={t.sizeHint}
              inputMode="numeric"
              width="short"
              value={values.size_max}
              onChange={(value) => set('size_max', value)}
              error={errors.size_max}
              required
            />
          </div>
          <ChoiceGroup
            id={id('facilitator_type')}
            name="facilitator_type"
            type="radio"
            legend={t.facilitator}
            options={facilitatorOptions}
            values={values.facilitator_type ? [values.facilitator_type] : []}
            onChange={([value]) => set('facilitator_type', value ?? '')}
            error={errors.facilitator_type}
            required
          />
          <ChoiceGroup
            id={id('methods')}
            name="methods"
            type="checkbox"
            legend={t.methods}
            hint={t.methodsHint}
            options={methodOptions}
            values={values.methods}
            onChange={(next) => set('methods', next)}
            error={errors.methods}
            columns
          />
        </fieldset>

        <fieldset className="fieldset">
          <legend className="fieldset__legend">{t.sectionWho}</legend>
          <ChoiceGroup
            id={id('audience')}
            name="audience"
            type="checkbox"
            legend={t.audience}
            hint={t.audienceHint}
            options={audienceOptions}
            values={values.audience}
            onChange={(next) => set('audience', next)}
            error={errors.audience}
            columns
          />
          <SelectField
            id={id('identity')}
            name="identity"
            label={t.identity}
            value={values.identity}
            onChange={(value) => set('identity', value)}
            options={identityOptions}
            emptyLabel={t.identityNone}
            error={errors.identity}
          />
          <ChoiceGroup
            id={id('language')}
            name="language"
            type="radio"
            legend={t.language}
            options={languageOptions}
            values={[values.language]}
            onChange={([value]) => set('language', value ?? 'nl')}
            error={errors.language}
            required
          />
          <ChoiceGroup
            id={id('registrations')}
            name="registrations"
            type="checkbox"
            legend={t.registrations}
            options={registrationOptions}
            values={values.registrations}
            onChange={(next) => set('registrations', next)}
            error={errors.registrations}
          />
        </fieldset>

        <fieldset className="fieldset">
          <legend className="fieldset__legend">{t.sectionStatus}</legend>
          <ChoiceGroup
            id={id('lifecycle')}
            name="lifecycle"
            type="radio"
            legend={t.lifecycle}
            options={lifecycleOptions}
            values={values.lifecycle ? [values.lifecycle] : []}
            onChange={([value]) => set('lifecycle', value ?? '')}
            error={errors.lifecycle}
            required
          />
        </fieldset>

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
