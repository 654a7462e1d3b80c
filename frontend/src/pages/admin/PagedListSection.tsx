import type { ReactNode, RefObject } from 'react';
import type { UseQueryResult } from '@tanstack/react-query';
import { problemMessage, toApiError } from '../../api/problem';
import { LoadingMessage } from '../../components/LoadingMessage';
import { adminNl, nl } from '../../i18n/nl';
import { Pager } from './Pager';
import type { PageInfo } from './types';

interface PagedListSectionProps<T extends { id: string }> {
  headingId: string;
  /** The page focuses the heading after changes to the list, e.g. after a revoke. */
  headingRef: RefObject<HTMLHeadingElement | null>;
  heading: string;
  count: (total: number) => string;
  empty: string;
  /** What is paged, for the pager's accessible name. */
  what: string;
  list: UseQueryResult<PageInfo & { items: T[] }>;
  renderItem: (item: T) => ReactNode;
  onOffsetChange: (offset: number) => void;
}

/** An admin list section: heading with count, loading/error/empty states, the cards and the pager.
 *  Paging moves focus to the heading so screen readers hear the new page from the top. */
export function PagedListSection<T extends { id: string }>({
  headingId,
  headingRef,
  heading,
  count,
  empty,
  what,
  list,
  renderItem,
  onOffsetChange,
}: PagedListSectionProps<T>) {
  const items = list.data?.items ?? [];
  return (
    <section className="beheer-section" aria-labelledby={headingId}>
      <h2 id={headingId} ref={headingRef} tabIndex={-1}>
        {heading}
        {list.data ? (
          <>
            {' '}
            <span className="count-pill">{count(list.data.total)}</span>
          </>
        ) : null}
      </h2>
      {list.isPending ? <LoadingMessage>{nl.common.loading}</LoadingMessage> : null}
      {list.isError ? (
        <div className="notice notice--error" role="alert">
          <p>{problemMessage(toApiError(list.error).problem)}</p>
          <button type="button" className="button button--secondary" onClick={() => void list.refetch()}>
            {adminNl.common.retry}
          </button>
        </div>
      ) : null}
      {list.data && items.length === 0 ? <p className="card empty-state">{empty}</p> : null}
      {items.length > 0 ? (
        <ul className="beheer-list">
          {items.map((item) => (
            <li key={item.id}>{renderItem(item)}</li>
          ))}
        </ul>
      ) : null}
      {list.data ? (
        <Pager
          page={list.data}
          shown={items.length}
          what={what}
          busy={list.isFetching}
          onChange={(next) => {
            onOffsetChange(next);
            headingRef.current?.focus();
          }}
        />
      ) : null}
    </section>
  );
}
