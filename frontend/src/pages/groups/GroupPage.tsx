import type { ReactNode } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { problemMessage, toApiError } from '../../api/problem';
import { LoadingMessage } from '../../components/LoadingMessage';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import {
  groupModeLabels,
  groupStatusLabels,
  groupsNl,
  identityLabels,
  labelFor,
  languageLabels,
} from '../../i18n/nl';
import {
  audienceLabel,
  formatAudience,
  formatDate,
  formatDuration,
  formatFacilitator,
  formatRegistrations,
  formatWhen,
  formatWhere,
} from './format';
import { useGroup } from './groupsApi';
import { JoinPanel } from './JoinPanel';
import { GroupSessionsTeaser } from '../sessions/GroupSessionsTeaser';
import { ForMembers } from '../contracts/ForMembers';
import { SpotsBadge } from './SpotsBadge';
import type { GroupPublic } from './types';

const t = groupsNl.group;

export interface FinderReturnState {
  /** The finder's search string ("?plaats=3511"), so "back to the results" restores the search. */
  finderSearch?: string;
}

function Row({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="summary-list__row">
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

export function BackToFinder() {
  const location = useLocation();
  const finderSearch = (location.state as FinderReturnState | null)?.finderSearch;
  const to = finderSearch !== undefined ? `/groepen${finderSearch}` : '/groepen';
  return (
    <p className="back-link">
      <Link to={to}>
        <span aria-hidden="true">← </span>
        {finderSearch !== undefined ? t.backToResults : t.backToFinder}
      </Link>
    </p>
  );
}

function Description({ text }: { text: string }) {
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((part) => part.trim())
    .filter(Boolean);
  return (
    <>
      {paragraphs.map((paragraph, index) => (
        <p key={index} className="preserve-lines">
          {paragraph}
        </p>
      ))}
    </>
  );
}

function GroupFacts({ group }: { group: GroupPublic }) {
  const online = group.mode === 'online';
  return (
    <dl className="summary-list group-facts">
      <Row term={t.mode}>{labelFor(groupModeLabels, group.mode)}</Row>
      <Row term={t.where}>
        {online ? (
          t.whereOnline
        ) : (
          <>
            {formatWhere({ ...group, mode: 'in_person' })}
            <span className="summary-list__hint">{t.whereHint}</span>
          </>
        )}
      </Row>
      <Row term={t.when}>{formatWhen(group.weekday, group.daypart)}</Row>
      <Row term={t.frequency}>{groupsNl.format.timesPerYear(group.meetings_per_year)}</Row>
      <Row term={t.duration}>{formatDuration(group.session_minutes)}</Row>
      <Row term={t.size}>
        {groupsNl.format.size(group.size_min, group.size_max)} · {groupsNl.format.members(group.member_count)}
      </Row>
      <Row term={t.spots}>
        <SpotsBadge group={group} />
      </Row>
      <Row term={t.facilitator}>{formatFacilitator(group.facilitator_type)}</Row>
      <Row term={t.methods}>
        {group.methods.length === 0 ? (
          groupsNl.card.noMethods
        ) : (
          <ul className="inline-list">
            {group.methods.map((method) => (
              <li key={method.slug}>{method.name}</li>
            ))}
          </ul>
        )}
      </Row>
      <Row term={t.audience}>
        {group.audience.length === 0 ? (
          formatAudience(group.audience)
        ) : (
          <ul className="inline-list">
            {group.audience.map((value) => (
              <li key={value}>{audienceLabel(value)}</li>
            ))}
          </ul>
        )}
      </Row>
      <Row term={t.identity}>{group.identity ? labelFor(identityLabels, group.identity) : groupsNl.format.noIdentity}</Row>
      <Row term={t.language}>{labelFor(languageLabels, group.language)}</Row>
      <Row term={t.registration}>{formatRegistrations(group.registration_bodies)}</Row>
      <Row term={t.organisation}>{group.organisation?.name ?? groupsNl.format.noOrganisation}</Row>
      <Row term={t.status}>{labelFor(groupStatusLabels, group.status)}</Row>
      <Row term={t.updated}>{formatDate(group.updated_at)}</Row>
    </dl>
  );
}

export function GroupPage() {
  const { ref = '' } = useParams();
  const query = useGroup(ref);
  const group = query.data?.group;
  useDocumentTitle(group?.name ?? (query.isError ? t.notFoundHeading : groupsNl.finder.title));

  if (query.isPending) return <LoadingMessage>{groupsNl.finder.searching}</LoadingMessage>;
  if (query.isError || !group) {
    const error = toApiError(query.error);
    return (
      <div className="narrow">
        <BackToFinder />
        <h1>{error.status === 404 ? t.notFoundHeading : t.loadFailed}</h1>
        <p className="lead">{problemMessage(error.problem)}</p>
        {error.status !== 404 ? (
          <button type="button" className="button button--secondary" onClick={() => void query.refetch()}>
            {groupsNl.finder.retry}
          </button>
        ) : null}
      </div>
    );
  }

  return (
    <>
      <BackToFinder />
      <div className="group-header">
        <h1>{group.name}</h1>
        <p className="group-header__meta">
          <span>{formatWhere(group)}</span>
          <SpotsBadge group={group} />
        </p>
      </div>
      {/* Reading order: about, then the action area, then the facts; on wide screens the action area sits beside both. */}
      <div className="group-layout">
        <section aria-labelledby="over-titel" className="card group-section group-layout__about">
          <h2 id="over-titel">{t.aboutHeading}</h2>
          {group.description.trim() ? <Description text={group.description} /> : <p>{t.noDescription}</p>}
        </section>
        <div className="group-layout__aside">
          <JoinPanel group={group} />
          <ForMembers group={group} />
          <GroupSessionsTeaser group={group} />
        </div>
        <section aria-labelledby="praktisch-titel" className="card group-section group-layout__facts">
          <h2 id="praktisch-titel">{t.factsHeading}</h2>
          <GroupFacts group={group} />
        </section>
      </div>
    </>
  );
}
