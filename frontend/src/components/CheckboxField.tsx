import type { ReactNode } from 'react';

interface CheckboxFieldProps {
  id: string;
  name: string;
  label: ReactNode;
  checked: boolean;
  onChange: (checked: boolean) => void;
  hint?: string | undefined;
  value?: string;
  describedBy?: string | undefined;
}

/** One checkbox with its label to the right and an optional hint below the label. */
export function CheckboxField({ id, name, label, checked, onChange, hint, value, describedBy }: CheckboxFieldProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const described = [hintId, describedBy].filter(Boolean).join(' ') || undefined;
  return (
    <div className="choice">
      <input
        className="choice__input"
        type="checkbox"
        id={id}
        name={name}
        value={value}
        checked={checked}
        onChange={(event) => onChange(event.target.checked)}
        aria-describedby={described}
      />
      <label className="choice__label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <p className="choice__hint" id={hintId}>
          {hint}
        </p>
      ) : null}
    </div>
  );
}
