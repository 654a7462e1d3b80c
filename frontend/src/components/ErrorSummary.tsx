import { useEffect, useId, useRef, type MouseEvent } from 'react';
import { nl } from '../i18n/nl';

export interface SummaryItem {
  /** The id of the form control the message is about; without it the message is shown as plain text. */
  fieldId?: string;
  message: string;
}

interface ErrorSummaryProps {
  items: SummaryItem[];
  /** Changes on every failed submit so the summary takes focus again, even when the messages stay the same. */
  focusKey: number;
}

function focusField(event: MouseEvent<HTMLAnchorElement>, fieldId: string) {
  const field = document.getElementById(fieldId);
  if (!field) return;
  event.preventDefault();
  // Bring the label and error message into view too, not just the control itself.
  const wrapper = field.closest('.field') ?? field;
  if (typeof wrapper.scrollIntoView === 'function') wrapper.scrollIntoView({ block: 'start' });
  field.focus({ preventScroll: true });
}

/**
 * Lists every problem of a form at the top, each linked to its field, and takes focus after a failed
 * submit so keyboard and screen reader users learn at once what needs fixing.
 */
export function ErrorSummary({ items, focusKey }: ErrorSummaryProps) {
  const ref = useRef<HTMLElement>(null);
  const headingId = useId();
  const hasItems = items.length > 0;

  useEffect(() => {
    if (hasItems) ref.current?.focus();
  }, [focusKey, hasItems]);

  if (!hasItems) return null;
  return (
    <section className="error-summary" ref={ref} tabIndex={-1} aria-labelledby={headingId}>
      <h2 className="error-summary__title" id={headingId}>
        {nl.errors.summaryTitle}
      </h2>
      <ul className="error-summary__list">
        {items.map((item, index) =>
          item.fieldId ? (
            <li key={`${item.fieldId}-${index}`}>
              <a href={`#${item.fieldId}`} onClick={(event) => focusField(event, item.fieldId as string)}>
                {item.message}
              </a>
            </li>
          ) : (
            <li key={`general-${index}`}>{item.message}</li>
          ),
        )}
      </ul>
    </section>
  );
}
