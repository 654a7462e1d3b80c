"""Meeting notifications and reminders, against a fake meetings query (the sessions package
provides the real one)."""

import uuid
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta

import pytest
from sqlmodel import Session

from intervisiewijzer.groups.models import Group
from intervisiewijzer.members.models import Member
from intervisiewijzer.notifications import service
from intervisiewijzer.notifications.models import NotificationKind
from intervisiewijzer.notifications.reminders import UpcomingSession, due_session_reminders
from intervisiewijzer.notifications.texts import dutch_datetime
from tests.factories import add_membership, make_group, make_member
from tests.notifications.helpers import emails_to, notifications_of

NOW = datetime(2027, 3, 1, 9, 0, tzinfo=UTC)


def group_of(session: Session, size: int) -> tuple[Group, list[Member]]:
    group = make_group(session, name="Kring Houten", slug="kring-houten")
    members = [make_member(session) for _ in range(size)]
    for member in members:
        add_membership(session, group, member)
    return group, members


class FakeMeetings:
    """Stands in for the sessions package's query; remembers the windows asked for."""

    def __init__(self, meetings: Sequence[UpcomingSession]) -> None:
        self.meetings = list(meetings)
        self.windows: list[tuple[datetime, datetime]] = []

    def __call__(self, session: Session, start: datetime, end: datetime) -> list[UpcomingSession]:
        self.windows.append((start, end))
        return [m for m in self.meetings if start <= m.starts_at < end]


@pytest.mark.parametrize(
    ("moment", "expected"),
    [
        ("2027-03-02T18:30:00+00:00", "dinsdag 2 maart om 19:30"),  # winter time, UTC+1
        ("2027-07-15T17:00:00+00:00", "donderdag 15 juli om 19:00"),  # summer time, UTC+2
    ],
)
def test_times_are_written_in_dutch_local_time(moment: str, expected: str) -> None:
    assert dutch_datetime(moment) == expected


def test_planned_meeting_reaches_every_member_but_the_planner(session: Session) -> None:
    group, (planner, other, third) = group_of(session, 3)
    meeting_id = uuid.uuid4()
    service.notify_session_planned(
        session,
        group_id=group.id,
        session_id=meeting_id,
        starts_at=datetime(2027, 3, 2, 18, 30, tzinfo=UTC),
        planned_by=planner.id,
    )
    assert notifications_of(session, planner) == []
    for member in (other, third):
        [notification] = notifications_of(session, member)
        assert notification.kind == NotificationKind.session_planned
        assert "dinsdag 2 maart om 19:30" in notification.body
        assert notification.link == f"/bijeenkomsten/{meeting_id}"


def test_changed_and_cancelled_meetings(session: Session) -> None:
    group, (member,) = group_of(session, 1)
    starts = datetime(2027, 3, 2, 18, 30, tzinfo=UTC)
    service.notify_session_changed(
        session, group_id=group.id, session_id=uuid.uuid4(), starts_at=starts
    )
    service.notify_session_changed(
        session, group_id=group.id, session_id=uuid.uuid4(), starts_at=starts, cancelled=True
    )
    moved, cancelled = notifications_of(session, member)
    assert moved.title == "Bijeenkomst gewijzigd: Kring Houten"
    assert cancelled.title == "Bijeenkomst gaat niet door: Kring Houten"
    assert "gaat niet door" in cancelled.body


def test_evaluation_waiting_goes_to_those_named(session: Session) -> None:
    group, (present, absent) = group_of(session, 2)
    meeting_id = uuid.uuid4()
    service.notify_evaluation_waiting(
        session,
        member_ids=[present.id],
        group_id=group.id,
        session_id=meeting_id,
        starts_at=datetime(2027, 3, 2, 18, 30, tzinfo=UTC),
    )
    [notification] = notifications_of(session, present)
    assert notification.link == f"/bijeenkomsten/{meeting_id}/evaluatie"
    assert notifications_of(session, absent) == []


def test_reminder_two_days_ahead_once_per_start_time(session: Session) -> None:
    group, (first, second) = group_of(session, 2)
    soon = UpcomingSession(uuid.uuid4(), group.id, NOW + timedelta(days=1, hours=10))
    later = UpcomingSession(uuid.uuid4(), group.id, NOW + timedelta(days=2, minutes=1))
    meetings = FakeMeetings([soon, later])

    assert due_session_reminders(session, NOW, meetings) == 1
    assert meetings.windows == [(NOW, NOW + timedelta(days=2))]
    for member in (first, second):
        [reminder] = notifications_of(session, member)
        assert reminder.kind == NotificationKind.session_reminder
        assert reminder.title == "Binnenkort: Kring Houten"
        assert "dinsdag 2 maart om 20:00" in reminder.body
        assert len(emails_to(session, member)) == 1

    # the next round: nothing new for `soon`; `later` is now within two days
    assert due_session_reminders(session, NOW + timedelta(minutes=2), meetings) == 1
    assert len(notifications_of(session, first)) == 2
    assert due_session_reminders(session, NOW + timedelta(minutes=3), meetings) == 0

    # `soon` moves: a reminder for the new time
    meetings.meetings = [
        UpcomingSession(soon.session_id, group.id, soon.starts_at + timedelta(hours=3))
    ]
    assert due_session_reminders(session, NOW + timedelta(minutes=4), meetings) == 1
    assert len(notifications_of(session, first)) == 3


def test_reminder_can_be_limited_to_some_members(session: Session) -> None:
    group, (coming, not_coming) = group_of(session, 2)
    meeting = UpcomingSession(
        uuid.uuid4(), group.id, NOW + timedelta(hours=5), member_ids=[coming.id]
    )
    assert due_session_reminders(session, NOW, FakeMeetings([meeting])) == 1
    assert len(notifications_of(session, coming)) == 1
    assert notifications_of(session, not_coming) == []


def test_no_meetings_no_reminders(session: Session) -> None:
    assert due_session_reminders(session, NOW) == 0
