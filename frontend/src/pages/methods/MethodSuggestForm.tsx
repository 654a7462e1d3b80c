import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useApi } from '../../api/ApiContext';
import { ChoiceGroup } from '../../components/ChoiceGroup';
import { ErrorSummary } from '../../components/ErrorSummary';
import { StatusMessage } from '../../components/StatusMessage';
import { TextField } from '../../components/TextField';
import { fieldId } from '../../components/fieldIds';
import { useFormFeedback } from '../../components/useFormFeedback';
import {
  casesNl,
  GROUP_EXPERIENCES,
  groupExperienceLabels,
  SITUATIONS,
  situationLabels,
  type GroupExperienceValue,
  type SituationValue,
} from '../../i18n/nl';
import { suggestMethods, type MethodSuggestion } from './methodsApi';

const t = casesNl.suggest;
const FORM_ID = 'methode-hulp';
const FIELDS = ['situations', 'group_experience', 'minutes_available'] as const;
type Field = (typeof FIELDS)[number];

/** Parses the optional minutes field: null when empty, NaN when not a whole number in range. */
export function parseMinutes(value: string): number | null {
  const trimmed = value.trim();
  if (trimmed === '') return null;
  if (!/^\d+$/.test(trimmed)) return Number.NaN;
  const minutes = Number(trimmed);
  return minutes >= 30 && minutes <= 300 ? minutes : Number.NaN;
}

export function MethodSuggestForm() {
  const client = useApi();
  const [situations, setSituations] = useState<string[]>([]);
  const [experience, setExperience] = useState<GroupExperienceValue>('some');
  const [minutes, setMinutes] = useState('');
  const [busy, setBusy] = useState(false);
  const [results, setResults] = useState<MethodSuggestion[] | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const feedback = useFormFeedback<Field>(FORM_ID, FIELDS);
  const resultsHeading = useRef<HTMLHeadingElement>(null);
  const [resultsShown, setResultsShown] = useState(0);

  // Focus the results once they are on screen (after the render that shows them).
  useEffect(() => {
    if (resultsShown > 0) resultsHeading.current?.focus();
  }, [resultsShown]);

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    const errors: Partial<Record<Field, string>> = {};
    if (situations.length === 0) errors.situations = t.situationsRequired;
    const parsedMinutes = parseMinutes(minutes);
    if (Number.isNaN(parsedMinutes)) errors.minutes_available = t.minutesInvalid;
    if (Object.keys(errors).length > 0) {
      feedback.showErrors(errors);
      return;
    }
    feedback.clearErrors();
    setBusy(true);
    try {
      const items = await suggestMethods(client, {
        situations: situations as SituationValue[],
        group_experience: experience,
        minutes_available: parsedMinutes,
        limit: 3,
      });
      setResults(items);
      setStatus(items.length === 0 ? t.noResults : t.resultCount(items.length));
      setResultsShown((count) => count + 1);
    } catch (error) {
      feedback.showServerError(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="section card method-suggest" aria-labelledby="methode-hulp-titel">
      <h2 id="methode-hulp-titel">{t.heading}</h2>
      <p>{t.intro}</p>
      <ErrorSummary items={feedback.summaryItems} focusKey={feedback.focusKey} />
      <form id={FORM_ID} noValidate onSubmit={handleSubmit}>
        <ChoiceGroup
          id={fieldId(FORM_ID, 'situations')}
          name="situations"
          legend={t.situationsLegend}
          hint={t.situationsHint}
          type="checkbox"
          required
          options={SITUATIONS.map((value) => ({ value, label: situationLabels[value] }))}
          values={situations}
          onChange={setSituations}
          error={feedback.fieldErrors.situations}
        />
        <ChoiceGroup
          id={fieldId(FORM_ID, 'group_experience')}
          name="group_experience"
          legend={t.experienceLabel}
          type="radio"
          required
          options={GROUP_EXPERIENCES.map((value) => ({ value, label: groupExperienceLabels[value] }))}
          values={[experience]}
          onChange={(values) => setExperience((values[0] ?? 'some') as GroupExperienceValue)}
          error={feedback.fieldErrors.group_experience}
        />
        <TextField
          id={fieldId(FORM_ID, 'minutes_available')}
          name="minutes_available"
          label={t.minutesLabel}
          hint={t.minutesHint}
          value={minutes}
          onChange={setMinutes}
          inputMode="numeric"
          width="short"
          error={feedback.fieldErrors.minutes_available}
        />
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? t.submitting : t.submit}
        </button>
      </form>
      <StatusMessage message={status} tone="info" />
      {results && results.length > 0 ? (
        <div className="method-suggest__results">
          <h3 ref={resultsHeading} tabIndex={-1}>
            {t.resultsHeading}
          </h3>
          <ol className="suggestion-list">
            {results.map((item) => (
              <li key={item.method.slug} className="suggestion">
                <h4>
                  <Link to={`/methoden/${item.method.slug}`}>{item.method.name}</Link>
                </h4>
                <p>{item.reason}</p>
                {item.cautions.length > 0 ? (
                  <>
                    <p className="suggestion__cautions-label">{t.cautions}</p>
                    <ul>
                      {item.cautions.map((caution) => (
                        <li key={caution}>{caution}</li>
                      ))}
                    </ul>
                  </>
                ) : null}
              </li>
            ))}
          </ol>
        </div>
      ) : null}
    </section>
  );
}
