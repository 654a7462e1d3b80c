"""Sessions of a group: planning (one by one or as a series), changing, cancelling, the
members' answers (RSVP), and presenting sessions to members. No HTTP here; callers commit."""

import uuid
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import and_, func
from sqlmodel import Session, col, select
from sqlmodel.sql.expression import SelectOfScalar

from intervisiewijzer.common import Pagination, new_id, utcnow
from intervisiewijzer.errors import ConflictError, InvalidInputError
from intervisiewijzer.groups.models import Group, Membership
from intervisiewijzer.groups.schemas import MethodRef
from intervisiewijzer.groups.service import methods_by_slug
from intervisiewijzer.members.models import Member
from intervisiewijzer.methods.models import Method
from intervisiewijzer.sessions import announcements
from intervisiewijzer.sessions.localtime import NonexistentLocalTimeError, minutes_between
from intervisiewijzer.sessions.models import (
    Attendance,
    GroupSession,
    RsvpAnswer,
    SessionRsvp,
    SessionStatus,
)
from intervisiewijzer.sessions.schemas import (
    MyAttendance,
    MyResponse,
    PersonRef,
    ResponseCounts,
    RsvpPublic,
    RsvpUpdate,
    SeriesCreate,
    SessionCreate,
    SessionGroup,
    SessionPublic,
    SessionResponses,
    SessionUpdate,
    SessionWhen,
    time_problem,
)
from intervisiewijzer.sessions.series import series_dates, series_slots


def touch(group_session: GroupSession) -> None:
    """Mark a visible change: new ETag, new updated_at."""
    group_session.version += 1
    group_session.updated_at = utcnow()


# --- Planning ------------------------------------------------------------------------------


def create_session(
    session: Session, group: Group, data: SessionCreate, by: uuid.UUID | None = None
) -> GroupSession:
    _check_people(session, group, data.facilitator_id, data.case_bringer_id)
    group_session = GroupSession(
        group_id=group.id,
        starts_at=data.starts_at,
        ends_at=data.ends_at,
        case_bringer_id=data.case_bringer_id,
        **_shared_details(session, data),
    )
    session.add(group_session)
    session.flush()
    announcements.sessions_planned(session, [group_session], by)
    return group_session


def plan_series(
    session: Session, group: Group, data: SeriesCreate, by: uuid.UUID | None = None
) -> list[GroupSession]:
    """Sessions at the same Dutch wall-clock time every `interval_weeks` weeks."""
    _check_people(session, group, data.facilitator_id, None)
    dates = series_dates(data.first_date, data.interval_weeks, count=data.count, until=data.until)
    try:
        slots = series_slots(dates, data.start_time, data.end_time)
    except NonexistentLocalTimeError as error:
        raise InvalidInputError(f"{error}. Kies een andere tijd.") from error
    series_id = new_id()
    details = _shared_details(session, data)
    sessions = [
        GroupSession(
            group_id=group.id,
            starts_at=slot.starts_at,
            ends_at=slot.ends_at,
            series_id=series_id,
            **details,
        )
        for slot in slots
    ]
    session.add_all(sessions)
    session.flush()
    announcements.sessions_planned(session, sessions, by)
    return sessions


def update_session(
    session: Session,
    group_session: GroupSession,
    data: SessionUpdate,
    by: uuid.UUID | None = None,
) -> None:
    changes = data.model_dump(exclude_unset=True)
    if group_session.status == SessionStatus.cancelled:
        raise ConflictError("Deze bijeenkomst is afgelast en kan niet meer worden gewijzigd.")
    if {"starts_at", "ends_at"} & changes.keys():
        _change_times(group_session, changes)
    # Only newly chosen people must be members: someone who left keeps their past role.
    _check_members(session, group_session.group_id, _people_in(changes))
    _check_distinct(
        changes.get("facilitator_id", group_session.facilitator_id),
        changes.get("case_bringer_id", group_session.case_bringer_id),
    )
    if "method" in changes:
        group_session.method_id = _method_id(session, changes.pop("method"))
    if "notes" in changes:
        changes["notes"] = changes["notes"] or ""
    if "location_text" in changes:
        changes["location_text"] = changes["location_text"] or None
    for field, value in changes.items():
        setattr(group_session, field, value)
    touch(group_session)
    session.add(group_session)
    session.flush()
    announcements.session_changed(session, group_session, by)


