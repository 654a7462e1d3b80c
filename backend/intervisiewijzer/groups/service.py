"""Groups: create, update, look up, and present them publicly. No HTTP here; callers commit."""

import uuid
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import func
from sqlmodel import Session, col, select

from intervisiewijzer.common import utcnow
from intervisiewijzer.errors import InvalidInputError, NotFoundError
from intervisiewijzer.groups import geo
from intervisiewijzer.groups.models import (
    Group,
    GroupAudience,
    GroupLifecycle,
    GroupMethod,
    GroupMode,
    GroupRole,
    Membership,
)
from intervisiewijzer.groups.schemas import (
    GroupCreate,
    GroupPublic,
    GroupStatus,
    GroupUpdate,
    MethodRef,
    OrganisationRef,
)
from intervisiewijzer.members.models import Member
from intervisiewijzer.memberships.models import JoinRequest, JoinRequestStatus
from intervisiewijzer.methods.models import Method
from intervisiewijzer.organisations.models import Organisation
from intervisiewijzer.text import slugify
from intervisiewijzer.webhooks import events as webhook_events


def get_group_by_ref(session: Session, ref: str) -> Group | None:
    """A group by its id or its slug."""
    try:
        return session.get(Group, uuid.UUID(ref))
    except ValueError:
        return session.exec(select(Group).where(Group.slug == ref.lower())).first()


def require_group(session: Session, ref: str) -> Group:
    group = get_group_by_ref(session, ref)
    if group is None:
        raise NotFoundError("Deze groep bestaat niet (meer).")
    return group


def unique_slug(session: Session, name: str, own_id: uuid.UUID | None = None) -> str:
    base = slugify(name)
    taken = set(
        session.exec(
            select(Group.slug).where(
                (col(Group.slug) == base) | col(Group.slug).like(f"{base}-%"),
                col(Group.id) != own_id,
            )
        ).all()
    )
    if base not in taken:
        return base
    number = 2
    while f"{base}-{number}" in taken:
        number += 1
    return f"{base}-{number}"


# --- Writing -------------------------------------------------------------------------------


def create_group(session: Session, creator: Member | None, data: GroupCreate) -> Group:
    """The creator becomes the group's first coordinator. Groups made by an organisation's
    system or an import have no creator, and no coordinator until one is appointed."""
    methods = methods_by_slug(session, data.methods)
    _ensure_organisation_exists(session, data.organisation_id)
    group = Group(
        **data.model_dump(exclude={"location", "province", "methods", "audience"}),
        slug=unique_slug(session, data.name),
    )
    _apply_location(group, data.mode, data.location, data.province)
    session.add(group)
    session.flush()
    _replace_methods(session, group, methods)
    _replace_audience(session, group, data.audience)
    if creator is not None:
        session.add(Membership(group_id=group.id, member_id=creator.id, role=GroupRole.coordinator))
    session.flush()
    webhook_events.group_changed(session, group, "created")
    return group


def update_group(session: Session, group: Group, data: GroupUpdate) -> Group:
    changes = data.model_dump(exclude_unset=True)
    for required in ("name", "mode", "facilitator_type", "lifecycle", "language"):
        if required in changes and changes[required] is None:
            raise InvalidInputError(f"Het veld '{required}' mag niet leeg zijn.")
    size_min = changes.get("size_min") or group.size_min
    size_max = changes.get("size_max") or group.size_max
    if size_min > size_max:
        raise InvalidInputError("De minimale groepsgrootte is groter dan de maximale.")
    if "organisation_id" in changes:
        _ensure_organisation_exists(session, changes["organisation_id"])
    mode = changes.get("mode", group.mode)
    if {"location", "province", "mode"} & changes.keys():
        location = changes.get("location") or (
            group.place if mode != GroupMode.online and "location" not in changes else None
        )
        province = changes.get("province", group.province)
        _apply_location(group, mode, location, province)
    if "name" in changes and changes["name"] != group.name:
        group.slug = unique_slug(session, changes["name"], group.id)
    if changes.get("methods") is not None:
        _replace_methods(session, group, methods_by_slug(session, changes["methods"]))
    if changes.get("audience") is not None:
        _replace_audience(session, group, changes["audience"])
    skip = {"location", "province", "methods", "audience"}
    for field, value in changes.items():
        if field not in skip:
            setattr(group, field, value)
    touch(group)
    session.add(group)
    session.flush()
    webhook_events.group_changed(session, group, "updated")
    return group


