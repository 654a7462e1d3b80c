import { useEffect, useId, useRef, useState } from 'react';
import { adminNl } from '../../i18n/nl';

const t = adminNl.secret;

interface OneTimeSecretProps {
  heading: string;
  warning: string;
  label: string;
  hint?: string;
  value: string;
  doneLabel: string;
  onDone: () => void;
}

/**
 * A secret (an API key, a webhook secret) that the server shows only once: a warning, the value
 * in full, a copy button whose result is announced, and a button to close it. The heading takes
 * focus when it appears, so screen reader users land on it right after creating.
 */
export function OneTimeSecret({ heading, warning, label, hint, value, doneLabel, onDone }: OneTimeSecretProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const valueRef = useRef<HTMLTextAreaElement>(null);
  const [copyMessage, setCopyMessage] = useState<string | null>(null);
  const id = useId();
  const headingId = `${id}-heading`;
  const valueId = `${id}-value`;
  const hintId = `${id}-hint`;
  const warningId = `${id}-warning`;

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  function selectValue() {
    valueRef.current?.focus();
    valueRef.current?.select();
  }

  async function copy() {
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(value);
      setCopyMessage(t.copied);
    } catch {
      selectValue();
      setCopyMessage(t.copyFailed);
    }
  }

  return (
    <section className="card one-time" aria-labelledby={headingId}>
      <h3 className="one-time__heading" id={headingId} ref={headingRef} tabIndex={-1}>
        {heading}
      </h3>
      <div className="notice notice--warning one-time__warning" id={warningId}>
        <p>
          <strong>{t.warningTitle}.</strong> {warning}
        </p>
      </div>
      <label className="field__label" htmlFor={valueId}>
        {label}
      </label>
      {hint ? (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      <div className="one-time__row">
        <textarea
          className="input one-time__value"
          id={valueId}
          ref={valueRef}
          readOnly
          rows={2}
          spellCheck={false}
          autoComplete="off"
          value={value}
          aria-describedby={hint ? `${hintId} ${warningId}` : warningId}
          data-testid="one-time-value"
          onFocus={(event) => event.currentTarget.select()}
        />
        <button type="button" className="button button--primary" onClick={() => void copy()}>
          {adminNl.common.copy}
          {' '}
          <span className="visually-hidden">({label})</span>
        </button>
      </div>
      <p className="one-time__status" role="status" aria-live="polite">
        {copyMessage}
      </p>
      <div className="form__actions">
        <button type="button" className="button button--secondary" onClick={onDone}>
          {doneLabel}
        </button>
      </div>
    </section>
  );
}
