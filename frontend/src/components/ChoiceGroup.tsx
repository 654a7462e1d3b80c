import { nl } from '../i18n/nl';

export interface ChoiceOption {
  value: string;
  label: string;
  hint?: string | undefined;
}

interface ChoiceGroupProps {
  /** Id of the first control, so the error summary can link to the group. */
  id: string;
  name: string;
  legend: string;
  type: 'checkbox' | 'radio';
  options: readonly ChoiceOption[];
  /** Checked values; a radio group has at most one. */
  values: readonly string[];
  onChange: (values: string[]) => void;
  hint?: string | undefined;
  error?: string | undefined;
  required?: boolean;
  /** Lay the options out in columns on wide screens. */
  columns?: boolean;
}

/** A fieldset of checkboxes or radio buttons with legend, hint and error, like FieldShell for single fields. */
export function ChoiceGroup({
  id,
  name,
  legend,
  type,
  options,
  values,
  onChange,
  hint,
  error,
  required = false,
  columns = false,
}: ChoiceGroupProps) {
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;

  function toggle(value: string, checked: boolean) {
    if (type === 'radio') {
      onChange([value]);
      return;
    }
    onChange(checked ? [...values, value] : values.filter((item) => item !== value));
  }

  return (
    <fieldset
      className={error ? 'choice-group field field--error' : 'choice-group field'}
      aria-describedby={describedBy}
      aria-invalid={error && type === 'radio' ? true : undefined}
      role={type === 'radio' ? 'radiogroup' : undefined}
      aria-required={type === 'radio' && required ? true : undefined}
    >
      <legend className="field__label choice-group__legend">
        {legend}
        {required ? null : <span className="field__optional"> {nl.common.optional}</span>}
      </legend>
      {hint ? (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="field__error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
      <div className={columns ? 'choice-group__options choice-group__options--columns' : 'choice-group__options'}>
        {options.map((option, index) => {
          const optionId = index === 0 ? id : `${id}-${option.value.replace(/_/g, '-')}`;
          const hintId = option.hint ? `${optionId}-hint` : undefined;
          return (
            <div className="choice" key={option.value}>
              <input
                className="choice__input"
                type={type}
                id={optionId}
                name={name}
                value={option.value}
                checked={values.includes(option.value)}
                onChange={(event) => toggle(option.value, event.target.checked)}
                aria-describedby={hintId}
              />
              <label className="choice__label" htmlFor={optionId}>
                {option.label}
              </label>
              {option.hint ? (
                <p className="choice__hint" id={hintId}>
                  {option.hint}
                </p>
              ) : null}
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