def touch(group: Group) -> None:
    """Mark a visible change: new ETag, new updated_at."""
    group.version += 1
    group.updated_at = utcnow()


def _apply_location(
    group: Group, mode: GroupMode, location: str | None, province: str | None
) -> None:
    if mode == GroupMode.online and not location:
        group.place, group.lat, group.lon = None, None, None
        group.province = province
        return
    if not location:
        raise InvalidInputError(
            "Vul een plaats of postcode in: een groep die fysiek bijeenkomt heeft een plaats.",
            errors=[
                {
                    "field": "location",
                    "loc": ["body", "location"],
                    "message": "Vul een plaats of postcode in.",
                    "type": "missing",
                }
            ],
        )
    place = resolve_place(location, province)
    group.place, group.province, group.lat, group.lon = (
        place.name,
        place.province,
        place.lat,
        place.lon,
    )


def resolve_place(query: str, province: str | None = None) -> geo.Place:
    """Any postcode or place name -> the place it lies in (never more precise than that)."""
    try:
        resolved = geo.resolve_location(query, province)
    except geo.LocationError as error:
        raise location_problem(error) from error
    place = geo.find_place(resolved.place, resolved.province)
    assert place is not None
    return place


def location_problem(error: geo.LocationError) -> InvalidInputError:
    extra: dict[str, object] = {"query": error.query}
    if isinstance(error, geo.AmbiguousLocationError):
        extra["options"] = [
            {"label": option.label, "place": option.name, "province": option.province}
            for option in error.options
        ]
    if isinstance(error, geo.UnknownLocationError) and error.suggestions:
        extra["suggestions"] = error.suggestions
    return InvalidInputError(error.message, **extra)


def _ensure_organisation_exists(session: Session, organisation_id: uuid.UUID | None) -> None:
    if organisation_id and session.get(Organisation, organisation_id) is None:
        raise InvalidInputError("Deze organisatie bestaat niet.")


def methods_by_slug(session: Session, slugs: Iterable[str]) -> list[Method]:
    wanted = list(dict.fromkeys(slugs))
    if not wanted:
        return []
    found = {m.slug: m for m in session.exec(select(Method).where(col(Method.slug).in_(wanted)))}
    unknown = [slug for slug in wanted if slug not in found]
    if unknown:
        raise InvalidInputError(f"Onbekende methode: {', '.join(unknown)}.")
    return [found[slug] for slug in wanted]


def _replace_methods(session: Session, group: Group, methods: Sequence[Method]) -> None:
    for link in session.exec(select(GroupMethod).where(GroupMethod.group_id == group.id)):
        session.delete(link)
    session.flush()
    session.add_all(GroupMethod(group_id=group.id, method_id=method.id) for method in methods)


def _replace_audience(session: Session, group: Group, audience: Sequence[str]) -> None:
    for link in session.exec(select(GroupAudience).where(GroupAudience.group_id == group.id)):
        session.delete(link)
    session.flush()
    session.add_all(
        GroupAudience(group_id=group.id, audience=str(value)) for value in dict.fromkeys(audience)
    )


# --- Reading -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Occupancy:
    member_count: int = 0
    offered_count: int = 0
    waitlist_count: int = 0


def open_spots(group: Group, occupancy: Occupancy) -> int:
    """Offered spots are held for the person they were offered to."""
    if group.lifecycle == GroupLifecycle.closed:
        return 0
    return max(0, group.size_max - occupancy.member_count - occupancy.offered_count)


def group_status(group: Group, occupancy: Occupancy) -> GroupStatus:
    if group.lifecycle == GroupLifecycle.closed:
        return GroupStatus.closed
    if open_spots(group, occupancy) == 0:
        return GroupStatus.full
    return GroupStatus(group.lifecycle)


