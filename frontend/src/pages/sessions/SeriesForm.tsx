import { useMemo, useState, type FormEvent } from 'react';
import { ChoiceGroup } from '../../components/ChoiceGroup';
import { ErrorSummary } from '../../components/ErrorSummary';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { fieldId } from '../../components/fieldIds';
import { useFormFeedback } from '../../components/useFormFeedback';
import { sessionsNl } from '../../i18n/nl';
import { amsterdamOffsetMinutes, formatPlainDate, formatTimeRange, parsePlainDate, parseTime } from './amsterdamTime';
import { SessionDetailsFields } from './SessionForm';
import { SESSION_SERVER_ALIASES, validateDetails, type SessionFormField } from './sessionForm';
import { MAX_INTERVAL_WEEKS, MAX_SERIES_LENGTH, previewSeries, type SeriesEnd, type SeriesPreview } from './seriesPreview';
import { useSessionChoices } from './useGroupPeople';
import type { SeriesCreate } from './types';

const t = sessionsNl.series;
const v = t.validation;

export interface SeriesFormValues {
  firstDate: string;
  startTime: string;
  endTime: string;
  intervalWeeks: string;
  end: SeriesEnd;
  count: string;
  until: string;
  location: string;
  onlineUrl: string;
  method: string;
  facilitatorId: string;
  caseBringerId: string;
  notes: string;
}

export const SERIES_FIELDS = [
  'firstDate',
  'startTime',
  'endTime',
  'intervalWeeks',
  'end',
  'count',
  'until',
  'location',
  'onlineUrl',
  'method',
  'facilitatorId',
  'notes',
] as const;
export type SeriesField = (typeof SERIES_FIELDS)[number];

const SERIES_ALIASES: Readonly<Record<string, SeriesField>> = {
  ...(SESSION_SERVER_ALIASES as Record<string, SeriesField>),
  first_date: 'firstDate',
  date: 'firstDate',
  interval_weeks: 'intervalWeeks',
  count: 'count',
  until: 'until',
};

export function emptySeriesForm(defaults: Partial<SeriesFormValues> = {}): SeriesFormValues {
  return {
    firstDate: '',
    startTime: '19:30',
    endTime: '21:30',
    intervalWeeks: '8',
    end: 'count',
    count: '6',
    until: '',
    location: '',
    onlineUrl: '',
    method: '',
    facilitatorId: '',
    caseBringerId: '',
    notes: '',
    ...defaults,
  };
}

export function validateSeries(values: SeriesFormValues, preview: SeriesPreview): Partial<Record<SeriesField, string>> {
  const f = sessionsNl.form.validation;
  const errors: Partial<Record<SeriesField, string>> = {};
  if (!values.firstDate.trim()) errors.firstDate = v.firstDateRequired;
  else if (!parsePlainDate(values.firstDate)) errors.firstDate = f.dateInvalid;
  if (!values.startTime.trim()) errors.startTime = f.startRequired;
  else if (!parseTime(values.startTime)) errors.startTime = f.timeInvalid;
  if (!values.endTime.trim()) errors.endTime = f.endRequired;
  else if (!parseTime(values.endTime)) errors.endTime = f.timeInvalid;
  if (!errors.startTime && !errors.endTime && values.endTime.slice(0, 5) <= values.startTime.slice(0, 5)) {
    errors.endTime = f.endBeforeStart;
  }
  if (values.end === 'count') {
    const count = Number(values.count);
    if (!/^\d+$/.test(values.count.trim()) || count < 1 || count > MAX_SERIES_LENGTH) {
      errors.count = v.countInvalid(MAX_SERIES_LENGTH);
    }
  } else if (!values.until.trim()) errors.until = v.untilRequired;
  else if (!parsePlainDate(values.until)) errors.until = f.dateInvalid;
  else if (preview.problem === 'untilBeforeFirst') errors.until = v.untilBeforeFirst;
  const endField = values.end === 'count' ? 'count' : 'until';
  if (preview.problem === 'tooMany' && !errors[endField]) errors[endField] = v.tooMany(preview.length, MAX_SERIES_LENGTH);
  // A time skipped by the clock change is a problem of the time, on some date of the series.
  if (preview.problem === 'nonexistent' && !errors.startTime) errors.startTime = v.nonexistent;
  return { ...errors, ...(validateDetails(values) as Partial<Record<SeriesField, string>>) };
}

