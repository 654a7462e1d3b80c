import { Link } from 'react-router';
import { problemMessage, toApiError } from '../../api/problem';
import { LoadingMessage } from '../../components/LoadingMessage';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { evaluationsNl } from '../../i18n/nl';
import { useMyGroups } from '../groups/groupsApi';
import { formatLongDate, formatTimestamp } from '../sessions/amsterdamTime';
import { usePendingEvaluations } from './evaluationsApi';
import { currentYear, sessionEvaluationPath, yearlyEvaluationPath } from './paths';
import type { PendingEvaluation } from './types';

const t = evaluationsNl.mine;

/** Title and link of one pending evaluation. */
export function pendingTarget(item: PendingEvaluation): { title: string; to: string } {
  if (item.kind === 'yearly' && item.year !== null) {
    return { title: t.yearlyItem(item.group.name, item.year), to: yearlyEvaluationPath(item.group.slug, item.year) };
  }
  return {
    title: t.sessionItem(item.group.name, item.starts_at ? formatLongDate(item.starts_at) : ''),
    to: sessionEvaluationPath(item.session_id ?? ''),
  };
}

/** /mijn-evaluaties: what is waiting to be answered, and the yearly evaluation of each group. */
export function MyEvaluationsPage() {
  useDocumentTitle(t.title);
  const pending = usePendingEvaluations();
  const groups = useMyGroups();
  const items = pending.data?.pages.flatMap((page) => page.items) ?? [];
  const total = pending.data?.pages[0]?.total ?? 0;
  const year = currentYear();

  return (
    <>
      <h1>{t.heading}</h1>
      <p className="lead">{t.intro}</p>
      <section className="section section--tight" aria-labelledby="open-evaluaties">
        <h2 id="open-evaluaties">{t.pendingHeading}</h2>
        {pending.isPending ? <LoadingMessage>{t.loading}</LoadingMessage> : null}
        {pending.isError ? (
          <div className="notice notice--error">
            <p>{evaluationsNl.common.loadFailed}</p>
            <p>{problemMessage(toApiError(pending.error).problem)}</p>
            <button type="button" className="button button--secondary" onClick={() => void pending.refetch()}>
              {evaluationsNl.common.retry}
            </button>
          </div>
        ) : null}
        {pending.isSuccess && items.length === 0 ? (
          <div className="card empty-state">
            <p>{t.none}</p>
          </div>
        ) : null}
        {items.length > 0 ? (
          <>
            <p className="evaluation-list__meta">{t.count(items.length, total)}</p>
            <ul className="evaluation-list" aria-labelledby="open-evaluaties">
              {items.map((item) => {
                const target = pendingTarget(item);
                return (
                  <li key={`${item.kind}-${item.session_id ?? item.group.id}-${item.year ?? ''}`} className="card evaluation-list__item">
                    <div>
                      <p className="evaluation-list__title">{target.title}</p>
                      <p className="evaluation-list__until">{t.answerUntil(formatTimestamp(item.answer_until))}</p>
                    </div>
                    <Link className="button button--primary button--small" to={target.to}>
                      {t.fillIn}
                      <span className="visually-hidden"> ({target.title})</span>
                    </Link>
                  </li>
                );
              })}
            </ul>
            {pending.hasNextPage ? (
              <button
                type="button"
                className="button button--secondary"
                onClick={() => void pending.fetchNextPage()}
                disabled={pending.isFetchingNextPage}
              >
                {t.more}
              </button>
            ) : null}
          </>
        ) : null}
      </section>
      <section className="section section--tight" aria-labelledby="jaarevaluaties">
        <h2 id="jaarevaluaties">{t.yearlyHeading}</h2>
        <p>{t.yearlyIntro}</p>
        {groups.data && groups.data.length === 0 ? <p>{t.noGroups}</p> : null}
        {groups.data && groups.data.length > 0 ? (
          <ul className="evaluation-groups">
            {groups.data.map((mine) => (
              <li key={mine.group.id}>
                <Link to={yearlyEvaluationPath(mine.group.slug, year)}>{t.yearlyLink(mine.group.name, year)}</Link>
              </li>
            ))}
          </ul>
        ) : null}
      </section>
    </>
  );
}
