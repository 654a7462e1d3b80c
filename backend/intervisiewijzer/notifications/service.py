"""Notifications: an in-app inbox and, per the member's choice, an email through the outbox.
`notify` writes both in the caller's transaction, so a notification exists exactly when the
change that caused it does. No HTTP here; callers commit."""

import uuid
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import func, update
from sqlmodel import Session, col, select

from intervisiewijzer.common import Pagination, utcnow
from intervisiewijzer.config import get_settings
from intervisiewijzer.errors import NotFoundError
from intervisiewijzer.groups.models import Group, GroupRole, Membership
from intervisiewijzer.mail.service import queue_email
from intervisiewijzer.members.models import Member
from intervisiewijzer.memberships.models import JoinRequest, JoinRequestStatus
from intervisiewijzer.notifications.models import (
    Notification,
    NotificationKind,
    NotificationPreference,
)
from intervisiewijzer.notifications.schemas import (
    KindPreference,
    NotificationPage,
    NotificationPublic,
)
from intervisiewijzer.notifications.texts import Context, email_body, render


@dataclass(frozen=True)
class Batch:
    """One message for a set of members."""

    member_ids: Collection[uuid.UUID]
    kind: NotificationKind
    context: Context
    # Per member, a personal link (absolute URL) that replaces the page link in the e-mail.
    email_links: Mapping[uuid.UUID, str] = field(default_factory=dict)


def notify(
    session: Session,
    member_ids: Iterable[uuid.UUID],
    kind: NotificationKind,
    context: Context,
) -> list[Notification]:
    """Tell members about something: in the app and/or by email, as each of them chose."""
    return notify_many(session, [Batch(set(member_ids), kind, context)])


def notify_many(
    session: Session, batches: Sequence[Batch], now: datetime | None = None
) -> list[Notification]:
    """Several messages at once with a fixed number of queries."""
    now = now or utcnow()
    everyone = {member_id for batch in batches for member_id in batch.member_ids}
    if not everyone:
        return []
    members = _active_members(session, everyone)
    choices = _choices(session, everyone, {batch.kind for batch in batches})
    base_url = get_settings().public_base_url
    created: list[Notification] = []
    for batch in batches:
        message = render(batch.kind, batch.context)
        for member_id in sorted(batch.member_ids):
            member = members.get(member_id)
            if member is None:
                continue
            choice = choices.get((member_id, batch.kind), _DEFAULT)
            if choice.in_app:
                created.append(
                    Notification(
                        member_id=member_id,
                        kind=batch.kind,
                        title=message.title,
                        body=message.body,
                        link=message.link,
                        created_at=now,
                    )
                )
            if choice.email:
                personal_link = batch.email_links.get(member_id)
                body = email_body(member.full_name, message, base_url, personal_link)
                queue_email(session, member.email, message.title, body, now)
    session.add_all(created)
    session.flush()
    return created


def _active_members(session: Session, ids: Collection[uuid.UUID]) -> dict[uuid.UUID, Member]:
    query = select(Member).where(col(Member.id).in_(ids), col(Member.is_active))
    return {member.id: member for member in session.exec(query)}


@dataclass(frozen=True)
class Choice:
    in_app: bool = True
    email: bool = True


_DEFAULT = Choice()


def _choices(
    session: Session, member_ids: Collection[uuid.UUID], kinds: Collection[NotificationKind]
) -> dict[tuple[uuid.UUID, NotificationKind], Choice]:
    rows = session.exec(
        select(NotificationPreference).where(
            col(NotificationPreference.member_id).in_(member_ids),
            col(NotificationPreference.kind).in_(kinds),
        )
    )
    return {
        (row.member_id, NotificationKind(row.kind)): Choice(row.in_app, row.email) for row in rows
    }


# --- Preferences ------------------------------------------------------------------------------


def preferences_of(session: Session, member_id: uuid.UUID) -> list[KindPreference]:
    """Every kind, with the member's choice or the default (both channels on)."""
    stored = _choices(session, [member_id], list(NotificationKind))
    result = []
    for kind in NotificationKind:
        choice = stored.get((member_id, kind), _DEFAULT)
        result.append(KindPreference(kind=kind, in_app=choice.in_app, email=choice.email))
    return result


def replace_preferences(
    session: Session, member_id: uuid.UUID, items: Sequence[KindPreference]
) -> list[KindPreference]:
    for row in session.exec(
        select(NotificationPreference).where(NotificationPreference.member_id == member_id)
    ):
        session.delete(row)
    session.flush()
    session.add_all(
        NotificationPreference(
            member_id=member_id, kind=item.kind, in_app=item.in_app, email=item.email
        )
        for item in items
        if not (item.in_app and item.email)
    )
    session.flush()
    return preferences_of(session, member_id)


# --- The inbox ----------------------------------------------------------------------------------


def list_notifications(
    session: Session, member_id: uuid.UUID, page: Pagination, unread_only: bool = False
) -> NotificationPage:
    mine = col(Notification.member_id) == member_id
    unread = col(Notification.read_at).is_(None)
    query = (
        select(Notification).where(mine, unread)
        if unread_only
        else select(Notification).where(mine)
    )
    total = session.exec(select(func.count()).select_from(query.subquery())).one()
    items = session.exec(
        query.order_by(col(Notification.created_at).desc(), col(Notification.id).desc())
        .limit(page.limit)
        .offset(page.offset)
    ).all()
    unread_count = session.exec(
        select(func.count()).select_from(Notification).where(mine, unread)
    ).one()
    return NotificationPage(
        items=[NotificationPublic.model_validate(item) for item in items],
        total=total,
        limit=page.limit,
        offset=page.offset,
        unread_count=unread_count,
    )