def occupancy_of(session: Session, group_ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, Occupancy]:
    if not group_ids:
        return {}
    members = dict(
        session.exec(
            select(Membership.group_id, func.count())
            .where(col(Membership.group_id).in_(group_ids))
            .group_by(col(Membership.group_id))
        ).all()
    )
    requests: dict[uuid.UUID, dict[str, int]] = defaultdict(dict)
    for group_id, status, count in session.exec(
        select(JoinRequest.group_id, JoinRequest.status, func.count())
        .where(
            col(JoinRequest.group_id).in_(group_ids),
            col(JoinRequest.status).in_([JoinRequestStatus.offered, JoinRequestStatus.waitlisted]),
        )
        .group_by(col(JoinRequest.group_id), col(JoinRequest.status))
    ).all():
        requests[group_id][status] = count
    return {
        group_id: Occupancy(
            member_count=members.get(group_id, 0),
            offered_count=requests[group_id].get(JoinRequestStatus.offered, 0),
            waitlist_count=requests[group_id].get(JoinRequestStatus.waitlisted, 0),
        )
        for group_id in group_ids
    }


def occupancy_of_group(session: Session, group: Group) -> Occupancy:
    return occupancy_of(session, [group.id])[group.id]


def present_groups(
    session: Session,
    groups: Sequence[Group],
    distances: dict[uuid.UUID, float] | None = None,
) -> list[GroupPublic]:
    """Public views of many groups with a fixed number of queries (no N+1)."""
    ids = [group.id for group in groups]
    occupancy = occupancy_of(session, ids)
    methods = _methods_of(session, ids)
    audience = _audience_of(session, ids)
    organisations = _organisations_of(session, groups)
    distances = distances or {}
    return [
        _present(group, occupancy[group.id], methods, audience, organisations, distances)
        for group in groups
    ]


def _present(
    group: Group,
    occupancy: Occupancy,
    methods: dict[uuid.UUID, list[MethodRef]],
    audience: dict[uuid.UUID, list[str]],
    organisations: dict[uuid.UUID, Organisation],
    distances: dict[uuid.UUID, float],
) -> GroupPublic:
    organisation = organisations.get(group.organisation_id) if group.organisation_id else None
    bodies = [
        name
        for name, accepted in (
            ("skj", group.accepts_skj),
            ("registerplein", group.accepts_registerplein),
        )
        if accepted
    ]
    distance = distances.get(group.id)
    return GroupPublic.model_validate(
        {
            **group.model_dump(),
            "member_count": occupancy.member_count,
            "open_spots": open_spots(group, occupancy),
            "waitlist_count": occupancy.waitlist_count,
            "methods": methods.get(group.id, []),
            "audience": audience.get(group.id, []),
            "registration_bodies": bodies,
            "organisation": OrganisationRef(id=organisation.id, name=organisation.name)
            if organisation
            else None,
            "status": group_status(group, occupancy),
            "distance_km": round(distance, 1) if distance is not None else None,
        }
    )


def _methods_of(session: Session, ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, list[MethodRef]]:
    result: dict[uuid.UUID, list[MethodRef]] = defaultdict(list)
    if ids:
        rows = session.exec(
            select(GroupMethod.group_id, Method.slug, Method.name)
            .join(Method, col(Method.id) == GroupMethod.method_id)
            .where(col(GroupMethod.group_id).in_(ids))
            .order_by(col(Method.position))
        ).all()
        for group_id, slug, name in rows:
            result[group_id].append(MethodRef(slug=slug, name=name))
    return result


def _audience_of(session: Session, ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, list[str]]:
    result: dict[uuid.UUID, list[str]] = defaultdict(list)
    if ids:
        rows = session.exec(
            select(GroupAudience.group_id, GroupAudience.audience)
            .where(col(GroupAudience.group_id).in_(ids))
            .order_by(GroupAudience.audience)
        ).all()
        for group_id, value in rows:
            result[group_id].append(value)
    return result


def _organisations_of(session: Session, groups: Sequence[Group]) -> dict[uuid.UUID, Organisation]:
    ids = {group.organisation_id for group in groups if group.organisation_id}
    if not ids:
        return {}
    return {
        o.id: o for o in session.exec(select(Organisation).where(col(Organisation.id).in_(ids)))
    }
