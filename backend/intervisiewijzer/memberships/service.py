"""Joining a group: requests, decisions, the waitlist and offers of freed spots.

Capacity rule: members plus outstanding offers never exceed the group's size_max. When a spot
frees up, the longest-waiting person on the waitlist is offered it and confirms to join.
No HTTP here; callers commit.
"""

import uuid
from collections.abc import Sequence

from sqlalchemy import func
from sqlmodel import Session, col, select

from intervisiewijzer.common import utcnow
from intervisiewijzer.errors import ConflictError, NotFoundError
from intervisiewijzer.groups.models import Group, GroupLifecycle, GroupRole, Membership
from intervisiewijzer.groups.service import occupancy_of_group, open_spots
from intervisiewijzer.members.models import Member
from intervisiewijzer.memberships.models import OPEN_STATUSES, JoinRequest, JoinRequestStatus
from intervisiewijzer.notifications import service as notifications
from intervisiewijzer.webhooks import events as webhook_events


def membership_of(session: Session, group_id: uuid.UUID, member_id: uuid.UUID) -> Membership | None:
    return session.exec(
        select(Membership).where(Membership.group_id == group_id, Membership.member_id == member_id)
    ).first()


def open_request_of(
    session: Session, group_id: uuid.UUID, member_id: uuid.UUID
) -> JoinRequest | None:
    return session.exec(
        select(JoinRequest).where(
            JoinRequest.group_id == group_id,
            JoinRequest.member_id == member_id,
            col(JoinRequest.status).in_(OPEN_STATUSES),
        )
    ).first()


def request_to_join(session: Session, group: Group, member: Member, motivation: str) -> JoinRequest:
    if group.lifecycle == GroupLifecycle.closed:
        raise ConflictError("Deze groep neemt geen nieuwe leden aan.")
    if membership_of(session, group.id, member.id):
        raise ConflictError("Je bent al lid van deze groep.")
    if open_request_of(session, group.id, member.id):
        raise ConflictError("Je hebt al een aanvraag lopen voor deze groep.")
    has_room = open_spots(group, occupancy_of_group(session, group)) > 0
    request = JoinRequest(
        group_id=group.id,
        member_id=member.id,
        motivation=motivation,
        status=JoinRequestStatus.pending if has_room else JoinRequestStatus.waitlisted,
    )
    session.add(request)
    session.flush()
    notifications.join_request_received(session, group, request)
    webhook_events.join_request_created(session, group, request)
    return request


def accept(session: Session, request: JoinRequest, message: str | None) -> Membership:
    """The coordinator admits a pending (or waitlisted, if room) request."""
    _require_status(request, JoinRequestStatus.pending, JoinRequestStatus.waitlisted)
    group = _group_of(session, request)
    if open_spots(group, occupancy_of_group(session, group)) == 0:
        raise ConflictError(
            "De groep is vol. Maak eerst een plek vrij of vergroot de maximale groepsgrootte."
        )
    membership = _admit(session, request, message)
    notifications.join_request_answered(session, group, request)
    webhook_events.join_request_decided(session, group, request)
    return membership


def decline(session: Session, request: JoinRequest, message: str | None) -> JoinRequest:
    _require_status(request, *OPEN_STATUSES)
    was_offered = request.status == JoinRequestStatus.offered
    _close(request, JoinRequestStatus.declined, message)
    session.add(request)
    session.flush()
    group = _group_of(session, request)
    notifications.join_request_answered(session, group, request)
    webhook_events.join_request_decided(session, group, request)
    if was_offered:
        offer_free_spots(session, group)
    return request


def withdraw(session: Session, request: JoinRequest) -> JoinRequest:
    """The requester pulls out: of a pending request, the waitlist, or an offered spot."""
    _require_status(request, *OPEN_STATUSES)
    was_offered = request.status == JoinRequestStatus.offered
    _close(request, JoinRequestStatus.withdrawn, None)
    session.add(request)
    session.flush()
    if was_offered:
        offer_free_spots(session, _group_of(session, request))
    return request


def accept_offer(session: Session, request: JoinRequest) -> Membership:
    """The requester takes the spot that was offered to them."""
    _require_status(request, JoinRequestStatus.offered)
    membership = _admit(session, request, None)
    webhook_events.join_request_decided(session, _group_of(session, request), request)
    return membership


def leave_group(session: Session, group: Group, membership: Membership) -> None:
    if membership.role == GroupRole.coordinator and _coordinator_count(session, group) == 1:
        raise ConflictError("Je bent de enige coördinator. Maak eerst iemand anders coördinator.")
    session.delete(membership)
    session.flush()
    offer_free_spots(session, group)


def change_role(
    session: Session, group: Group, membership: Membership, role: GroupRole
) -> Membership:
    if (
        membership.role == GroupRole.coordinator
        and role != GroupRole.coordinator
        and _coordinator_count(session, group) == 1
    ):
        raise ConflictError("Een groep heeft minstens één coördinator nodig.")
    membership.role = role
    session.add(membership)
    session.flush()
    return membership


def offer_free_spots(session: Session, group: Group) -> list[JoinRequest]:
    """Offer each free spot to the longest-waiting person on the waitlist."""
    offered: list[JoinRequest] = []
    free = open_spots(group, occupancy_of_group(session, group))
    if free == 0:
        return offered
    waiting = session.exec(
        select(JoinRequest)
        .where(JoinRequest.group_id == group.id, JoinRequest.status == JoinRequestStatus.waitlisted)
        .order_by(col(JoinRequest.created_at), col(JoinRequest.id))
        .limit(free)
    ).all()
    for request in waiting:
        request.status = JoinRequestStatus.offered
        request.offered_at = utcnow()
        session.add(request)
        offered.append(request)
    session.flush()
    notifications.waitlist_spots_offered(session, group, offered)
    return offered


def waitlist_positions(session: Session, requests: Sequence[JoinRequest]) -> dict[uuid.UUID, int]:
    """1-based place in line of each waitlisted request."""
    positions: dict[uuid.UUID, int] = {}
    for request in requests:
        if request.status != JoinRequestStatus.waitlisted:
            continue
        ahead = session.exec(
            select(func.count())
            .select_from(JoinRequest)
            .where(
                JoinRequest.group_id == request.group_id,
                JoinRequest.status == JoinRequestStatus.waitlisted,
                (col(JoinRequest.created_at) < request.created_at)
                | (
                    (col(JoinRequest.created_at) == request.created_at)
                    & (col(JoinRequest.id) < request.id)
                ),
            )
        ).one()
        positions[request.id] = ahead + 1
    return positions


def _admit(session: Session, request: JoinRequest, message: str | None) -> Membership:
    _close(request, JoinRequestStatus.accepted, message)
    membership = Membership(group_id=request.group_id, member_id=request.member_id)
    session.add_all([request, membership])
    session.flush()
    return membership


def _close(request: JoinRequest, status: JoinRequestStatus, message: str | None) -> None:
    request.status = status
    request.response_message = message
    request.decided_at = utcnow()


def _require_status(request: JoinRequest, *allowed: JoinRequestStatus) -> None:
    if request.status not in allowed:
        raise ConflictError("Deze aanvraag is al afgehandeld.")


def _group_of(session: Session, request: JoinRequest) -> Group:
    group = session.get(Group, request.group_id)
    if group is None:
        raise NotFoundError("Deze groep bestaat niet (meer).")
    return group


def _coordinator_count(session: Session, group: Group) -> int:
    return session.exec(
        select(func.count())
        .select_from(Membership)
        .where(Membership.group_id == group.id, Membership.role == GroupRole.coordinator)
    ).one()
