"""Who may do what with a session: the one place for session authorization.

- members of the session's group (and platform admins) see it, its location and who comes;
- only members answer for themselves (RSVP) and confirm their own attendance;
- coordinators of the group (and platform admins) plan, change and cancel sessions and read
  the attendance audit trail;
- the session's facilitator or a coordinator (or admin) records the attendance list.
Anyone else gets 404, so session ids reveal nothing. Group-level routes
(/groups/{group_ref}/sessions) use the group dependencies of groups/access.py.
"""

import uuid
from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Path
from sqlmodel import Session, select

from intervisiewijzer.auth.dependencies import CurrentMember
from intervisiewijzer.db import SessionDep
from intervisiewijzer.errors import NotFoundError, PermissionDeniedError
from intervisiewijzer.groups.models import Group, GroupRole, Membership
from intervisiewijzer.members.models import Member
from intervisiewijzer.memberships.service import membership_of
from intervisiewijzer.sessions.models import Attendance, GroupSession

_NOT_FOUND = "Deze bijeenkomst bestaat niet of je hebt er geen toegang toe."

SessionId = Annotated[uuid.UUID, Path(description="Id van de bijeenkomst")]


@dataclass(frozen=True)
class SessionAccess:
    group_session: GroupSession
    group: Group
    caller: Member
    membership: Membership | None

    @property
    def is_member(self) -> bool:
        return self.membership is not None

    @property
    def can_manage(self) -> bool:
        return self.caller.is_admin or (
            self.membership is not None and self.membership.role == GroupRole.coordinator
        )

    @property
    def is_facilitator(self) -> bool:
        return self.is_member and self.group_session.facilitator_id == self.caller.id

    @property
    def can_record_attendance(self) -> bool:
        return self.can_manage or self.is_facilitator

    @property
    def can_see_absence_reasons(self) -> bool:
        return self.can_record_attendance


def _load(session: Session, session_id: uuid.UUID, caller: Member) -> SessionAccess:
    group_session = session.get(GroupSession, session_id)
    group = session.get(Group, group_session.group_id) if group_session else None
    if group_session is None or group is None:
        raise NotFoundError(_NOT_FOUND)
    return SessionAccess(group_session, group, caller, membership_of(session, group.id, caller.id))


def get_session_access(
    session: SessionDep, session_id: SessionId, caller: CurrentMember
) -> SessionAccess:
    access = _load(session, session_id, caller)
    if not (access.is_member or access.caller.is_admin):
        raise NotFoundError(_NOT_FOUND)
    return access


def get_own_answer_access(
    access: Annotated[SessionAccess, Depends(get_session_access)],
) -> SessionAccess:
    if not access.is_member:
        raise PermissionDeniedError("Alleen leden van de groep kunnen zich aan- of afmelden.")
    return access


def get_attendee_access(
    session: SessionDep, session_id: SessionId, caller: CurrentMember
) -> SessionAccess:
    """Members of the group, and whoever is on the session's attendance list: someone who has
    since left the group can still confirm the session they were at."""
    access = _load(session, session_id, caller)
    if access.is_member or access.caller.is_admin or _on_attendance_list(session, access):
        return access
    raise NotFoundError(_NOT_FOUND)


def get_session_coordinator_access(
    access: Annotated[SessionAccess, Depends(get_session_access)],
) -> SessionAccess:
    if not access.can_manage:
        raise PermissionDeniedError("Alleen de coördinator van de groep kan dit doen.")
    return access


def get_attendance_recorder_access(
    access: Annotated[SessionAccess, Depends(get_session_access)],
) -> SessionAccess:
    if not access.can_record_attendance:
        raise PermissionDeniedError(
            "Alleen de facilitator van deze bijeenkomst of een coördinator kan de presentie "
            "vastleggen."
        )
    return access


def _on_attendance_list(session: Session, access: SessionAccess) -> bool:
    row = session.exec(
        select(Attendance.id).where(
            Attendance.session_id == access.group_session.id,
            Attendance.member_id == access.caller.id,
        )
    ).first()
    return row is not None


SessionMemberAccess = Annotated[SessionAccess, Depends(get_session_access)]
OwnAnswerAccess = Annotated[SessionAccess, Depends(get_own_answer_access)]
AttendeeAccess = Annotated[SessionAccess, Depends(get_attendee_access)]
SessionCoordinatorAccess = Annotated[SessionAccess, Depends(get_session_coordinator_access)]
AttendanceRecorderAccess = Annotated[SessionAccess, Depends(get_attendance_recorder_access)]
