import { useState, type FormEvent } from 'react';
import { CheckboxField } from '../../components/CheckboxField';
import { ErrorSummary } from '../../components/ErrorSummary';
import { fieldId } from '../../components/fieldIds';
import { useFormFeedback } from '../../components/useFormFeedback';
import { contractsNl } from '../../i18n/nl';

const t = contractsNl.agreement;
const FORM_ID = 'akkoord';
const FIELDS = ['confirm'] as const;

interface AgreementFormProps {
  /** Agrees to the version that was read; rejects with an ApiError to show. */
  onAgree: () => Promise<void>;
}

/** "I have read it": a tick and a button, so agreeing is always a deliberate step. */
export function AgreementForm({ onAgree }: AgreementFormProps) {
  const [confirmed, setConfirmed] = useState(false);
  const [busy, setBusy] = useState(false);
  const feedback = useFormFeedback(FORM_ID, FIELDS);
  const checkboxId = fieldId(FORM_ID, 'confirm');
  const error = feedback.fieldErrors.confirm;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!confirmed) {
      feedback.showErrors({ confirm: t.checkboxRequired });
      return;
    }
    feedback.clearErrors();
    setBusy(true);
    try {
      await onAgree();
    } catch (problem) {
      feedback.showServerError(problem);
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <ErrorSummary items={feedback.summaryItems} focusKey={feedback.focusKey} />
      <form id={FORM_ID} className="agreement-form" noValidate onSubmit={(event) => void submit(event)} aria-busy={busy}>
        <div className={error ? 'field field--error' : 'field'}>
          {error ? (
            <p className="field__error" id={`${checkboxId}-error`}>
              {error}
            </p>
          ) : null}
          <CheckboxField
            id={checkboxId}
            name="confirm"
            label={t.checkbox}
            checked={confirmed}
            onChange={setConfirmed}
            describedBy={error ? `${checkboxId}-error` : undefined}
          />
        </div>
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? t.submitting : t.submit}
        </button>
      </form>
    </>
  );
}
