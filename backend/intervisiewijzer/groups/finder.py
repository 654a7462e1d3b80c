"""The public group finder: filters in SQL, distance by haversine after a bounding-box prefilter."""

import heapq
import uuid
from dataclasses import dataclass

from sqlalchemy import ColumnElement, and_, exists, func, literal_column, or_
from sqlmodel import Session, col, select

from intervisiewijzer.groups import geo
from intervisiewijzer.groups.models import (
    FacilitatorType,
    Group,
    GroupAudience,
    GroupLifecycle,
    GroupMethod,
    GroupMode,
    Membership,
)
from intervisiewijzer.groups.schemas import Audience, GroupIdentity, GroupSearchPage, ResolvedPlace
from intervisiewijzer.groups.service import location_problem, methods_by_slug, present_groups
from intervisiewijzer.memberships.models import JoinRequest, JoinRequestStatus
from intervisiewijzer.provinces import Province

# Written into the SQL, not bound: PostgreSQL then matches lower(coalesce(place, '')) to its
# index (groups.models.TEXT_SEARCH_INDEXES) also in a prepared statement's generic plan.
EMPTY: ColumnElement[str] = literal_column("''")


@dataclass(frozen=True)
class GroupFilters:
    near: str | None = None
    radius_km: float = 25
    include_online: bool = False
    province: Province | None = None
    mode: GroupMode | None = None
    has_vacancy: bool | None = None
    facilitator: FacilitatorType | None = None
    method: str | None = None
    audience: Audience | None = None
    identity: GroupIdentity | None = None
    q: str | None = None


def search_groups(
    session: Session, filters: GroupFilters, limit: int, offset: int
) -> GroupSearchPage:
    conditions = _conditions(session, filters)
    if not filters.near:
        return _search_without_distance(session, conditions, limit, offset)
    try:
        location = geo.resolve_location(filters.near)
    except geo.LocationError as error:
        raise location_problem(error) from error
    return _search_by_distance(session, filters, conditions, location, limit, offset)


def _search_without_distance(
    session: Session, conditions: list[ColumnElement[bool]], limit: int, offset: int
) -> GroupSearchPage:
    """One pass over the filters: the page's ids with the total next to them (a window
    count), then those groups by primary key. Only a page past the end needs a count."""
    rows = session.exec(
        select(Group.id, func.count().over())
        .where(*conditions)
        .order_by(col(Group.name), col(Group.id))
        .offset(offset)
        .limit(limit)
    ).all()
    if rows:
        total = rows[0][1]
    else:
        total = session.exec(select(func.count()).select_from(Group).where(*conditions)).one()
    groups_by_id = _groups_by_id(session, [group_id for group_id, _ in rows])
    groups = [groups_by_id[group_id] for group_id, _ in rows]
    return GroupSearchPage(
        items=present_groups(session, groups), total=total, limit=limit, offset=offset
    )


def _search_by_distance(
    session: Session,
    filters: GroupFilters,
    conditions: list[ColumnElement[bool]],
    location: geo.ResolvedLocation,
    limit: int,
    offset: int,
) -> GroupSearchPage:
    located_total, nearest = _located_within_radius(
        session, conditions, location, filters, offset + limit
    )
    wants_online = filters.include_online or filters.mode == GroupMode.online
    online_condition = col(Group.mode) == GroupMode.online
    online_total = (
        session.exec(
            select(func.count()).select_from(Group).where(*conditions, online_condition)
        ).one()
        if wants_online
        else 0
    )
    page_located = nearest[offset : offset + limit]
    groups_by_id = _groups_by_id(session, [group_id for group_id, _ in page_located])
    page = [groups_by_id[group_id] for group_id, _ in page_located]
    remaining = limit - len(page)
    if wants_online and remaining > 0:
        online_offset = max(0, offset - located_total)
        page += session.exec(
            select(Group)
            .where(*conditions, online_condition)
            .order_by(col(Group.name), col(Group.id))
            .offset(online_offset)
            .limit(remaining)
        ).all()
    return GroupSearchPage(
        items=present_groups(session, page, dict(page_located)),
        total=located_total + online_total,
        limit=limit,
        offset=offset,
        near=ResolvedPlace(
            label=location.label,
            place=location.place,
            province=Province(location.province),
            lat=location.lat,
            lon=location.lon,
        ),
    )