const orNull = (value: string) => (value.trim() ? value.trim() : null);

export function toSeriesCreate(values: SeriesFormValues): SeriesCreate {
  return {
    first_date: values.firstDate,
    start_time: values.startTime.slice(0, 5),
    end_time: values.endTime.slice(0, 5),
    interval_weeks: Number(values.intervalWeeks),
    count: values.end === 'count' ? Number(values.count) : null,
    until: values.end === 'until' ? values.until : null,
    location_text: orNull(values.location),
    online_url: orNull(values.onlineUrl),
    method: orNull(values.method),
    facilitator_id: orNull(values.facilitatorId),
    notes: values.notes.trim(),
  };
}

const intervalOptions = Array.from({ length: MAX_INTERVAL_WEEKS }, (_, index) => ({
  value: String(index + 1),
  label: t.intervalOption(index + 1),
}));

interface SeriesFormProps {
  formId: string;
  groupId: string;
  initial: SeriesFormValues;
  onSubmit: (values: SeriesFormValues) => Promise<void>;
  onCancel: () => void;
}

/** Plan a whole series at once, with a live list of the dates it will get. */
export function SeriesForm({ formId, groupId, initial, onSubmit, onCancel }: SeriesFormProps) {
  const [values, setValues] = useState(initial);
  const [submitting, setSubmitting] = useState(false);
  const feedback = useFormFeedback<SeriesField>(formId, SERIES_FIELDS);
  const choices = useSessionChoices(groupId);
  const id = (field: SeriesField) => fieldId(formId, field);
  const errors = feedback.fieldErrors;
  const set = <K extends keyof SeriesFormValues>(key: K, value: SeriesFormValues[K]) =>
    setValues((current) => ({ ...current, [key]: value }));
  const preview = useMemo(() => previewSeries(values), [values]);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = validateSeries(values, preview);
    if (Object.keys(found).length > 0) {
      feedback.showErrors(found);
      return;
    }
    feedback.clearErrors();
    setSubmitting(true);
    try {
      await onSubmit(values);
    } catch (caught) {
      feedback.showServerError(caught, { aliases: SERIES_ALIASES });
    } finally {
      setSubmitting(false);
    }
  }

  const ready = preview.problem === null || preview.problem === 'nonexistent';
  return (
    <>
      <ErrorSummary items={feedback.summaryItems} focusKey={feedback.focusKey} />
      <form id={formId} className="session-form series-form" noValidate onSubmit={submit} aria-busy={submitting}>
        <p className="session-form__intro">{t.intro}</p>
        <div className="series-form__layout">
          <div className="series-form__fields">
            <fieldset className="fieldset">
              <legend className="visually-hidden">{sessionsNl.form.when}</legend>
              <TextField
                id={id('firstDate')}
                name="firstDate"
                type="date"
                label={t.firstDate}
                value={values.firstDate}
                onChange={(value) => set('firstDate', value)}
                error={errors.firstDate}
                required
              />
              <div className="session-form__times">
                <TextField
                  id={id('startTime')}
                  name="startTime"
                  type="time"
                  label={sessionsNl.form.startTime}
                  value={values.startTime}
                  onChange={(value) => set('startTime', value)}
                  error={errors.startTime}
                  required
                />
                <TextField
                  id={id('endTime')}
                  name="endTime"
                  type="time"
                  label={sessionsNl.form.endTime}
                  value={values.endTime}
                  onChange={(value) => set('endTime', value)}
                  error={errors.endTime}
                  required
                />
              </div>
              <p className="session-form__note">{sessionsNl.form.timeHint}</p>
              <SelectField
                id={id('intervalWeeks')}
                name="intervalWeeks"
                label={t.interval}
                value={values.intervalWeeks}
                onChange={(value) => set('intervalWeeks', value || '1')}
                options={intervalOptions}
                emptyLabel={sessionsNl.form.methodEmpty}
                error={errors.intervalWeeks}
                required
              />
              <ChoiceGroup
                id={id('end')}
                name={`${formId}-end`}
                legend={t.end}
                type="radio"
                options={[
                  { value: 'count', label: t.endCount },
                  { value: 'until', label: t.endUntil },
                ]}
                values={[values.end]}
                onChange={(chosen) => set('end', (chosen[0] as SeriesEnd | undefined) ?? 'count')}
                required
              />
              {values.end === 'count' ? (
                <TextField
                  id={id('count')}
                  name="count"
                  type="number"
                  inputMode="numeric"
                  width="short"
                  label={t.count}
                  hint={t.countHint(MAX_SERIES_LENGTH)}
                  value={values.count}
                  onChange={(value) => set('count', value)}
                  error={errors.count}
                  required
                />
              ) : (
                <TextField
                  id={id('until')}
                  name="until"
                  type="date"
                  label={t.until}
                  hint={t.untilHint}
                  value={values.until}
                  onChange={(value) => set('until', value)}
                  error={errors.until}
                  required
                />
              )}
            </fieldset>
          </div>
          <SeriesPreviewPanel id={`${formId}-voorbeeld`} preview={preview} />
        </div>
        <SessionDetailsFields
          formId={formId}
          values={values}
          set={set}
          errors={errors as Partial<Record<SessionFormField, string>>}
          people={choices.people}
          methods={choices.methodOptions}
          loading={choices.loading}
          withCaseBringer={false}
        />
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={submitting}>
            {submitting ? sessionsNl.form.submitting : t.submit(ready ? preview.items.length : 0)}
          </button>
          <button type="button" className="button button--secondary" onClick={onCancel} disabled={submitting}>
            {sessionsNl.form.cancel}
          </button>
        </div>
      </form>
    </>
  );
}

