/** Ids shared by a form control, its hint and its error message, so labels and summaries can point at them. */
export function fieldId(formId: string, name: string): string {
  return `${formId}-${name}`.replace(/_/g, '-');
}

export function describedBy(id: string, hasHint: boolean, hasError: boolean): string | undefined {
  const ids = [hasHint ? `${id}-hint` : null, hasError ? `${id}-error` : null].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}
