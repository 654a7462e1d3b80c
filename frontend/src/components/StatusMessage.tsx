/**
 * A live region that is always present in the page, so that screen readers announce the message
 * as soon as it appears. Shows nothing when there is no message.
 */
export function StatusMessage({ message, tone = 'success' }: { message: string | null; tone?: 'success' | 'info' }) {
  return (
    <div role="status" aria-live="polite" aria-atomic="true" className="status-region">
      {message ? <p className={`notice notice--${tone}`}>{message}</p> : null}
    </div>
  );
}
