from collections.abc import Sequence
from typing import Annotated

from fastapi import APIRouter, Query, status
from sqlmodel import Session, col, select

from intervisiewijzer.auth.dependencies import CurrentMember
from intervisiewijzer.db import SessionDep
from intervisiewijzer.errors import problem_responses
from intervisiewijzer.groups.access import CoordinatorAccess, PublicGroup
from intervisiewijzer.groups.models import Group, Membership
from intervisiewijzer.groups.service import present_groups
from intervisiewijzer.members.models import Member
from intervisiewijzer.memberships import service
from intervisiewijzer.memberships.access import OwnRequest, ReviewableRequest
from intervisiewijzer.memberships.models import OPEN_STATUSES, JoinRequest
from intervisiewijzer.memberships.schemas import (
    Decision,
    JoinRequestCreate,
    JoinRequestForCoordinator,
    JoinRequestPublic,
    MyGroup,
    Requester,
)

router = APIRouter(tags=["memberships"], responses=problem_responses(401, 404))


def _for_requester(session: Session, requests: Sequence[JoinRequest]) -> list[JoinRequestPublic]:
    positions = service.waitlist_positions(session, requests)
    groups = {
        group.id: group
        for group in session.exec(
            select(Group).where(col(Group.id).in_({r.group_id for r in requests}))
        )
    }
    return [
        JoinRequestPublic(
            **request.model_dump(exclude={"member_id"}),
            group_slug=groups[request.group_id].slug,
            group_name=groups[request.group_id].name,
            waitlist_position=positions.get(request.id),
        )
        for request in requests
    ]


def _for_coordinator(
    session: Session, requests: Sequence[JoinRequest]
) -> list[JoinRequestForCoordinator]:
    positions = service.waitlist_positions(session, requests)
    members = {
        member.id: member
        for member in session.exec(
            select(Member).where(col(Member.id).in_({r.member_id for r in requests}))
        )
    }
    return [
        JoinRequestForCoordinator(
            **request.model_dump(exclude={"member_id", "group_id"}),
            waitlist_position=positions.get(request.id),
            requester=Requester.model_validate(members[request.member_id], from_attributes=True),
        )
        for request in requests
    ]


@router.post(
    "/groups/{group_ref}/join-requests",
    status_code=status.HTTP_201_CREATED,
    responses=problem_responses(409, 422),
)
def request_to_join(
    session: SessionDep, group: PublicGroup, member: CurrentMember, data: JoinRequestCreate
) -> JoinRequestPublic:
    """Ask to join a group. A full group puts the request on its waitlist."""
    request = service.request_to_join(session, group, member, data.motivation)
    session.commit()
    return _for_requester(session, [request])[0]


@router.get("/groups/{group_ref}/join-requests", responses=problem_responses(403))
def list_join_requests(
    session: SessionDep,
    access: CoordinatorAccess,
    include_closed: Annotated[bool, Query(description="Ook afgehandelde aanvragen")] = False,
) -> list[JoinRequestForCoordinator]:
    """Requests and the waitlist of a group, for its coordinators."""
    query = select(JoinRequest).where(JoinRequest.group_id == access.group.id)
    if not include_closed:
        query = query.where(col(JoinRequest.status).in_(OPEN_STATUSES))
    requests = session.exec(query.order_by(col(JoinRequest.created_at), col(JoinRequest.id))).all()
    return _for_coordinator(session, requests)


@router.post("/join-requests/{request_id}/accept", responses=problem_responses(409))
def accept_join_request(
    session: SessionDep, request: ReviewableRequest, data: Decision
) -> JoinRequestForCoordinator:
    """Admit the requester to the group (coordinator)."""
    service.accept(session, request, data.message)
    session.commit()
    return _for_coordinator(session, [request])[0]


@router.post("/join-requests/{request_id}/decline", responses=problem_responses(409))
def decline_join_request(
    session: SessionDep, request: ReviewableRequest, data: Decision
) -> JoinRequestForCoordinator:
    """Turn a request down, with an optional message (coordinator)."""
    service.decline(session, request, data.message)
    session.commit()
    return _for_coordinator(session, [request])[0]


@router.post("/join-requests/{request_id}/withdraw", responses=problem_responses(409))
def withdraw_join_request(session: SessionDep, request: OwnRequest) -> JoinRequestPublic:
    """Withdraw one's own request, waitlist place or offered spot."""
    service.withdraw(session, request)
    session.commit()
    return _for_requester(session, [request])[0]


@router.post("/join-requests/{request_id}/accept-offer", responses=problem_responses(409))
def accept_offer(session: SessionDep, request: OwnRequest) -> JoinRequestPublic:
    """Take the spot that opened up and was offered to you."""
    service.accept_offer(session, request)
    session.commit()
    return _for_requester(session, [request])[0]


@router.get("/me/join-requests")
def my_join_requests(
    session: SessionDep,
    member: CurrentMember,
    include_closed: Annotated[bool, Query()] = False,
) -> list[JoinRequestPublic]:
    """The logged-in member's own requests, with their place on waitlists."""
    query = select(JoinRequest).where(JoinRequest.member_id == member.id)
    if not include_closed:
        query = query.where(col(JoinRequest.status).in_(OPEN_STATUSES))
    requests = session.exec(query.order_by(col(JoinRequest.created_at).desc())).all()
    return _for_requester(session, requests)


@router.get("/me/groups")
def my_groups(session: SessionDep, member: CurrentMember) -> list[MyGroup]:
    """The groups the logged-in member belongs to, with their role."""
    rows = session.exec(
        select(Membership, Group)
        .join(Group, col(Group.id) == Membership.group_id)
        .where(Membership.member_id == member.id)
        .order_by(Group.name)
    ).all()
    public = present_groups(session, [group for _, group in rows])
    return [
        MyGroup(group=group, role=membership.role, joined_at=membership.joined_at)
        for (membership, _), group in zip(rows, public, strict=True)
    ]
