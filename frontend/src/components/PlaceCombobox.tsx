import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useApi } from '../api/ApiContext';
import { unwrap } from '../api/unwrap';
import { groupsNl } from '../i18n/nl';
import { describedBy } from './fieldIds';
import { FieldShell } from './FieldShell';

interface PlaceComboboxProps {
  id: string;
  name: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string | undefined;
  error?: string | undefined;
  required?: boolean;
  /** Called after a suggestion was picked (with its label), e.g. to search at once. */
  onPick?: (label: string) => void;
  /** Show "(niet verplicht)" after the label of an optional field; a search field does without. */
  markOptional?: boolean;
}

const DEBOUNCE_MS = 200;

/** Only place names get suggestions; a postcode is complete as typed. */
function wantsSuggestions(text: string): boolean {
  const trimmed = text.trim();
  return trimmed.length >= 2 && /\p{L}/u.test(trimmed);
}

function useDebounced(value: string, delay: number): string {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = window.setTimeout(() => setDebounced(value), delay);
    return () => window.clearTimeout(timer);
  }, [value, delay]);
  return debounced;
}

/**
 * A text field for a postcode or place with suggestions from GET /places, following the ARIA
 * combobox pattern (list autocomplete): arrow keys move through the suggestions, Enter picks one,
 * Escape closes the list, and the number of suggestions is announced.
 */
export function PlaceCombobox({
  id,
  name,
  label,
  value,
  onChange,
  hint,
  error,
  required = false,
  onPick,
  markOptional = true,
}: PlaceComboboxProps) {
  const api = useApi();
  const listId = useId();
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const term = useDebounced(value.trim(), DEBOUNCE_MS);

  const places = useQuery({
    queryKey: ['places', term.toLowerCase()],
    queryFn: () => unwrap(api.GET('/api/v1/places', { params: { query: { q: term, limit: 8 } } })),
    enabled: open && wantsSuggestions(term),
    staleTime: 5 * 60_000,
    retry: false,
  });

  const suggestions = open && wantsSuggestions(value) ? (places.data ?? []) : [];
  // Nothing to suggest when the field already holds exactly one of the suggestions.
  const exact = suggestions.length === 1 && suggestions[0]?.label === value;
  const expanded = suggestions.length > 0 && !exact;
  const optionId = (index: number) => `${id}-optie-${index}`;

  function pick(label: string) {
    onChange(label);
    setOpen(false);
    setActive(-1);
    onPick?.(label);
  }

  function handleKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        setOpen(true);
        if (expanded) setActive((index) => (index + 1) % suggestions.length);
        break;
      case 'ArrowUp':
        if (!expanded) return;
        event.preventDefault();
        setActive((index) => (index <= 0 ? suggestions.length - 1 : index - 1));
        break;
      case 'Enter': {
        const chosen = expanded && active >= 0 ? suggestions[active] : undefined;
        if (chosen) {
          // Pick the suggestion instead of submitting the form.
          event.preventDefault();
          pick(chosen.label);
        }
        break;
      }
      case 'Escape':
        if (expanded) {
          event.preventDefault();
          setOpen(false);
          setActive(-1);
        }
        break;
      default:
        break;
    }
  }

  const hintAndError = describedBy(id, Boolean(hint), Boolean(error));

  return (
    <FieldShell id={id} label={label} hint={hint} error={error} optional={!required && markOptional}>
      <div className="combobox">
        <input
          className="input"
          id={id}
          name={name}
          type="text"
          role="combobox"
          autoComplete="off"
          spellCheck={false}
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
          aria-invalid={error ? true : undefined}
          aria-describedby={hintAndError}
          required={required}
          value={value}
          onChange={(event) => {
            onChange(event.target.value);
            setOpen(true);
            setActive(-1);
          }}
          onKeyDown={handleKeyDown}
          onBlur={() => {
            setOpen(false);
            setActive(-1);
          }}
        />
        <ul
          className="combobox__list"
          id={listId}
          role="listbox"
          aria-label={groupsNl.combobox.listLabel(label)}
          hidden={!expanded}
        >
          {expanded
            ? suggestions.map((place, index) => (
                <li
                  key={place.label}
                  id={optionId(index)}
                  role="option"
                  aria-selected={index === active}
                  className={index === active ? 'combobox__option combobox__option--active' : 'combobox__option'}
                  // Keep focus in the input so the list does not close before the click lands.
                  onMouseDown={(event) => event.preventDefault()}
                  onClick={() => pick(place.label)}
                >
                  {place.label}
                </li>
              ))
            : null}
        </ul>
        <div className="visually-hidden" role="status" aria-live="polite">
          {expanded ? groupsNl.combobox.suggestions(suggestions.length) : ''}
        </div>
      </div>
    </FieldShell>
  );
}