/** Whether the series crosses a change between summer and winter time (its UTC hours differ). */
function crossesClockChange(preview: SeriesPreview): boolean {
  const offsets = new Set(
    preview.items.flatMap((item) => (item.startsAt ? [amsterdamOffsetMinutes(item.startsAt)] : [])),
  );
  return offsets.size > 1;
}

export function SeriesPreviewPanel({ id, preview }: { id: string; preview: SeriesPreview }) {
  const first = preview.items[0];
  const last = preview.items[preview.items.length - 1];
  let summary: string = t.previewEmpty;
  if (preview.problem === 'endBeforeStart') summary = sessionsNl.form.validation.endBeforeStart;
  else if (preview.problem === 'untilBeforeFirst') summary = v.untilBeforeFirst;
  else if (preview.problem === 'tooMany') summary = v.tooMany(preview.length, MAX_SERIES_LENGTH);
  else if (first && last) summary = t.previewSummary(preview.items.length, formatPlainDate(first.date, true), formatPlainDate(last.date, true));
  const warn = preview.problem !== null && preview.problem !== 'incomplete';

  return (
    <section className="series-preview" aria-labelledby={`${id}-titel`}>
      <h3 id={`${id}-titel`} className="series-preview__title">
        {t.previewHeading}
      </h3>
      <p className={warn ? 'series-preview__summary series-preview__summary--warn' : 'series-preview__summary'} role="status" aria-live="polite">
        {summary}
      </p>
      {preview.items.length > 0 && preview.problem !== 'endBeforeStart' ? (
        <>
          {crossesClockChange(preview) ? <p className="series-preview__note">{t.previewDstNote}</p> : null}
          <div className="series-preview__scroll" role="region" aria-label={t.previewList} tabIndex={0}>
            <ol className="series-preview__list">
              {preview.items.map((item) => (
                <li key={item.date} className={item.nonexistent ? 'series-preview__item series-preview__item--problem' : 'series-preview__item'}>
                  <span className="series-preview__date">{formatPlainDate(item.date, true)}</span>
                  {item.startsAt && item.endsAt ? (
                    <span className="series-preview__time">{formatTimeRange(item.startsAt, item.endsAt)}</span>
                  ) : (
                    <span className="series-preview__time">{t.previewNonexistent}</span>
                  )}
                </li>
              ))}
            </ol>
          </div>
        </>
      ) : null}
    </section>
  );
}
