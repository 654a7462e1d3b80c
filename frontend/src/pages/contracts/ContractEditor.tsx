import { useEffect, useRef, useState, type FormEvent } from 'react';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextAreaField } from '../../components/TextAreaField';
import { fieldId } from '../../components/fieldIds';
import { useFormFeedback } from '../../components/useFormFeedback';
import {
  CONTRACT_SECTIONS,
  contractSectionHints,
  contractSectionLabels,
  contractsNl,
  type ContractSectionKey,
} from '../../i18n/nl';
import { SECTION_MAX, validateSections } from './contractState';
import type { ContractSections } from './types';

const t = contractsNl.editor;
export const EDITOR_FORM_ID = 'groepsafspraken';

const counter = { max: SECTION_MAX, used: t.counter, over: t.counterOver };

interface ContractEditorProps {
  version: number;
  initial: ContractSections;
  /** Saves the draft; rejects with an ApiError to show. */
  onSave: (values: ContractSections) => Promise<void>;
  onCancel: () => void;
}

/** The coordinator's form for the four sections of the next version, saved as a draft. */
export function ContractEditor({ version, initial, onSave, onCancel }: ContractEditorProps) {
  const [values, setValues] = useState<ContractSections>(initial);
  const [saving, setSaving] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const feedback = useFormFeedback<ContractSectionKey>(EDITOR_FORM_ID, CONTRACT_SECTIONS);
  const { fieldErrors: errors } = feedback;

  // Opening the editor moves focus to it, so keyboard users land where they can start writing.
  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  function set(key: ContractSectionKey, value: string) {
    setValues((current) => ({ ...current, [key]: value }));
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const problems = validateSections(values);
    if (Object.keys(problems).length > 0) {
      feedback.showErrors(problems);
      return;
    }
    feedback.clearErrors();
    setSaving(true);
    try {
      await onSave(values);
    } catch (error) {
      feedback.showServerError(error);
      setSaving(false);
    }
  }

  return (
    <div className="contract-editor">
      <h3 ref={headingRef} tabIndex={-1}>
        {t.heading(version)}
      </h3>
      <p>{t.intro}</p>
      <ErrorSummary items={feedback.summaryItems} focusKey={feedback.focusKey} />
      <form id={EDITOR_FORM_ID} className="form" noValidate onSubmit={(event) => void submit(event)} aria-busy={saving}>
        {CONTRACT_SECTIONS.map((key) => (
          <TextAreaField
            key={key}
            id={fieldId(EDITOR_FORM_ID, key)}
            name={key}
            label={contractSectionLabels[key]}
            hint={contractSectionHints[key]}
            value={values[key]}
            onChange={(value) => set(key, value)}
            error={errors[key]}
            required
            rows={7}
            counter={counter}
          />
        ))}
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={saving}>
            {saving ? t.saving : t.save}
          </button>
          <button type="button" className="button button--secondary" onClick={onCancel} disabled={saving}>
            {t.cancel}
          </button>
        </div>
      </form>
    </div>
  );
}