def mark_read(
    session: Session, member_id: uuid.UUID, notification_id: uuid.UUID, now: datetime | None = None
) -> Notification:
    notification = session.get(Notification, notification_id)
    if notification is None or notification.member_id != member_id:
        raise NotFoundError("Deze melding bestaat niet of is niet van jou.")
    if notification.read_at is None:
        notification.read_at = now or utcnow()
        session.add(notification)
        session.flush()
    return notification


def mark_all_read(session: Session, member_id: uuid.UUID, now: datetime | None = None) -> int:
    result = session.exec(
        update(Notification)
        .where(col(Notification.member_id) == member_id, col(Notification.read_at).is_(None))
        .values(read_at=now or utcnow())
    )
    return int(result.rowcount)


# --- Joining a group (called from memberships.service) ---------------------------------------


def coordinators_of(session: Session, group_id: uuid.UUID) -> list[uuid.UUID]:
    return list(
        session.exec(
            select(Membership.member_id).where(
                Membership.group_id == group_id, Membership.role == GroupRole.coordinator
            )
        ).all()
    )


def join_request_received(session: Session, group: Group, request: JoinRequest) -> None:
    notify(
        session,
        coordinators_of(session, group.id),
        NotificationKind.join_request_received,
        {**_group_context(group), "status": request.status},
    )


def join_request_answered(session: Session, group: Group, request: JoinRequest) -> None:
    decision = "accepted" if request.status == JoinRequestStatus.accepted else "declined"
    notify(
        session,
        [request.member_id],
        NotificationKind.join_request_answered,
        {**_group_context(group), "decision": decision},
    )


def waitlist_spots_offered(session: Session, group: Group, requests: Sequence[JoinRequest]) -> None:
    notify(
        session,
        [request.member_id for request in requests],
        NotificationKind.waitlist_spot_offered,
        _group_context(group),
    )


def _group_context(group: Group) -> dict[str, str]:
    return {"group_name": group.name, "group_slug": group.slug}


# --- Meetings (called from sessions.service; plain values, no sessions imports) ----------------


def notify_session_planned(
    session: Session,
    *,
    group_id: uuid.UUID,
    session_id: uuid.UUID,
    starts_at: datetime,
    planned_by: uuid.UUID | None = None,
) -> list[Notification]:
    """A new meeting: tell every member of the group except the one who planned it."""
    return _notify_group(
        session,
        group_id,
        NotificationKind.session_planned,
        {"session_id": str(session_id), "starts_at": starts_at.isoformat()},
        exclude=planned_by,
    )


def notify_session_changed(
    session: Session,
    *,
    group_id: uuid.UUID,
    session_id: uuid.UUID,
    starts_at: datetime,
    cancelled: bool = False,
    changed_by: uuid.UUID | None = None,
) -> list[Notification]:
    """A meeting moved, changed or was cancelled (`starts_at` is the current start time)."""
    context = {"session_id": str(session_id), "starts_at": starts_at.isoformat()}
    if cancelled:
        context["change"] = "cancelled"
    return _notify_group(
        session, group_id, NotificationKind.session_changed, context, exclude=changed_by
    )


def notify_evaluation_waiting(
    session: Session,
    *,
    member_ids: Iterable[uuid.UUID],
    group_id: uuid.UUID,
    session_id: uuid.UUID,
    starts_at: datetime,
    email_links: Mapping[uuid.UUID, str] | None = None,
) -> list[Notification]:
    """Ask the members who were present to fill in the evaluation of a meeting; the e-mail
    carries each member's personal link, which works without logging in."""
    group = _require_group(session, group_id)
    context = {
        **_group_context(group),
        "session_id": str(session_id),
        "starts_at": starts_at.isoformat(),
    }
    batch = Batch(set(member_ids), NotificationKind.evaluation_waiting, context, email_links or {})
    return notify_many(session, [batch])


def notify_contract_published(
    session: Session, *, group_id: uuid.UUID, member_ids: Iterable[uuid.UUID]
) -> list[Notification]:
    """Ask members to read and agree to a newly published version of the group contract."""
    group = _require_group(session, group_id)
    return notify(session, member_ids, NotificationKind.contract_published, _group_context(group))


def members_of(
    session: Session, group_ids: Collection[uuid.UUID]
) -> dict[uuid.UUID, set[uuid.UUID]]:
    result: dict[uuid.UUID, set[uuid.UUID]] = {group_id: set() for group_id in group_ids}
    if group_ids:
        for group_id, member_id in session.exec(
            select(Membership.group_id, Membership.member_id).where(
                col(Membership.group_id).in_(group_ids)
            )
        ):
            result[group_id].add(member_id)
    return result


def _notify_group(
    session: Session,
    group_id: uuid.UUID,
    kind: NotificationKind,
    context: dict[str, str],
    exclude: uuid.UUID | None,
) -> list[Notification]:
    group = _require_group(session, group_id)
    recipients = members_of(session, [group_id])[group_id]
    if exclude is not None:
        recipients.discard(exclude)
    return notify(session, recipients, kind, {**_group_context(group), **context})


def _require_group(session: Session, group_id: uuid.UUID) -> Group:
    group = session.get(Group, group_id)
    if group is None:
        raise NotFoundError("Deze groep bestaat niet (meer).")
    return group
