import type { ReactNode } from 'react';

/** A polite, announced loading indicator. */
export function LoadingMessage({ children }: { children: ReactNode }) {
  return (
    <p className="loading" role="status">
      <span className="loading__spinner" aria-hidden="true" />
      {children}
    </p>
  );
}
