import { useState, type ReactNode } from 'react';
import { problemMessage, toApiError } from '../api/problem';
import { saveBlob, type DownloadedFile } from './downloadFile';

interface DownloadButtonProps {
  /** Fetches the file (with the access token); rejects with an ApiError to show. */
  fetchFile: () => Promise<DownloadedFile>;
  children: ReactNode;
  busyLabel: string;
  className?: string;
  /** Small print after the label, e.g. the file type for screen readers and everyone else. */
  describedBy?: string;
}

/**
 * A button that downloads a file that needs the bearer token. While fetching it says so;
 * a failure is shown next to it (and announced), the button stays usable for a retry.
 */
export function DownloadButton({
  fetchFile,
  children,
  busyLabel,
  className = 'button button--secondary',
  describedBy,
}: DownloadButtonProps) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function download() {
    setBusy(true);
    setError(null);
    try {
      const file = await fetchFile();
      saveBlob(file.blob, file.filename);
    } catch (caught) {
      setError(problemMessage(toApiError(caught).problem));
    } finally {
      setBusy(false);
    }
  }

  return (
    <span className="download">
      <button
        type="button"
        className={className}
        onClick={() => void download()}
        disabled={busy}
        aria-describedby={describedBy}
      >
        <svg className="download__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <path d="M12 4v11m0 0l-4.5-4.5M12 15l4.5-4.5M5 19h14" />
        </svg>
        {busy ? busyLabel : children}
      </button>
      {error ? (
        <span className="download__error" role="alert">
          {error}
        </span>
      ) : null}
    </span>
  );
}
