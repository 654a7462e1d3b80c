import { describedBy } from './fieldIds';
import { FieldShell } from './FieldShell';

export interface SelectOption {
  value: string;
  label: string;
}

interface SelectFieldProps {
  id: string;
  name: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  options: readonly SelectOption[];
  /** Text of the empty first option ("Maak een keuze" or "Geen"). */
  emptyLabel: string;
  hint?: string | undefined;
  error?: string | undefined;
  required?: boolean;
}

export function SelectField({
  id,
  name,
  label,
  value,
  onChange,
  options,
  emptyLabel,
  hint,
  error,
  required = false,
}: SelectFieldProps) {
  return (
    <FieldShell id={id} label={label} hint={hint} error={error} optional={!required}>
      <select
        className="select"
        id={id}
        name={name}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, Boolean(hint), Boolean(error))}
      >
        <option value="">{emptyLabel}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}
