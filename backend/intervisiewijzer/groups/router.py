import uuid
from typing import Annotated

from fastapi import APIRouter, Depends, Header, Query, Response, status
from sqlmodel import col, select

from intervisiewijzer.auth.dependencies import CurrentMember
from intervisiewijzer.common import MAX_PAGE_SIZE
from intervisiewijzer.db import SessionDep
from intervisiewijzer.errors import (
    PermissionDeniedError,
    PreconditionFailedError,
    problem_responses,
)
from intervisiewijzer.groups import geo, service
from intervisiewijzer.groups.access import (
    CoordinatorAccess,
    GroupCaller,
    GroupMemberAccess,
    PublicGroup,
    membership_in,
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


def etag_of(group: Group) -> str:
    return f'"{group.id.hex[:12]}-{group.version}"'


def _public(session: SessionDep, group: Group) -> GroupPublic:
    return service.present_groups(session, [group])[0]


@router.get("/groups", responses=problem_responses(422))
def find_groups(
    session: SessionDep,
    filters: Annotated[GroupFilters, Depends(group_filters)],
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE_SIZE)] = 20,
    offset: Annotated[int, Query(ge=0, le=100_000)] = 0,
) -> GroupSearchPage:
    """Find intervision groups. With `near`, results are sorted by distance."""
    return search_groups(session, filters, limit, offset)


@router.post("/groups", status_code=status.HTTP_201_CREATED, responses=problem_responses(401, 422))
def create_group(
    response: Response, session: SessionDep, member: CurrentMember, data: GroupCreate
) -> GroupPublic:
    """Start a new group; you become its coordinator."""
    group = service.create_group(session, member, data)
    session.commit()
    response.headers["ETag"] = etag_of(group)
    return _public(session, group)


@router.get("/groups/{group_ref}", responses=problem_responses(404))
def read_group(response: Response, session: SessionDep, group: PublicGroup) -> GroupPublic:
    """A group's public page, by id or slug. Never shows members or an address."""
    response.headers["ETag"] = etag_of(group)
    return _public(session, group)


@router.patch("/groups/{group_ref}", responses=problem_responses(401, 403, 404, 412, 422))
def update_group(
    response: Response,
    session: SessionDep,
    access: CoordinatorAccess,
    data: GroupUpdate,
    if_match: Annotated[str | None, Header(description="ETag van de laatst gelezen versie")] = None,
) -> GroupPublic:
    """Change a group (coordinators and admins). Send If-Match to avoid overwriting others."""
    group = access.group
    if if_match is not None and if_match not in (etag_of(group), "*"):
        raise PreconditionFailedError(
            "Iemand anders heeft deze groep intussen gewijzigd. Laad de groep opnieuw."
        )
    service.update_group(session, group, data)
    memberships.offer_free_spots(session, group)
    session.commit()
    response.headers["ETag"] = etag_of(group)
    return _public(session, group)


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
