import type { HTMLInputAutoCompleteAttribute, HTMLInputTypeAttribute } from 'react';
import { describedBy } from './fieldIds';
import { FieldShell } from './FieldShell';

interface TextFieldProps {
  id: string;
  name: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  type?: HTMLInputTypeAttribute;
  autoComplete?: HTMLInputAutoCompleteAttribute;
  inputMode?: 'text' | 'numeric' | 'email';
  hint?: string | undefined;
  error?: string | undefined;
  required?: boolean;
  width?: 'full' | 'short';
}

export function TextField({
  id,
  name,
  label,
  value,
  onChange,
  type = 'text',
  autoComplete,
  inputMode,
  hint,
  error,
  required = false,
  width = 'full',
}: TextFieldProps) {
  return (
    <FieldShell id={id} label={label} hint={hint} error={error} optional={!required}>
      <input
        className={`input input--${width}`}
        id={id}
        name={name}
        type={type}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        autoComplete={autoComplete}
        inputMode={inputMode}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, Boolean(hint), Boolean(error))}
        spellCheck={type === 'email' || type === 'password' ? false : undefined}
      />
    </FieldShell>
  );
}