def cancel_session(
    session: Session,
    group_session: GroupSession,
    reason: str | None,
    by: uuid.UUID | None = None,
) -> None:
    if group_session.status == SessionStatus.held:
        raise ConflictError("Deze bijeenkomst is al geweest: de presentie is vastgelegd.")
    if group_session.status == SessionStatus.cancelled:
        return
    group_session.status = SessionStatus.cancelled
    group_session.cancel_reason = reason or None
    touch(group_session)
    session.add(group_session)
    session.flush()
    announcements.session_changed(session, group_session, by)


def _change_times(group_session: GroupSession, changes: dict[str, Any]) -> None:
    if changes.get("starts_at", True) is None or changes.get("ends_at", True) is None:
        raise InvalidInputError("Begin en einde mogen niet leeg zijn.")
    if group_session.status == SessionStatus.held:
        raise ConflictError(
            "De presentie is al vastgelegd; begin- en eindtijd liggen daarmee vast."
        )
    starts_at = changes.get("starts_at", group_session.starts_at)
    ends_at = changes.get("ends_at", group_session.ends_at)
    problem = time_problem(starts_at, ends_at)
    if problem:
        raise InvalidInputError(problem[0].upper() + problem[1:] + ".")


def _shared_details(session: Session, data: SessionCreate | SeriesCreate) -> dict[str, Any]:
    return {
        "location_text": data.location_text or None,
        "online_url": data.online_url or None,
        "method_id": _method_id(session, data.method),
        "facilitator_id": data.facilitator_id,
        "notes": data.notes,
    }


def _method_id(session: Session, slug: str | None) -> uuid.UUID | None:
    return methods_by_slug(session, [slug])[0].id if slug else None


def _check_people(
    session: Session,
    group: Group,
    facilitator_id: uuid.UUID | None,
    case_bringer_id: uuid.UUID | None,
) -> None:
    """Facilitator and case bringer are members of the group, and two different people."""
    _check_members(
        session, group.id, {"facilitator_id": facilitator_id, "case_bringer_id": case_bringer_id}
    )
    _check_distinct(facilitator_id, case_bringer_id)


_ROLE_LABELS = {"facilitator_id": "De facilitator", "case_bringer_id": "De casusinbrenger"}


def _people_in(changes: dict[str, Any]) -> dict[str, uuid.UUID | None]:
    return {field: changes[field] for field in _ROLE_LABELS if field in changes}


def _check_members(
    session: Session, group_id: uuid.UUID, people: dict[str, uuid.UUID | None]
) -> None:
    wanted = {member_id for member_id in people.values() if member_id is not None}
    if not wanted:
        return
    members = set(
        session.exec(
            select(Membership.member_id).where(
                Membership.group_id == group_id, col(Membership.member_id).in_(wanted)
            )
        ).all()
    )
    for field, member_id in people.items():
        if member_id is not None and member_id not in members:
            raise _field_problem(field, f"{_ROLE_LABELS[field]} moet lid zijn van deze groep.")


def _check_distinct(facilitator_id: uuid.UUID | None, case_bringer_id: uuid.UUID | None) -> None:
    if facilitator_id is not None and facilitator_id == case_bringer_id:
        raise _field_problem(
            "case_bringer_id",
            "De facilitator brengt zelf geen casus in: kies iemand anders als casusinbrenger.",
        )


def _field_problem(field: str, message: str) -> InvalidInputError:
    return InvalidInputError(
        message,
        errors=[
            {"field": field, "loc": ["body", field], "message": message, "type": "value_error"}
        ],
    )


# --- Answers (RSVP) ------------------------------------------------------------------------


def respond(
    session: Session, group_session: GroupSession, member: Member, data: RsvpUpdate
) -> SessionRsvp:
    """A member's own answer; it can be changed until the session starts."""
    if group_session.status == SessionStatus.cancelled:
        raise ConflictError("Deze bijeenkomst is afgelast.")
    if utcnow() >= group_session.starts_at:
        raise ConflictError("Deze bijeenkomst is al begonnen; aan- of afmelden kan niet meer.")
    rsvp = session.get(SessionRsvp, (group_session.id, member.id)) or SessionRsvp(
        session_id=group_session.id, member_id=member.id, answer=data.answer
    )
    rsvp.answer = data.answer
    rsvp.reason = (data.reason or None) if data.answer == RsvpAnswer.absent else None
    rsvp.responded_at = utcnow()
    session.add(rsvp)
    session.flush()
    return rsvp


