import { adminNl } from '../../i18n/nl';
import type { PageInfo } from './types';

const t = adminNl.pager;

interface PagerProps {
  page: PageInfo;
  /** Shown count on this page. */
  shown: number;
  /** What is paged, for the accessible name: "de sleutels". */
  what: string;
  onChange: (offset: number) => void;
  busy?: boolean;
}

/** Previous/next for a paged list, with "11–20 van 45" announced when the page changes. */
export function Pager({ page, shown, what, onChange, busy = false }: PagerProps) {
  if (page.total <= page.limit && page.offset === 0) return null;
  const from = page.total === 0 ? 0 : page.offset + 1;
  const to = page.offset + shown;
  const hasPrevious = page.offset > 0;
  const hasNext = page.offset + shown < page.total;
  return (
    <nav className="beheer-pager" aria-label={t.label(what)} aria-busy={busy}>
      <button
        type="button"
        className="button button--secondary button--small"
        disabled={!hasPrevious || busy}
        onClick={() => onChange(Math.max(0, page.offset - page.limit))}
      >
        <span aria-hidden="true">← </span>
        {t.previous}
        {' '}
        <span className="visually-hidden">{t.about(what)}</span>
      </button>
      <p className="beheer-pager__range" role="status">
        {t.range(from, to, page.total)}
      </p>
      <button
        type="button"
        className="button button--secondary button--small"
        disabled={!hasNext || busy}
        onClick={() => onChange(page.offset + page.limit)}
      >
        {t.next}
        {' '}
        <span className="visually-hidden">{t.about(what)}</span>
        <span aria-hidden="true"> →</span>
      </button>
    </nav>
  );
}
