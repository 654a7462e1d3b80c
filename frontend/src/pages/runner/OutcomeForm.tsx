import { useState, type FormEvent } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useApi } from '../../api/ApiContext';
import { ErrorSummary } from '../../components/ErrorSummary';
import { StatusMessage } from '../../components/StatusMessage';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { useFormFeedback } from '../../components/useFormFeedback';
import { casesNl, nl } from '../../i18n/nl';
import { caseKeys, recordOutcome, useCase, type CasePublic } from '../cases/casesApi';

const t = casesNl.runner;

interface Item {
  id: string | null;
  key: number;
  text: string;
  status: 'open' | 'done';
}

function OutcomeFields({ kase }: { kase: CasePublic }) {
  const client = useApi();
  const queryClient = useQueryClient();
  const formId = `uitkomst-${kase.id}`;
  const [insights, setInsights] = useState(kase.insights);
  const [items, setItems] = useState<Item[]>(() =>
    kase.action_plan.length > 0
      ? kase.action_plan.map((item, index) => ({ id: item.id, key: index, text: item.text, status: item.status }))
      : [{ id: null, key: 0, text: '', status: 'open' }],
  );
  const [nextKey, setNextKey] = useState(items.length + 1);
  const [busy, setBusy] = useState(false);
  const [flash, setFlash] = useState<string | null>(null);
  const feedback = useFormFeedback<'insights'>(formId, ['insights']);
  const [itemErrors, setItemErrors] = useState<Record<number, string>>({});

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    setFlash(null);
    const filled = items.filter((item) => item.text.trim() || item.id);
    const errors: Record<number, string> = {};
    for (const item of filled) if (!item.text.trim()) errors[item.key] = t.actionRequired;
    setItemErrors(errors);
    if (Object.keys(errors).length > 0) {
      feedback.showErrors({}, Object.values(errors));
      return;
    }
    setBusy(true);
    try {
      const saved = await recordOutcome(client, kase.id, {
        insights,
        action_plan: filled.map((item) => ({ id: item.id, text: item.text.trim(), status: item.status })),
      });
      queryClient.setQueryData(caseKeys.detail(kase.id), saved);
      await queryClient.invalidateQueries({ queryKey: caseKeys.mine });
      feedback.clearErrors();
      setFlash(t.outcomeSaved);
    } catch (error) {
      feedback.showServerError(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="section card" aria-labelledby={`${formId}-titel`}>
      <h2 id={`${formId}-titel`}>{t.outcomeHeading(kase.title)}</h2>
      <p>{t.outcomeIntro}</p>
      <ErrorSummary items={feedback.summaryItems} focusKey={feedback.focusKey} />
      <form id={formId} onSubmit={handleSubmit} noValidate>
        <TextAreaField
          id={`${formId}-insights`}
          name="insights"
          label={t.insights}
          value={insights}
          onChange={setInsights}
          rows={4}
          error={feedback.fieldErrors.insights}
        />
        <ol className="action-items">
          {items.map((item, index) => (
            <li key={item.key} className="action-item">
              <TextField
                id={`${formId}-actie-${item.key}`}
                name={`action-${item.key}`}
                label={t.actionItem(index + 1)}
                value={item.text}
                onChange={(text) => setItems((all) => all.map((other) => (other.key === item.key ? { ...other, text } : other)))}
                error={itemErrors[item.key]}
              />
              <button
                type="button"
                className="button button--secondary button--small"
                onClick={() => setItems((all) => all.filter((other) => other.key !== item.key))}
              >
                {t.removeAction(index + 1)}
              </button>
            </li>
          ))}
        </ol>
        <div className="button-row">
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              setItems((all) => [...all, { id: null, key: nextKey, text: '', status: 'open' }]);
              setNextKey((key) => key + 1);
            }}
          >
            {t.addAction}
          </button>
          <button type="submit" className="button button--primary" disabled={busy}>
            {busy ? nl.common.saving : t.saveOutcome}
          </button>
        </div>
      </form>
      <StatusMessage message={flash} />
    </section>
  );
}

/** The case bringer's insights and action plan, loaded from the case so earlier items keep their id. */
export function OutcomeForm({ caseId }: { caseId: string }) {
  const kase = useCase(caseId);
  if (!kase.data) return null;
  return <OutcomeFields kase={kase.data} />;
}
