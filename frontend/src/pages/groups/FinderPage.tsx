import { lazy, Suspense, useEffect, useMemo, useRef, type MouseEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { toApiError } from '../../api/problem';
import { LoadingMessage } from '../../components/LoadingMessage';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { groupsNl, RADIUS_CHOICES } from '../../i18n/nl';
import { FinderForm } from './FinderForm';
import {
  activeFilterCount,
  defaultFilters,
  finderSearch,
  MAP_LIMIT,
  PAGE_SIZE,
  parseFilters,
  serializeFilters,
  toApiQuery,
  type FinderFilters,
} from './finderQuery';
import { GroupCard } from './GroupCard';
import { useGroupSearch, useMethods, useSiteConfig } from './groupsApi';
import { PlaceProblemNotice } from './PlaceProblemNotice';
import type { GroupSearchPage, PlaceProblem } from './types';

const GroupMap = lazy(() => import('./GroupMap'));

const t = groupsNl.finder;

/** The sentence for the live region: "23 groepen gevonden binnen 25 km van 3511 Utrecht". */
export function resultCountMessage(page: GroupSearchPage, filters: FinderFilters): string {
  if (page.near) {
    const message = filters.includeOnline ? t.countNearOnline : t.countNear;
    return message(page.total, filters.radiusKm, page.near.label);
  }
  return page.total === 0 ? t.nothing : t.count(page.total);
}

function nextRadius(km: number): number | null {
  return RADIUS_CHOICES.find((choice) => choice > km) ?? null;
}

export function FinderPage() {
  useDocumentTitle(t.title);
  const [searchParams, setSearchParams] = useSearchParams();
  const searchKey = searchParams.toString();
  // Parse once per URL, so the filters object only changes when the URL does.
  const filters = useMemo(() => parseFilters(new URLSearchParams(searchKey)), [searchKey]);
  const search = useGroupSearch(useMemo(() => toApiQuery(filters), [filters]));
  const mapQuery = useMemo(() => toApiQuery(filters, { limit: MAP_LIMIT, offset: 0 }), [filters]);
  const mapSearch = useGroupSearch(mapQuery, filters.view === 'map');
  const methods = useMethods();
  const resultsHeading = useRef<HTMLHeadingElement>(null);
  const previousPage = useRef(filters.page);
  const currentSearch = finderSearch(filters);

  function go(next: FinderFilters) {
    setSearchParams(serializeFilters(next));
  }

  // After moving to another page of results, start reading at the top of the results.
  useEffect(() => {
    if (previousPage.current !== filters.page) resultsHeading.current?.focus();
    previousPage.current = filters.page;
  }, [filters.page]);

  const problem = search.isError ? (toApiError(search.error).problem as PlaceProblem) : null;
  const data = search.isError ? undefined : search.data;

  let status = '';
  if (problem) status = problem.detail?.trim() ? problem.detail : problem.title;
  else if (data) status = resultCountMessage(data, filters);
  else if (search.isPending) status = t.searching;

  return (
    <>
      <div className="finder-intro">
        <h1>{t.heading}</h1>
        <p className="lead">{t.intro}</p>
      </div>
      <div className="finder">
        <div className="finder__search">
          <FinderForm filters={filters} methods={methods.data ?? []} onSearch={go} />
        </div>
        <section className="finder__results" aria-labelledby="resultaten-titel">
          <div className="results-bar">
            <h2 id="resultaten-titel" className="results-bar__title" ref={resultsHeading} tabIndex={-1}>
              {t.resultsHeading}
            </h2>
            {data && data.items.length > 0 ? (
              <Link
                className="button button--secondary button--small"
                to={{ pathname: '/groepen', search: finderSearch({ ...filters, view: filters.view === 'map' ? 'list' : 'map' }) }}
              >
                {filters.view === 'map' ? t.hideMap : t.showMap}
              </Link>
            ) : null}
          </div>
          <p
            className={problem ? 'results-count results-count--problem' : 'results-count'}
            role="status"
            aria-live="polite"
            aria-atomic="true"
          >
            {status}
          </p>

          {problem ? (
            <ProblemActions
              problem={problem}
              onChoose={(label) => go({ ...filters, near: label, page: 1 })}
              onRetry={() => void search.refetch()}
            />
          ) : null}

          {data && data.total === 0 ? <EmptyResults filters={filters} onChange={go} /> : null}
          {data && data.total > 0 && data.items.length === 0 ? (
            <p className="notice notice--info">
              {t.pageOutOfRange}{' '}
              <Link to={{ pathname: '/groepen', search: finderSearch({ ...filters, page: 1 }) }}>{t.firstPage}</Link>
            </p>
          ) : null}

          {data && data.items.length > 0 ? (
            <>
              {filters.view === 'map' ? (
                <MapSection filters={filters} page={mapSearch.data} finderSearch={currentSearch} />
              ) : null}
              <h3 className="visually-hidden" id="resultatenlijst" tabIndex={-1}>
                {t.listHeading}
              </h3>
              <ol className="group-list" aria-labelledby="resultatenlijst" aria-busy={search.isFetching}>
                {data.items.map((group) => (
                  <GroupCard key={group.id} group={group} finderSearch={currentSearch} />
                ))}
              </ol>
              <Pagination page={data} filters={filters} />
            </>
          ) : null}
        </section>
      </div>
    </>
  );
}

function ProblemActions({
  problem,
  onChoose,
  onRetry,
}: {
  problem: PlaceProblem;
  onChoose: (label: string) => void;
  onRetry: () => void;
}) {
  if (problem.status === 422) return <PlaceProblemNotice problem={problem} onChoose={onChoose} />;
  return (
    <div className="notice notice--error">
      <p>{t.loadFailed}</p>
      <button type="button" className="button button--secondary" onClick={onRetry}>
        {t.retry}
      </button>
    </div>
  );
}

function EmptyResults({ filters, onChange }: { filters: FinderFilters; onChange: (filters: FinderFilters) => void }) {
  const wider = filters.near ? nextRadius(filters.radiusKm) : null;
  const canAddOnline = Boolean(filters.near) && !filters.includeOnline;
  const hasFilters = activeFilterCount(filters) > 0;
  return (
    <div className="empty-results card">
      <h3>{t.emptyHeading}</h3>
      {wider || canAddOnline || hasFilters ? (
        <>
          <p>{t.emptyIntro}</p>
          <ul className="empty-results__actions">
            {wider ? (
              <li>
                <button
                  type="button"
                  className="button button--secondary"
                  onClick={() => onChange({ ...filters, radiusKm: wider, page: 1 })}
                >
                  {t.widenRadius(wider)}
                </button>
              </li>
            ) : null}
            {canAddOnline ? (
              <li>
                <button
                  type="button"
                  className="button button--secondary"
                  onClick={() => onChange({ ...filters, includeOnline: true, page: 1 })}
                >
                  {t.addOnline}
                </button>
              </li>
            ) : null}
            {hasFilters ? (
              <li>
                <button
                  type="button"
                  className="button button--secondary"
                  onClick={() =>
                    onChange({
                      ...defaultFilters,
                      near: filters.near,
                      radiusKm: filters.radiusKm,
                      includeOnline: filters.includeOnline,
                      view: filters.view,
                    })
                  }
                >
                  {t.clearAll}
                </button>
              </li>
            ) : null}
          </ul>
        </>
      ) : null}
      <p className="empty-results__start">
        {t.emptyStart} <Link to="/groepen/nieuw">{t.emptyStartLink}</Link>
      </p>
    </div>
  );
}

function MapSection({
  filters,
  page,
  finderSearch: search,
}: {
  filters: FinderFilters;
  page: GroupSearchPage | undefined;
  finderSearch: string;
}) {
  const siteConfig = useSiteConfig();

  function skip(event: MouseEvent<HTMLAnchorElement>) {
    event.preventDefault();
    document.getElementById('resultatenlijst')?.focus();
  }

  const ready = page && (siteConfig.data || siteConfig.isError);
  const online = page ? page.items.filter((group) => group.mode === 'online' || group.lat === null).length : 0;
  return (
    <section className="map-section" aria-labelledby="kaart-titel">
      <h3 id="kaart-titel" className="visually-hidden">
        {t.mapHeading}
      </h3>
      <a className="skip-map" href="#resultatenlijst" onClick={skip}>
        {t.skipMap}
      </a>
      {ready ? (
        <Suspense fallback={<LoadingMessage>{t.mapLoading}</LoadingMessage>}>
          <GroupMap
            groups={page.items}
            near={page.near ?? null}
            radiusKm={page.near ? filters.radiusKm : null}
            tileUrl={siteConfig.data?.map_tile_url ?? null}
            attribution={siteConfig.data?.map_attribution ?? ''}
            finderSearch={search}
          />
        </Suspense>
      ) : (
        <LoadingMessage>{t.mapLoading}</LoadingMessage>
      )}
      {page && page.total > page.items.length ? (
        <p className="map-section__note">{t.mapLimited(page.items.length, page.total)}</p>
      ) : null}
      {online > 0 ? <p className="map-section__note">{t.mapOnlineNote(online)}</p> : null}
    </section>
  );
}

function Pagination({ page, filters }: { page: GroupSearchPage; filters: FinderFilters }) {
  const pages = Math.max(1, Math.ceil(page.total / PAGE_SIZE));
  if (pages <= 1) return null;
  const current = Math.min(filters.page, pages);
  const from = page.offset + 1;
  const to = page.offset + page.items.length;
  return (
    <nav className="pagination" aria-label={t.pagination}>
      <p className="pagination__status">
        {t.range(from, to, page.total)} <span className="pagination__pages">({t.pageOf(current, pages)})</span>
      </p>
      <ul className="pagination__list">
        <li>
          {current > 1 ? (
            <Link
              className="button button--secondary"
              rel="prev"
              to={{ pathname: '/groepen', search: finderSearch({ ...filters, page: current - 1 }) }}
              aria-label={t.previousLabel(current - 1)}
            >
              <span aria-hidden="true">← </span>
              {t.previous}
            </Link>
          ) : null}
        </li>
        <li>
          {current < pages ? (
            <Link
              className="button button--secondary"
              rel="next"
              to={{ pathname: '/groepen', search: finderSearch({ ...filters, page: current + 1 }) }}
              aria-label={t.nextLabel(current + 1)}
            >
              {t.next}
              <span aria-hidden="true"> →</span>
            </Link>
          ) : null}
        </li>
      </ul>
    </nav>
  );
}
