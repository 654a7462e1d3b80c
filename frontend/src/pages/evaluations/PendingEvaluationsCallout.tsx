import { Link } from 'react-router';
import { evaluationsNl } from '../../i18n/nl';
import { usePendingEvaluations } from './evaluationsApi';

const t = evaluationsNl.callout;

/** A short note with a link to Mijn evaluaties, only when something is waiting to be answered. */
export function PendingEvaluationsCallout() {
  const pending = usePendingEvaluations();
  const total = pending.data?.pages[0]?.total ?? 0;
  if (total === 0) return null;
  return (
    <div className="notice notice--info evaluation-callout">
      <p>{t.text(total)}</p>
      <Link className="button button--primary button--small" to="/mijn-evaluaties">
        {t.link}
      </Link>
    </div>
  );
}
