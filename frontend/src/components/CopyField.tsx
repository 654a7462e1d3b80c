import { useRef, useState } from 'react';
import { FieldShell } from './FieldShell';

interface CopyFieldProps {
  id: string;
  label: string;
  value: string;
  hint?: string | undefined;
  copyLabel: string;
  copiedMessage: string;
  failedMessage: string;
}

/**
 * A read-only text (a link, a key) with a copy button. The result is announced; when the clipboard
 * is not available the text is selected so it can be copied by hand.
 */
export function CopyField({ id, label, value, hint, copyLabel, copiedMessage, failedMessage }: CopyFieldProps) {
  const inputRef = useRef<HTMLInputElement>(null);
  const [message, setMessage] = useState<string | null>(null);

  async function copy() {
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(value);
      setMessage(copiedMessage);
    } catch {
      inputRef.current?.focus();
      inputRef.current?.select();
      setMessage(failedMessage);
    }
  }

  return (
    <FieldShell id={id} label={label} hint={hint}>
      <div className="copy-field">
        <input
          ref={inputRef}
          className="input copy-field__input"
          id={id}
          type="text"
          readOnly
          value={value}
          spellCheck={false}
          aria-describedby={hint ? `${id}-hint` : undefined}
          onFocus={(event) => event.currentTarget.select()}
        />
        <button type="button" className="button button--secondary" onClick={() => void copy()}>
          {copyLabel}
        </button>
      </div>
      <p className="copy-field__status" role="status" aria-live="polite">
        {message}
      </p>
    </FieldShell>
  );
}