def session_responses(
    session: Session, group_session: GroupSession, viewer: Member, show_reasons: bool
) -> SessionResponses:
    """Current members of the group by their answer. Reasons for absence are shown to those
    allowed to see them, and to each member for their own answer."""
    rows = session.exec(
        select(Member.id, Member.full_name, SessionRsvp)
        .join(Membership, col(Membership.member_id) == Member.id)
        .outerjoin(
            SessionRsvp,
            and_(
                col(SessionRsvp.session_id) == group_session.id,
                col(SessionRsvp.member_id) == Member.id,
            ),
        )
        .where(Membership.group_id == group_session.group_id)
        .order_by(Member.full_name)
    ).all()
    answered: dict[RsvpAnswer, list[RsvpPublic]] = defaultdict(list)
    unanswered: list[PersonRef] = []
    for member_id, full_name, rsvp in rows:
        person = PersonRef(id=member_id, full_name=full_name)
        if rsvp is None:
            unanswered.append(person)
            continue
        reason_visible = show_reasons or member_id == viewer.id
        answered[rsvp.answer].append(
            RsvpPublic(
                member=person,
                answer=rsvp.answer,
                reason=rsvp.reason if reason_visible else None,
                responded_at=rsvp.responded_at,
            )
        )
    return SessionResponses(
        present=answered[RsvpAnswer.present],
        absent=answered[RsvpAnswer.absent],
        unanswered=unanswered,
    )


# --- Listing -------------------------------------------------------------------------------


def list_sessions(
    session: Session,
    group_ids: Sequence[uuid.UUID],
    when: SessionWhen,
    pagination: Pagination,
    include_cancelled: bool = True,
) -> tuple[list[GroupSession], int]:
    """Sessions of some groups: upcoming soonest first, past most recent first."""
    query = select(GroupSession).where(col(GroupSession.group_id).in_(group_ids))
    now = utcnow()
    if when == SessionWhen.upcoming:
        query = query.where(GroupSession.ends_at > now)
    elif when == SessionWhen.past:
        query = query.where(GroupSession.ends_at <= now)
    if not include_cancelled:
        query = query.where(GroupSession.status != SessionStatus.cancelled)
    total = session.exec(_count(query)).one()
    starts = col(GroupSession.starts_at)
    order = starts.desc() if when == SessionWhen.past else starts.asc()
    items = session.exec(
        query.order_by(order, col(GroupSession.id))
        .limit(pagination.limit)
        .offset(pagination.offset)
    ).all()
    return list(items), total


def group_ids_of(session: Session, member: Member) -> list[uuid.UUID]:
    return list(
        session.exec(select(Membership.group_id).where(Membership.member_id == member.id)).all()
    )


def _count(query: SelectOfScalar[GroupSession]) -> SelectOfScalar[int]:
    return select(func.count()).select_from(query.subquery())


# --- Presenting ----------------------------------------------------------------------------


@dataclass(frozen=True)
class _Lookups:
    """Everything needed to present a batch of sessions, loaded with one query each."""

    groups: dict[uuid.UUID, Group]
    methods: dict[uuid.UUID, MethodRef]
    people: dict[uuid.UUID, PersonRef]
    answer_counts: dict[uuid.UUID, dict[RsvpAnswer, int]]
    member_counts: dict[uuid.UUID, int]
    my_rsvps: dict[uuid.UUID, SessionRsvp]
    my_attendance: dict[uuid.UUID, Attendance]


def present_sessions(
    session: Session, sessions: Sequence[GroupSession], viewer: Member
) -> list[SessionPublic]:
    """Member views of many sessions with a fixed number of queries (no N+1)."""
    ids = [s.id for s in sessions]
    group_ids = {s.group_id for s in sessions}
    lookups = _Lookups(
        groups={g.id: g for g in session.exec(select(Group).where(col(Group.id).in_(group_ids)))},
        methods=_methods_by_id(session, {s.method_id for s in sessions if s.method_id}),
        people=people_by_id(
            session, [p for s in sessions for p in (s.facilitator_id, s.case_bringer_id) if p]
        ),
        answer_counts=_answer_counts(session, ids),
        member_counts=_member_counts(session, group_ids),
        my_rsvps={
            r.session_id: r
            for r in session.exec(
                select(SessionRsvp).where(
                    col(SessionRsvp.session_id).in_(ids), SessionRsvp.member_id == viewer.id
                )
            )
        },
        my_attendance={
            a.session_id: a
            for a in session.exec(
                select(Attendance).where(
                    col(Attendance.session_id).in_(ids), Attendance.member_id == viewer.id
                )
            )
        },
    )
    return [_present(group_session, lookups) for group_session in sessions]


