import uuid
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Header, Query, Request, Response, status
from sqlmodel import col, select

from intervisiewijzer.apikeys.dependencies import PublicFinderCaller
from intervisiewijzer.auth.dependencies import SettingsDep
from intervisiewijzer.common import MAX_PAGE_SIZE
from intervisiewijzer.db import SessionDep
from intervisiewijzer.errors import (
    PermissionDeniedError,
    PreconditionFailedError,
    problem_responses,
)
from intervisiewijzer.groups import feed, geo, service
from intervisiewijzer.groups.access import (
    CoordinatorAccess,
    GroupCaller,
    GroupCreator,
    GroupManagerAccess,
    GroupMemberAccess,
    PublicGroup,
    check_organisation_change,
    membership_in,
    organisation_for_new_group,
)
from intervisiewijzer.groups.finder import GroupFilters, search_groups
from intervisiewijzer.groups.models import FacilitatorType, Group, GroupMode, Membership
from intervisiewijzer.groups.schemas import (
    Audience,
    GroupCreate,
    GroupIdentity,
    GroupMemberPublic,
    GroupPublic,
    GroupSearchPage,
    GroupUpdate,
    PlaceSuggestion,
    RoleChange,
)
from intervisiewijzer.integrations.idempotency import IdempotencyDep
from intervisiewijzer.members.models import Member
from intervisiewijzer.memberships import service as memberships
from intervisiewijzer.provinces import Province

router = APIRouter(tags=["groups"])


def group_filters(
    near: Annotated[
        str | None,
        Query(max_length=80, description="Postcode (PC4/PC6) of plaatsnaam; sorteert op afstand"),
    ] = None,
    radius_km: Annotated[float, Query(gt=0, le=300, description="Straal rond `near`")] = 25,
    include_online: Annotated[
        bool, Query(description="Met `near`: ook online groepen (zonder afstand) tonen")
    ] = False,
    province: Province | None = None,
    mode: GroupMode | None = None,
    has_vacancy: Annotated[bool | None, Query(description="Alleen groepen met plek")] = None,
    facilitator: FacilitatorType | None = None,
    method: Annotated[str | None, Query(max_length=60, description="Slug van een methode")] = None,
    audience: Audience | None = None,
    identity: GroupIdentity | None = None,
    q: Annotated[
        str | None, Query(max_length=100, description="Zoekt in naam en beschrijving")
    ] = None,
) -> GroupFilters:
    return GroupFilters(
        near=near.strip() if near and near.strip() else None,
        radius_km=radius_km,
        include_online=include_online,
        province=province,
        mode=mode,
        has_vacancy=has_vacancy,
        facilitator=facilitator,
        method=method,
        audience=audience,
        identity=identity,
        q=q.strip() if q and q.strip() else None,
    )


NOT_MODIFIED: dict[int | str, dict[str, Any]] = {
    304: {"description": "Niet gewijzigd sinds de ETag in If-None-Match"}
}


def _public(session: SessionDep, group: Group) -> GroupPublic:
    return service.present_groups(session, [group])[0]


@router.get(
    "/groups",
    response_model=GroupSearchPage,
    responses={**NOT_MODIFIED, **problem_responses(401, 403, 422, 429)},
)
def find_groups(
    request: Request,
    session: SessionDep,
    settings: SettingsDep,
    _caller: PublicFinderCaller,
    filters: Annotated[GroupFilters, Depends(group_filters)],
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE_SIZE)] = 20,
    offset: Annotated[int, Query(ge=0, le=100_000)] = 0,
) -> Response:
    """Find intervision groups. With `near`, results are sorted by distance.

    Partner sites send their API key in `X-API-Key` (their own rate limit); without a key the
    limit is per client address. Answers carry an `ETag` and may be cached for a minute;
    send `If-None-Match` to get 304 when nothing changed."""
    page = search_groups(session, filters, limit, offset)
    body = page.model_dump_json().encode()
    return feed.cached_json(request, body, f'"{feed.digest(body)}"', settings.public_cache_max_age)


@router.get(
    "/groups/export.json",
    response_model=feed.GroupExport,
    responses={**NOT_MODIFIED, **problem_responses(401, 403, 429)},
)
def export_open_groups(
    request: Request, session: SessionDep, settings: SettingsDep, _caller: PublicFinderCaller
) -> Response:
    """Every group that is not closed, in one document with the same fields as the finder,
    for partner sites that copy the list (e.g. nightly). Not paginated.

    Send `If-None-Match` with the last `ETag`: 304 means no group changed. `generated_at`
    is the moment of the export and does not count as a change."""
    export = feed.export_open_groups(session)
    return feed.cached_json(
        request,
        export.model_dump_json().encode(),
        feed.export_etag(export),
        settings.public_cache_max_age,
    )


