"""The attendance list (presentielijst): recorded after a session by its facilitator or a
coordinator, then confirmed ('afgetekend') by each present member personally. Every change
leaves a row in the audit trail. No HTTP here; callers commit."""

import uuid
from collections.abc import Iterable, Sequence

from sqlalchemy import func
from sqlalchemy.orm import aliased
from sqlmodel import Session, col, select

from intervisiewijzer.common import Pagination, utcnow
from intervisiewijzer.errors import ConflictError, InvalidInputError
from intervisiewijzer.groups.models import Membership
from intervisiewijzer.members.models import Member
from intervisiewijzer.sessions import announcements
from intervisiewijzer.sessions.models import (
    Attendance,
    AttendanceAction,
    AttendanceAudit,
    GroupSession,
    SessionRsvp,
    SessionStatus,
)
from intervisiewijzer.sessions.schemas import (
    AttendanceAuditEntry,
    AttendanceAuditPage,
    AttendanceEntry,
    AttendanceList,
    PersonRef,
)
from intervisiewijzer.sessions.service import people_by_id, touch


def record_attendance(
    session: Session, group_session: GroupSession, actor: Member, present_ids: Sequence[uuid.UUID]
) -> None:
    """Set who was present. Recording again keeps the confirmations of those still present;
    whoever is taken off the list loses their confirmation."""
    if group_session.status == SessionStatus.cancelled:
        raise ConflictError("Deze bijeenkomst is afgelast; er is geen presentie vast te leggen.")
    if utcnow() < group_session.starts_at:
        raise ConflictError(
            "De presentie kan pas worden vastgelegd als de bijeenkomst is begonnen."
        )
    present = list(dict.fromkeys(present_ids))
    current = {row.member_id: row for row in _rows_of(session, group_session)}
    _check_listable(session, group_session, present, current.keys())
    for member_id, row in current.items():
        if member_id not in present:
            session.delete(row)
            _audit(session, group_session, member_id, actor, AttendanceAction.marked_absent)
    newly_present = [member_id for member_id in present if member_id not in current]
    for member_id in newly_present:
        session.add(Attendance(session_id=group_session.id, member_id=member_id))
        _audit(session, group_session, member_id, actor, AttendanceAction.marked_present)
    group_session.status = SessionStatus.held
    group_session.attendance_recorded_at = utcnow()
    group_session.attendance_recorded_by_id = actor.id
    touch(group_session)
    session.add(group_session)
    session.flush()
    announcements.attendance_recorded(session, group_session, newly_present)


def confirm_attendance(session: Session, group_session: GroupSession, member: Member) -> Attendance:
    """The member confirms their own presence. Confirming twice keeps the first time."""
    if group_session.attendance_recorded_at is None:
        raise ConflictError(
            "De presentie van deze bijeenkomst is nog niet vastgelegd. Vraag de facilitator of "
            "een coördinator om de presentielijst in te vullen."
        )
    row = session.exec(
        select(Attendance).where(
            Attendance.session_id == group_session.id, Attendance.member_id == member.id
        )
    ).first()
    if row is None:
        raise ConflictError(
            "Je staat niet als aanwezig op de presentielijst. Klopt dat niet? Vraag de "
            "facilitator of een coördinator om de lijst aan te passen."
        )
    if row.confirmed_at is None:
        row.confirmed_at = utcnow()
        session.add(row)
        _audit(session, group_session, member.id, member, AttendanceAction.confirmed)
        session.flush()
        announcements.attendance_confirmed(session, group_session, row)
    return row


def attendance_list(session: Session, group_session: GroupSession) -> AttendanceList:
    """Everyone marked present (also if they left the group since), then the other current
    members, each with what they had answered beforehand."""
    rows = {row.member_id: row for row in _rows_of(session, group_session)}
    member_ids = session.exec(
        select(Membership.member_id).where(Membership.group_id == group_session.group_id)
    ).all()
    rsvps = dict(
        session.exec(
            select(SessionRsvp.member_id, SessionRsvp.answer).where(
                SessionRsvp.session_id == group_session.id
            )
        ).all()
    )
    recorder_id = group_session.attendance_recorded_by_id
    people = people_by_id(session, [*rows, *member_ids, *([recorder_id] if recorder_id else [])])
    entries = [
        AttendanceEntry(
            member=people[member_id],
            present=member_id in rows,
            confirmed_at=rows[member_id].confirmed_at if member_id in rows else None,
            rsvp=rsvps.get(member_id),
        )
        for member_id in {*rows, *member_ids}
    ]
    entries.sort(key=lambda entry: (not entry.present, entry.member.full_name.lower()))
    return AttendanceList(
        session_id=group_session.id,
        recorded=group_session.attendance_recorded_at is not None,
        recorded_at=group_session.attendance_recorded_at,
        recorded_by=people.get(recorder_id) if recorder_id else None,
        present_count=len(rows),
        confirmed_count=sum(1 for row in rows.values() if row.confirmed_at),
        entries=entries,
    )


def audit_trail(
    session: Session, group_session: GroupSession, pagination: Pagination
) -> AttendanceAuditPage:
    """Changes to the attendance list, newest first."""
    subject = aliased(Member)
    actor = aliased(Member)
    where = AttendanceAudit.session_id == group_session.id
    total = session.exec(select(func.count()).select_from(AttendanceAudit).where(where)).one()
    rows = session.exec(
        select(AttendanceAudit, subject.full_name, actor.full_name)
        .join(subject, col(subject.id) == AttendanceAudit.member_id)
        .outerjoin(actor, col(actor.id) == AttendanceAudit.actor_id)
        .where(where)
        .order_by(col(AttendanceAudit.at).desc(), col(AttendanceAudit.action))
        .limit(pagination.limit)
        .offset(pagination.offset)
    ).all()
    return AttendanceAuditPage(
        items=[
            AttendanceAuditEntry(
                at=entry.at,
                action=entry.action,
                member=PersonRef(id=entry.member_id, full_name=subject_name),
                actor=PersonRef(id=entry.actor_id, full_name=actor_name)
                if entry.actor_id and actor_name
                else None,
            )
            for entry, subject_name, actor_name in rows
        ],
        total=total,
        limit=pagination.limit,
        offset=pagination.offset,
    )


def _rows_of(session: Session, group_session: GroupSession) -> Sequence[Attendance]:
    return session.exec(select(Attendance).where(Attendance.session_id == group_session.id)).all()


def _check_listable(
    session: Session,
    group_session: GroupSession,
    present: Sequence[uuid.UUID],
    already_listed: Iterable[uuid.UUID],
) -> None:
    """Only members of the group, or people already on this list, can be marked present."""
    candidates = set(present) - set(already_listed)
    if not candidates:
        return
    members = set(
        session.exec(
            select(Membership.member_id).where(
                Membership.group_id == group_session.group_id,
                col(Membership.member_id).in_(candidates),
            )
        ).all()
    )
    strangers = sorted(str(member_id) for member_id in candidates - members)
    if strangers:
        raise InvalidInputError(
            "Niet iedereen op de lijst is lid van deze groep.", member_ids=strangers
        )


def _audit(
    session: Session,
    group_session: GroupSession,
    member_id: uuid.UUID,
    actor: Member,
    action: AttendanceAction,
) -> None:
    session.add(
        AttendanceAudit(
            session_id=group_session.id, member_id=member_id, actor_id=actor.id, action=action
        )
    )
