"""What the rest of the platform hears when sessions change: in-app/e-mail notifications,
webhooks, and the worker's reminder query. Services call these; no HTTP here."""

import uuid
from collections.abc import Iterable, Sequence
from datetime import datetime

from sqlmodel import Session, col, select

from intervisiewijzer.evaluations.service import create_evaluation_invitations
from intervisiewijzer.groups.models import Membership
from intervisiewijzer.notifications import service as notifications
from intervisiewijzer.notifications.reminders import UpcomingSession
from intervisiewijzer.sessions.models import (
    Attendance,
    GroupSession,
    RsvpAnswer,
    SessionRsvp,
    SessionStatus,
)
from intervisiewijzer.webhooks import events as webhooks


def sessions_planned(
    session: Session, planned: Sequence[GroupSession], by: uuid.UUID | None
) -> None:
    """One notification per plan (a series announces its first date), a webhook per session."""
    if not planned:
        return
    first = min(planned, key=lambda group_session: group_session.starts_at)
    notifications.notify_session_planned(
        session,
        group_id=first.group_id,
        session_id=first.id,
        starts_at=first.starts_at,
        planned_by=by,
    )
    for group_session in planned:
        webhooks.session_planned(
            session,
            group_id=group_session.group_id,
            session_id=group_session.id,
            starts_at=group_session.starts_at,
            ends_at=group_session.ends_at,
        )


def session_changed(session: Session, group_session: GroupSession, by: uuid.UUID | None) -> None:
    notifications.notify_session_changed(
        session,
        group_id=group_session.group_id,
        session_id=group_session.id,
        starts_at=group_session.starts_at,
        cancelled=group_session.status == SessionStatus.cancelled,
        changed_by=by,
    )


def attendance_recorded(
    session: Session, group_session: GroupSession, newly_present: Iterable[uuid.UUID]
) -> None:
    """Whoever was present is invited to evaluate the session, by e-mail with a personal link."""
    member_ids = list(newly_present)
    if member_ids:
        invitations = create_evaluation_invitations(session, group_session.id)
        notifications.notify_evaluation_waiting(
            session,
            member_ids=member_ids,
            group_id=group_session.group_id,
            session_id=group_session.id,
            starts_at=group_session.starts_at,
            email_links={invitation.member_id: invitation.url for invitation in invitations},
        )


def attendance_confirmed(session: Session, group_session: GroupSession, row: Attendance) -> None:
    assert row.confirmed_at is not None
    webhooks.attendance_confirmed(
        session,
        group_id=group_session.group_id,
        session_id=group_session.id,
        attendance_id=row.id,
        confirmed_at=row.confirmed_at,
    )


def upcoming_sessions(session: Session, start: datetime, end: datetime) -> list[UpcomingSession]:
    """For the reminder worker: planned sessions starting in [start, end), each with the
    members to remind (everyone in the group except those who said they will not come)."""
    planned = session.exec(
        select(GroupSession).where(
            GroupSession.status == SessionStatus.planned,
            col(GroupSession.starts_at) >= start,
            col(GroupSession.starts_at) < end,
        )
    ).all()
    if not planned:
        return []
    group_ids = {group_session.group_id for group_session in planned}
    members: dict[uuid.UUID, list[uuid.UUID]] = {group_id: [] for group_id in group_ids}
    for group_id, member_id in session.exec(
        select(Membership.group_id, Membership.member_id).where(
            col(Membership.group_id).in_(group_ids)
        )
    ):
        members[group_id].append(member_id)
    absent = set(
        session.exec(
            select(SessionRsvp.session_id, SessionRsvp.member_id).where(
                col(SessionRsvp.session_id).in_([s.id for s in planned]),
                SessionRsvp.answer == RsvpAnswer.absent,
            )
        ).all()
    )
    return [
        UpcomingSession(
            session_id=group_session.id,
            group_id=group_session.group_id,
            starts_at=group_session.starts_at,
            member_ids=[
                member_id
                for member_id in members[group_session.group_id]
                if (group_session.id, member_id) not in absent
            ],
        )
        for group_session in planned
    ]
