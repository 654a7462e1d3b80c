import { Link } from 'react-router';
import { groupsNl } from '../../i18n/nl';
import { formatDistance, formatFacilitator, formatMethods, formatWhen, formatWhere } from './format';
import { SpotsBadge } from './SpotsBadge';
import type { GroupPublic } from './types';

const t = groupsNl;

/** One search result: what a seeker needs to decide whether to open the group. */
export function GroupCard({ group, finderSearch }: { group: GroupPublic; finderSearch: string }) {
  const headingId = `groep-${group.id}`;
  const hasDistance = group.distance_km !== null && group.distance_km !== undefined;
  return (
    <li className="group-card card">
      <article aria-labelledby={headingId}>
        <div className="group-card__top">
          <h3 className="group-card__title" id={headingId}>
            <Link to={`/groepen/${encodeURIComponent(group.slug)}`} state={{ finderSearch }}>
              {group.name}
            </Link>
          </h3>
          <SpotsBadge group={group} />
        </div>
        <p className="group-card__where">
          <svg className="group-card__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            {group.mode === 'online' ? (
              <path d="M3 5h18v11H3zM8 20h8M12 16v4" />
            ) : (
              <path d="M12 21s-7-7.5-7-12a7 7 0 0 1 14 0c0 4.5-7 12-7 12zM12 11.5a2.5 2.5 0 1 0 0-5 2.5 2.5 0 0 0 0 5z" />
            )}
          </svg>
          <span>{formatWhere(group)}</span>
          {hasDistance ? (
            <span className="group-card__distance" data-testid="distance">
              <span className="visually-hidden">{t.card.distance}: </span>
              {formatDistance(group.distance_km as number)}
            </span>
          ) : null}
        </p>
        <dl className="group-card__facts">
          <div>
            <dt>{t.card.meetings}</dt>
            <dd>
              {t.format.timesPerYear(group.meetings_per_year)}, {formatWhen(group.weekday, group.daypart).toLowerCase()}
            </dd>
          </div>
          <div>
            <dt>{t.card.facilitator}</dt>
            <dd>{formatFacilitator(group.facilitator_type)}</dd>
          </div>
          <div>
            <dt>{t.card.methods}</dt>
            <dd>{formatMethods(group.methods)}</dd>
          </div>
        </dl>
      </article>
    </li>
  );
}
