import { problemMessage, toApiError } from '../../api/problem';
import { LoadingMessage } from '../../components/LoadingMessage';
import { contractsNl } from '../../i18n/nl';
import { formatDay } from '../sessions/amsterdamTime';
import { ContractText } from './ContractText';
import { useContractVersions } from './contractsApi';

const t = contractsNl.versions;

/** Every published version, newest first, each folded open on demand. */
export function VersionHistory({ groupRef, currentVersion }: { groupRef: string; currentVersion: number | null }) {
  const versions = useContractVersions(groupRef, currentVersion !== null);
  const items = versions.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <section className="card contract-section contract-versions" aria-labelledby="versies-titel">
      <h2 id="versies-titel">{t.heading}</h2>
      {currentVersion === null ? <p>{t.none}</p> : <p>{t.intro}</p>}
      {versions.isPending && currentVersion !== null ? <LoadingMessage>{t.loading}</LoadingMessage> : null}
      {versions.isError ? (
        <p className="notice notice--error">{problemMessage(toApiError(versions.error).problem)}</p>
      ) : null}
      {items.length > 0 ? (
        <ul className="contract-versions__list">
          {items.map((version) => (
            <li key={version.id}>
              <details className="contract-versions__item">
                <summary>
                  {t.summary(version.version, formatDay(version.published_at ?? version.created_at))}
                  {version.version === currentVersion ? <> {t.currentTag}</> : null}
                </summary>
                <ContractText contract={version} />
              </details>
            </li>
          ))}
        </ul>
      ) : null}
      {versions.hasNextPage ? (
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={() => void versions.fetchNextPage()}
          disabled={versions.isFetchingNextPage}
        >
          {versions.isFetchingNextPage ? t.loadingMore : t.more}
        </button>
      ) : null}
    </section>
  );
}