def _located_within_radius(
    session: Session,
    conditions: list[ColumnElement[bool]],
    location: geo.ResolvedLocation,
    filters: GroupFilters,
    first: int,
) -> tuple[int, list[tuple[uuid.UUID, float]]]:
    """How many in-person and hybrid groups lie in the radius, and the `first` nearest as
    (group id, distance), nearest first (ties by name).

    A wide radius holds thousands of groups: the rows come as plain tuples (no ORM), the
    distance check runs before any ordering, and only the `first` nearest are ordered."""
    if filters.mode == GroupMode.online:
        return 0, []
    min_lat, max_lat, min_lon, max_lon = geo.bounding_box(
        location.lat, location.lon, filters.radius_km
    )
    query = select(Group.id, Group.lat, Group.lon, Group.name).where(
        *conditions,
        col(Group.mode) != GroupMode.online,
        col(Group.lat).between(min_lat, max_lat),
        col(Group.lon).between(min_lon, max_lon),
    )
    session.flush()  # what the ORM's autoflush would do; the rows come without the ORM
    rows = session.connection().execute(query).tuples().all()
    distance_to = geo.distance_from(location.lat, location.lon)
    radius = filters.radius_km
    within = [
        (distance, name, group_id)
        for group_id, lat, lon, name in rows
        if lat is not None and lon is not None and (distance := distance_to(lat, lon)) <= radius
    ]
    # Same order as sorting everything by (distance, name): nsmallest is stable as well.
    nearest = heapq.nsmallest(first, within, key=lambda row: (row[0], row[1]))
    return len(within), [(group_id, distance) for distance, _, group_id in nearest]


def _groups_by_id(session: Session, ids: list[uuid.UUID]) -> dict[uuid.UUID, Group]:
    if not ids:
        return {}
    return {group.id: group for group in session.exec(select(Group).where(col(Group.id).in_(ids)))}


def _conditions(session: Session, filters: GroupFilters) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = [col(Group.lifecycle) != GroupLifecycle.closed]
    if filters.province:
        conditions.append(col(Group.province) == filters.province)
    if filters.mode:
        conditions.append(col(Group.mode) == filters.mode)
    if filters.facilitator:
        conditions.append(col(Group.facilitator_type) == filters.facilitator)
    if filters.identity:
        conditions.append(col(Group.identity) == filters.identity)
    if filters.method:
        (method,) = methods_by_slug(session, [filters.method])
        conditions.append(
            exists().where(
                col(GroupMethod.group_id) == col(Group.id),
                col(GroupMethod.method_id) == method.id,
            )
        )
    if filters.audience:
        conditions.append(
            exists().where(
                col(GroupAudience.group_id) == col(Group.id),
                col(GroupAudience.audience) == filters.audience,
            )
        )
    if filters.q:
        pattern = f"%{_escape_like(filters.q.strip().lower())}%"
        conditions.append(
            or_(
                func.lower(Group.name).like(pattern, escape="\\"),
                func.lower(Group.description).like(pattern, escape="\\"),
                func.lower(func.coalesce(Group.place, EMPTY)).like(pattern, escape="\\"),
            )
        )
    if filters.has_vacancy is not None:
        conditions.append(_has_vacancy() if filters.has_vacancy else ~_has_vacancy())
    return conditions


def _has_vacancy() -> ColumnElement[bool]:
    members = (
        select(func.count())
        .select_from(Membership)
        .where(Membership.group_id == Group.id)
        .scalar_subquery()
    )
    offered = (
        select(func.count())
        .select_from(JoinRequest)
        .where(JoinRequest.group_id == Group.id, JoinRequest.status == JoinRequestStatus.offered)
        .scalar_subquery()
    )
    return and_(members + offered < Group.size_max)


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
