"""Reminders two days before a meeting. The meetings themselves live in the sessions package;
this module only needs a query that lists the meetings starting in a time window."""

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Protocol

from sqlmodel import Session, col, select

from intervisiewijzer.groups.models import Group
from intervisiewijzer.notifications.models import NotificationKind, SessionReminder
from intervisiewijzer.notifications.service import Batch, members_of, notify_many

REMINDER_LEAD = timedelta(days=2)


@dataclass(frozen=True)
class UpcomingSession:
    session_id: uuid.UUID
    group_id: uuid.UUID
    starts_at: datetime
    # Who to remind; None means every member of the group.
    member_ids: Sequence[uuid.UUID] | None = None


class UpcomingSessionsQuery(Protocol):
    def __call__(
        self, session: Session, start: datetime, end: datetime
    ) -> Sequence[UpcomingSession]:
        """Planned (not cancelled) meetings with start <= starts_at < end."""
        ...


def no_sessions_yet(session: Session, start: datetime, end: datetime) -> Sequence[UpcomingSession]:
    """Stand-in until the sessions package provides its query."""
    return []


def due_session_reminders(
    session: Session, now: datetime, upcoming: UpcomingSessionsQuery = no_sessions_yet
) -> int:
    """Queue one reminder per meeting that starts within two days and was not reminded of yet
    (at this start time: a moved meeting is reminded of again). Returns how many meetings."""
    due = [
        meeting
        for meeting in upcoming(session, now, now + REMINDER_LEAD)
        if now <= meeting.starts_at < now + REMINDER_LEAD
    ]
    due = _not_reminded_yet(session, due)
    if not due:
        return 0
    groups = _groups(session, {meeting.group_id for meeting in due})
    members = members_of(session, {m.group_id for m in due if m.member_ids is None})
    batches = [
        Batch(
            member_ids=set(meeting.member_ids)
            if meeting.member_ids is not None
            else members[meeting.group_id],
            kind=NotificationKind.session_reminder,
            context={
                "group_name": groups[meeting.group_id].name,
                "group_slug": groups[meeting.group_id].slug,
                "session_id": str(meeting.session_id),
                "starts_at": meeting.starts_at.isoformat(),
            },
        )
        for meeting in due
        if meeting.group_id in groups
    ]
    notify_many(session, batches, now)
    session.add_all(
        SessionReminder(session_id=meeting.session_id, starts_at=meeting.starts_at, created_at=now)
        for meeting in due
    )
    session.flush()
    return len(due)


def _not_reminded_yet(
    session: Session, meetings: Sequence[UpcomingSession]
) -> list[UpcomingSession]:
    if not meetings:
        return []
    done = {
        (row.session_id, row.starts_at)
        for row in session.exec(
            select(SessionReminder).where(
                col(SessionReminder.session_id).in_({m.session_id for m in meetings})
            )
        )
    }
    unique = {(m.session_id, m.starts_at): m for m in meetings}
    return [meeting for key, meeting in unique.items() if key not in done]


def _groups(session: Session, ids: set[uuid.UUID]) -> dict[uuid.UUID, Group]:
    return {group.id: group for group in session.exec(select(Group).where(col(Group.id).in_(ids)))}
