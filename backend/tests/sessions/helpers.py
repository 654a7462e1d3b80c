"""Builders for session, attendance and evidence tests. They write straight to the database,
so a test can put sessions in the past; behaviour is then exercised through the API."""

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from fastapi.testclient import TestClient
from sqlalchemy import event
from sqlmodel import Session

from intervisiewijzer.common import utcnow
from intervisiewijzer.groups.models import Group, GroupRole
from intervisiewijzer.members.models import Member
from intervisiewijzer.sessions.localtime import local_to_utc
from intervisiewijzer.sessions.models import Attendance, GroupSession, SessionStatus
from tests.factories import add_membership, login, make_group, make_member


@dataclass
class Cast:
    """A group with a coordinator, a facilitator and a plain member, and an outsider who is a
    member of another group."""

    group: Group
    coordinator: Member
    facilitator: Member
    member: Member
    outsider: Member
    other_group: Group


def make_cast(session: Session, **group_fields: Any) -> Cast:
    coordinator = make_member(session, full_name="Carla Coördinator")
    group = make_group(session, coordinator=coordinator, **group_fields)
    facilitator = make_member(session, full_name="Frank Facilitator")
    member = make_member(session, full_name="Zoë Brontë")
    add_membership(session, group, facilitator, GroupRole.facilitator)
    add_membership(session, group, member)
    outsider = make_member(session, full_name="Olga Buitenstaander")
    other_group = make_group(session, coordinator=outsider)
    return Cast(group, coordinator, facilitator, member, outsider, other_group)


def local(day: date, at: str = "19:30") -> datetime:
    """A Dutch wall-clock time as aware UTC."""
    return local_to_utc(day, time.fromisoformat(at))


def make_session(
    session: Session,
    group: Group,
    *,
    starts_at: datetime | None = None,
    minutes: int = 120,
    **fields: Any,
) -> GroupSession:
    """A planned session, by default a week from now."""
    start = starts_at or (utcnow() + timedelta(days=7)).replace(second=0, microsecond=0)
    group_session = GroupSession(
        group_id=group.id, starts_at=start, ends_at=start + timedelta(minutes=minutes), **fields
    )
    session.add(group_session)
    session.flush()
    return group_session


def past_session(session: Session, group: Group, days_ago: int = 3, **fields: Any) -> GroupSession:
    start = (utcnow() - timedelta(days=days_ago)).replace(second=0, microsecond=0)
    return make_session(session, group, starts_at=start, **fields)


def held_session(
    session: Session,
    group: Group,
    present: Iterable[Member],
    *,
    starts_at: datetime,
    minutes: int = 120,
    confirmed: bool = True,
    recorder: Member | None = None,
    **fields: Any,
) -> GroupSession:
    """A session whose attendance was recorded; those present confirmed an hour after the end
    (unless `confirmed` is False)."""
    group_session = make_session(session, group, starts_at=starts_at, minutes=minutes, **fields)
    ended = group_session.ends_at
    group_session.status = SessionStatus.held
    group_session.attendance_recorded_at = ended
    group_session.attendance_recorded_by_id = recorder.id if recorder else None
    session.add(group_session)
    session.add_all(
        Attendance(
            session_id=group_session.id,
            member_id=member.id,
            recorded_at=ended,
            confirmed_at=ended + timedelta(hours=1) if confirmed else None,
        )
        for member in present
    )
    session.flush()
    return group_session


class Caller:
    """Logs a member in once and reuses the token."""

    def __init__(self, client: TestClient) -> None:
        self.client = client
        self._headers: dict[str, dict[str, str]] = {}

    def __call__(self, member: Member) -> dict[str, str]:
        key = str(member.id)
        if key not in self._headers:
            self._headers[key] = login(self.client, member)
        return self._headers[key]


def count_queries(session: Session, action: Callable[[], object]) -> int:
    """How many SQL statements `action` sends over the test's connection."""
    statements: list[str] = []

    def remember(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        statements.append(statement)

    connection = session.connection()
    event.listen(connection, "before_cursor_execute", remember)
    try:
        action()
    finally:
        event.remove(connection, "before_cursor_execute", remember)
    return len(statements)