@router.post(
    "/groups",
    status_code=status.HTTP_201_CREATED,
    response_model=GroupPublic,
    responses=problem_responses(401, 403, 409, 422, 429),
)
def create_group(
    response: Response,
    session: SessionDep,
    caller: GroupCreator,
    idempotency: IdempotencyDep,
    data: GroupCreate,
) -> GroupPublic | Response:
    """Start a new group; you become its coordinator.

    An organisation's system may create groups of its own organisation with its API key;
    such a group has no coordinator until one is appointed. Send an `Idempotency-Key` to
    make retries safe."""
    organisation_id = organisation_for_new_group(caller, data.organisation_id)
    if (replay := idempotency.replay(caller.ref, data)) is not None:
        return replay
    group = service.create_group(
        session, caller.member, data.model_copy(update={"organisation_id": organisation_id})
    )
    public = _public(session, group)
    etag = feed.group_etag(group, public)
    idempotency.remember(status.HTTP_201_CREATED, public, {"ETag": etag})
    session.commit()
    response.headers["ETag"] = etag
    return public


@router.get(
    "/groups/{group_ref}",
    response_model=GroupPublic,
    responses={**NOT_MODIFIED, **problem_responses(401, 403, 404, 429)},
)
def read_group(
    request: Request,
    session: SessionDep,
    settings: SettingsDep,
    _caller: PublicFinderCaller,
    group: PublicGroup,
) -> Response:
    """A group's public page, by id or slug. Never shows members or an address.

    The `ETag` serves both `If-None-Match` (304) and `If-Match` when changing the group."""
    public = _public(session, group)
    return feed.cached_json(
        request,
        public.model_dump_json().encode(),
        feed.group_etag(group, public),
        settings.public_cache_max_age,
    )


@router.patch("/groups/{group_ref}", responses=problem_responses(401, 403, 404, 412, 422))
def update_group(
    response: Response,
    session: SessionDep,
    access: GroupManagerAccess,
    data: GroupUpdate,
    if_match: Annotated[str | None, Header(description="ETag van de laatst gelezen versie")] = None,
) -> GroupPublic:
    """Change a group (coordinators, admins, and the API key of the organisation that owns
    it). Send If-Match to avoid overwriting others."""
    group = access.group
    if "organisation_id" in data.model_fields_set:
        check_organisation_change(access.caller, data.organisation_id)
    if if_match is not None and not feed.matches_edit_version(if_match, group):
        raise PreconditionFailedError(
            "Iemand anders heeft deze groep intussen gewijzigd. Laad de groep opnieuw."
        )
    service.update_group(session, group, data)
    memberships.offer_free_spots(session, group)
    session.commit()
    public = _public(session, group)
    response.headers["ETag"] = feed.group_etag(group, public)
    return public


@router.get("/groups/{group_ref}/members", responses=problem_responses(401, 403, 404))
def list_group_members(session: SessionDep, access: GroupMemberAccess) -> list[GroupMemberPublic]:
    """Who is in the group: visible to its members only."""
    rows = session.exec(
        select(Membership, Member)
        .join(Member, col(Member.id) == Membership.member_id)
        .where(Membership.group_id == access.group.id)
        .order_by(Membership.role, Member.full_name)
    ).all()
    return [
        GroupMemberPublic(
            member_id=member.id,
            full_name=member.full_name,
            role=membership.role,
            joined_at=membership.joined_at,
        )
        for membership, member in rows
    ]


@router.patch(
    "/groups/{group_ref}/members/{member_id}", responses=problem_responses(401, 403, 404, 409)
)
def change_member_role(
    session: SessionDep, access: CoordinatorAccess, member_id: uuid.UUID, data: RoleChange
) -> GroupMemberPublic:
    """Make someone coordinator, facilitator or member (coordinators)."""
    membership = membership_in(session, access.group, member_id)
    memberships.change_role(session, access.group, membership, data.role)
    session.commit()
    member = session.get(Member, member_id)
    assert member is not None
    return GroupMemberPublic(
        member_id=member.id,
        full_name=member.full_name,
        role=membership.role,
        joined_at=membership.joined_at,
    )


@router.delete(
    "/groups/{group_ref}/members/{member_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    responses=problem_responses(401, 403, 404, 409),
)
def remove_member(session: SessionDep, access: GroupCaller, member_id: uuid.UUID) -> None:
    """Leave the group yourself, or (coordinators) remove someone. A freed spot is offered
    to the first person on the waitlist."""
    leaving_self = member_id == access.caller.id
    if not leaving_self and not access.can_manage:
        raise PermissionDeniedError("Alleen de coördinator kan iemand uit de groep halen.")
    membership = membership_in(session, access.group, member_id)
    memberships.leave_group(session, access.group, membership)
    session.commit()


@router.get("/places", tags=["places"])
def suggest_places(
    q: Annotated[str, Query(min_length=1, max_length=80, description="Begin van een plaatsnaam")],
    limit: Annotated[int, Query(ge=1, le=20)] = 8,
) -> list[PlaceSuggestion]:
    """Place names for autocomplete in search and group forms."""
    return [
        PlaceSuggestion(name=place.name, province=Province(place.province), label=place.label)
        for place in geo.suggest_places(q, limit)
    ]