def present_session(session: Session, group_session: GroupSession, viewer: Member) -> SessionPublic:
    return present_sessions(session, [group_session], viewer)[0]


_OWN_FIELDS = {
    "id",
    "starts_at",
    "ends_at",
    "location_text",
    "online_url",
    "series_id",
    "status",
    "cancel_reason",
    "notes",
    "version",
    "created_at",
    "updated_at",
}


def _present(group_session: GroupSession, lookups: _Lookups) -> SessionPublic:
    group = lookups.groups[group_session.group_id]
    counts = lookups.answer_counts[group_session.id]
    present = counts.get(RsvpAnswer.present, 0)
    absent = counts.get(RsvpAnswer.absent, 0)
    members = lookups.member_counts.get(group_session.group_id, 0)
    my_rsvp = lookups.my_rsvps.get(group_session.id)
    my_row = lookups.my_attendance.get(group_session.id)
    recorded = group_session.attendance_recorded_at is not None
    return SessionPublic(
        **group_session.model_dump(include=_OWN_FIELDS),
        group=SessionGroup(id=group.id, slug=group.slug, name=group.name),
        duration_minutes=minutes_between(group_session.starts_at, group_session.ends_at),
        method=lookups.methods.get(group_session.method_id) if group_session.method_id else None,
        facilitator=_person(lookups.people, group_session.facilitator_id),
        case_bringer=_person(lookups.people, group_session.case_bringer_id),
        attendance_recorded=recorded,
        response_counts=ResponseCounts(
            present=present, absent=absent, unanswered=max(0, members - present - absent)
        ),
        my_response=MyResponse.model_validate(my_rsvp, from_attributes=True) if my_rsvp else None,
        my_attendance=MyAttendance(
            present=my_row is not None, confirmed_at=my_row.confirmed_at if my_row else None
        )
        if recorded
        else None,
    )


def people_by_id(session: Session, ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, PersonRef]:
    wanted = set(ids)
    if not wanted:
        return {}
    rows = session.exec(select(Member.id, Member.full_name).where(col(Member.id).in_(wanted))).all()
    return {member_id: PersonRef(id=member_id, full_name=name) for member_id, name in rows}


def _person(people: dict[uuid.UUID, PersonRef], member_id: uuid.UUID | None) -> PersonRef | None:
    return people.get(member_id) if member_id else None


def _methods_by_id(session: Session, ids: set[uuid.UUID]) -> dict[uuid.UUID, MethodRef]:
    if not ids:
        return {}
    methods = session.exec(select(Method).where(col(Method.id).in_(ids))).all()
    return {m.id: MethodRef(slug=m.slug, name=m.name) for m in methods}


def _answer_counts(
    session: Session, ids: Sequence[uuid.UUID]
) -> dict[uuid.UUID, dict[RsvpAnswer, int]]:
    """Answers per session, counting only people who are still in the group."""
    counts: dict[uuid.UUID, dict[RsvpAnswer, int]] = defaultdict(dict)
    if not ids:
        return counts
    rows = session.exec(
        select(SessionRsvp.session_id, SessionRsvp.answer, func.count())
        .join(GroupSession, col(GroupSession.id) == SessionRsvp.session_id)
        .join(
            Membership,
            and_(
                col(Membership.group_id) == GroupSession.group_id,
                col(Membership.member_id) == SessionRsvp.member_id,
            ),
        )
        .where(col(SessionRsvp.session_id).in_(ids))
        .group_by(col(SessionRsvp.session_id), col(SessionRsvp.answer))
    ).all()
    for session_id, answer, count in rows:
        counts[session_id][RsvpAnswer(answer)] = count
    return counts


def _member_counts(session: Session, group_ids: set[uuid.UUID]) -> dict[uuid.UUID, int]:
    if not group_ids:
        return {}
    rows = session.exec(
        select(Membership.group_id, func.count())
        .where(col(Membership.group_id).in_(group_ids))
        .group_by(col(Membership.group_id))
    ).all()
    return dict(rows)
