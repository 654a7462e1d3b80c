"""Proof of reflection for re-registration: a member's confirmed reflection activities in a
rolling window (default 20 meetings in 5 years), and the attendance sheet of a session.

Evidence is built from a list of reflection activities. Each kind of activity has a finder:
today only intervision sessions; the thematic events add their own finder to
ACTIVITY_FINDERS. No HTTP here."""

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy.orm import aliased
from sqlmodel import Session, col, select

from intervisiewijzer.config import Settings
from intervisiewijzer.errors import ConflictError
from intervisiewijzer.events.models import Event, EventRegistration, EventStatus
from intervisiewijzer.evidence.schemas import (
    ActivitySource,
    EvidenceActivity,
    EvidenceOverview,
    PendingConfirmation,
)
from intervisiewijzer.groups.models import Group
from intervisiewijzer.members.models import Member, RegistrationBody
from intervisiewijzer.methods.models import Method
from intervisiewijzer.sessions.localtime import (
    local_today,
    minutes_between,
    start_of_local_day,
    years_before,
)
from intervisiewijzer.sessions.models import Attendance, GroupSession, SessionStatus
from intervisiewijzer.sessions.schemas import PersonRef
from intervisiewijzer.sessions.service import people_by_id


@dataclass(frozen=True)
class EvidenceWindow:
    start: date  # first day that counts (Dutch date)
    end: date  # today

    @property
    def starts_at(self) -> datetime:
        return start_of_local_day(self.start)


def evidence_window(today: date, years: int) -> EvidenceWindow:
    """The rolling window: from the same date `years` ago up to and including today."""
    return EvidenceWindow(start=years_before(today, years), end=today)


# --- Reflection activities -----------------------------------------------------------------

ActivityFinder = Callable[[Session, uuid.UUID, datetime], list[EvidenceActivity]]


def confirmed_sessions(
    session: Session, member_id: uuid.UUID, since: datetime
) -> list[EvidenceActivity]:
    """Sessions the member confirmed, starting at or after `since`: one query with joins."""
    facilitator = aliased(Member)
    # sqlmodel types select() for at most four columns; this one has five.
    query = select(  # type: ignore[call-overload]
        GroupSession, Attendance.confirmed_at, Group.name, Method.name, facilitator.full_name
    )
    rows = session.exec(
        query.join(Attendance, col(Attendance.session_id) == GroupSession.id)
        .join(Group, col(Group.id) == GroupSession.group_id)
        .outerjoin(Method, col(Method.id) == GroupSession.method_id)
        .outerjoin(facilitator, col(facilitator.id) == GroupSession.facilitator_id)
        .where(
            Attendance.member_id == member_id,
            col(Attendance.confirmed_at).is_not(None),
            GroupSession.starts_at >= since,
            GroupSession.status != SessionStatus.cancelled,
        )
        .order_by(col(GroupSession.starts_at))
    ).all()
    return [
        EvidenceActivity(
            source=ActivitySource.session,
            source_id=group_session.id,
            title=group_name,
            starts_at=group_session.starts_at,
            ends_at=group_session.ends_at,
            minutes=minutes_between(group_session.starts_at, group_session.ends_at),
            method=method_name,
            facilitator=facilitator_name,
            confirmed_at=confirmed_at,
        )
        for group_session, confirmed_at, group_name, method_name, facilitator_name in rows
    ]


def attended_events(
    session: Session, member_id: uuid.UUID, since: datetime
) -> list[EvidenceActivity]:
    """Thematic events at which the admin or a coach recorded the member as present."""
    rows = session.exec(
        select(Event, EventRegistration.attendance_recorded_at)
        .join(EventRegistration, col(EventRegistration.event_id) == Event.id)
        .where(
            EventRegistration.member_id == member_id,
            col(EventRegistration.attended).is_(True),
            Event.starts_at >= since,
            Event.status != EventStatus.cancelled,
        )
        .order_by(col(Event.starts_at))
    ).all()
    return [
        EvidenceActivity(
            source=ActivitySource.event,
            source_id=event.id,
            title=f"Themabijeenkomst: {event.title}",
            starts_at=event.starts_at,
            ends_at=event.ends_at,
            minutes=minutes_between(event.starts_at, event.ends_at),
            method=None,
            facilitator=event.expert_name,
            confirmed_at=recorded_at or event.ends_at,
        )
        for event, recorded_at in rows
    ]


# Each finder returns the member's confirmed reflection activities since a moment.
ACTIVITY_FINDERS: list[ActivityFinder] = [confirmed_sessions, attended_events]


