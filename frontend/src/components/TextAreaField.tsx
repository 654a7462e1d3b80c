import { describedBy } from './fieldIds';
import { FieldShell } from './FieldShell';

interface TextAreaFieldProps {
  id: string;
  name: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string | undefined;
  error?: string | undefined;
  required?: boolean;
  rows?: number;
  /** Shows "n van max tekens gebruikt" under the field; no hard limit, so pasted text is never cut off. */
  counter?: { max: number; used: (used: number, max: number) => string; over: (over: number) => string };
}

export function TextAreaField({
  id,
  name,
  label,
  value,
  onChange,
  hint,
  error,
  required = false,
  rows = 5,
  counter,
}: TextAreaFieldProps) {
  const base = describedBy(id, Boolean(hint), Boolean(error));
  const counterId = `${id}-counter`;
  const over = counter ? value.length - counter.max : 0;
  return (
    <FieldShell id={id} label={label} hint={hint} error={error} optional={!required}>
      <textarea
        className="input textarea"
        id={id}
        name={name}
        rows={rows}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={[base, counter ? counterId : null].filter(Boolean).join(' ') || undefined}
      />
      {counter ? (
        <p className={over > 0 ? 'counter counter--over' : 'counter'} id={counterId}>
          {over > 0 ? counter.over(over) : counter.used(value.length, counter.max)}
        </p>
      ) : null}
    </FieldShell>
  );
}
