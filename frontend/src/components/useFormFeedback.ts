import { useCallback, useMemo, useState } from 'react';
import { mapProblemToFields, toApiError } from '../api/problem';
import type { SummaryItem } from './ErrorSummary';
import { fieldId } from './fieldIds';

export type FieldErrors<F extends string> = Partial<Record<F, string>>;

interface ServerErrorOptions<F extends string> {
  /** Server field names that differ from the form's (login: username -> email). */
  aliases?: Readonly<Record<string, F>>;
  /** Field to attach a field-less problem to for the given HTTP status (e.g. 400 -> current password). */
  fieldForStatus?: Readonly<Partial<Record<number, F>>>;
}

/**
 * Error state of one form: messages per field, messages for the whole form, and the error summary items
 * in the order the fields appear. Every failure bumps `focusKey` so the summary takes focus again.
 */
export function useFormFeedback<F extends string>(formId: string, fieldOrder: readonly F[]) {
  const [fieldErrors, setFieldErrors] = useState<FieldErrors<F>>({});
  const [general, setGeneral] = useState<string[]>([]);
  const [focusKey, setFocusKey] = useState(0);

  const showErrors = useCallback((errors: FieldErrors<F>, messages: string[] = []) => {
    setFieldErrors(errors);
    setGeneral(messages);
    setFocusKey((key) => key + 1);
  }, []);

  const showServerError = useCallback(
    (error: unknown, options: ServerErrorOptions<F> = {}) => {
      const { problem } = toApiError(error);
      const mapped = mapProblemToFields(problem, fieldOrder, options.aliases);
      const statusField = options.fieldForStatus?.[problem.status];
      if (statusField && Object.keys(mapped.fieldErrors).length === 0) {
        showErrors({ [statusField]: mapped.general.join(' ') } as FieldErrors<F>);
      } else {
        showErrors(mapped.fieldErrors, mapped.general);
      }
    },
    [fieldOrder, showErrors],
  );

  const clearErrors = useCallback(() => {
    setFieldErrors({});
    setGeneral([]);
  }, []);

  const summaryItems = useMemo<SummaryItem[]>(
    () => [
      ...general.map((message) => ({ message })),
      ...fieldOrder.flatMap((field) => {
        const message = fieldErrors[field];
        return message ? [{ fieldId: fieldId(formId, field), message }] : [];
      }),
    ],
    [general, fieldOrder, fieldErrors, formId],
  );

  return { fieldErrors, summaryItems, focusKey, showErrors, showServerError, clearErrors };
}