def reflection_activities(
    session: Session, member_id: uuid.UUID, window: EvidenceWindow
) -> list[EvidenceActivity]:
    activities = [
        activity
        for finder in ACTIVITY_FINDERS
        for activity in finder(session, member_id, window.starts_at)
    ]
    return sorted(activities, key=lambda activity: activity.starts_at)


def awaiting_confirmation(
    session: Session, member_id: uuid.UUID, window: EvidenceWindow
) -> list[PendingConfirmation]:
    rows = session.exec(
        select(GroupSession.id, Group.name, GroupSession.starts_at)
        .join(Attendance, col(Attendance.session_id) == GroupSession.id)
        .join(Group, col(Group.id) == GroupSession.group_id)
        .where(
            Attendance.member_id == member_id,
            col(Attendance.confirmed_at).is_(None),
            GroupSession.starts_at >= window.starts_at,
        )
        .order_by(col(GroupSession.starts_at))
    ).all()
    return [
        PendingConfirmation(session_id=session_id, group_name=name, starts_at=starts_at)
        for session_id, name, starts_at in rows
    ]


# --- The overview --------------------------------------------------------------------------


def evidence_overview(
    session: Session, member: Member, settings: Settings, today: date | None = None
) -> EvidenceOverview:
    window = evidence_window(today or local_today(), settings.evidence_window_years)
    activities = reflection_activities(session, member.id, window)
    norm = settings.evidence_norm_meetings
    count = len(activities)
    minutes = sum(activity.minutes for activity in activities)
    return EvidenceOverview(
        member_name=member.full_name,
        registration_body=member.registration_body,
        registration_number=member.registration_number,
        norm_meetings=norm,
        window_years=settings.evidence_window_years,
        window_start=window.start,
        window_end=window.end,
        confirmed_count=count,
        total_minutes=minutes,
        total_hours=round(minutes / 60, 1),
        progress_percent=min(100, count * 100 // norm),
        norm_met=count >= norm,
        remaining_meetings=max(0, norm - count),
        activities=activities,
        awaiting_confirmation=awaiting_confirmation(session, member.id, window),
    )


# --- The attendance sheet of one session ---------------------------------------------------


@dataclass(frozen=True)
class SheetLine:
    full_name: str
    registration: str | None  # e.g. "SKJ 123456"
    confirmed_at: datetime | None


@dataclass(frozen=True)
class AttendanceSheet:
    group_name: str
    group_slug: str
    starts_at: datetime
    ends_at: datetime
    method: str | None
    facilitator: str | None
    recorded_at: datetime
    recorded_by: str | None
    lines: list[SheetLine]


def attendance_sheet(session: Session, group_session: GroupSession) -> AttendanceSheet:
    """Everything the printed presentielijst shows. Only for a recorded list."""
    if group_session.attendance_recorded_at is None:
        raise ConflictError("De presentie van deze bijeenkomst is nog niet vastgelegd.")
    group = session.get(Group, group_session.group_id)
    assert group is not None
    method = session.get(Method, group_session.method_id) if group_session.method_id else None
    facilitator_id = group_session.facilitator_id
    recorder_id = group_session.attendance_recorded_by_id
    people = people_by_id(session, [p for p in (facilitator_id, recorder_id) if p])
    rows = session.exec(
        select(Member, Attendance.confirmed_at)
        .join(Attendance, col(Attendance.member_id) == Member.id)
        .where(Attendance.session_id == group_session.id)
        .order_by(Member.full_name)
    ).all()
    return AttendanceSheet(
        group_name=group.name,
        group_slug=group.slug,
        starts_at=group_session.starts_at,
        ends_at=group_session.ends_at,
        method=method.name if method else None,
        facilitator=_name(people, facilitator_id),
        recorded_at=group_session.attendance_recorded_at,
        recorded_by=_name(people, recorder_id),
        lines=[
            SheetLine(member.full_name, registration_label(member), confirmed_at)
            for member, confirmed_at in rows
        ],
    )


REGISTER_NAMES = {RegistrationBody.skj: "SKJ", RegistrationBody.registerplein: "Registerplein"}


def registration_label(member: Member) -> str | None:
    if member.registration_body is None:
        return None
    body = REGISTER_NAMES[member.registration_body]
    return f"{body} {member.registration_number}" if member.registration_number else body


def _name(people: dict[uuid.UUID, PersonRef], member_id: uuid.UUID | None) -> str | None:
    person = people.get(member_id) if member_id else None
    return person.full_name if person else None
