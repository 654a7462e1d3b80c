"""Who may do what with a case: the one place for case authorization.

- only members of the session's group read its cases; anyone else gets 404, platform admins
  included: admins cannot read case content (they may list the access log, ids only);
- any member of the group brings in a case for a session (and is its case bringer);
- the case bringer or a coordinator of the group changes or deletes a case, and marks
  action items done;
- only the case bringer records insights and the action plan.
"""

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Path
from sqlmodel import Session, col, select

from intervisiewijzer.auth.dependencies import CurrentMember
from intervisiewijzer.cases.models import Case
from intervisiewijzer.db import SessionDep
from intervisiewijzer.errors import NotFoundError, PermissionDeniedError
from intervisiewijzer.groups.models import GroupRole, Membership
from intervisiewijzer.members.models import Member
from intervisiewijzer.memberships.service import membership_of
from intervisiewijzer.sessions.access import SessionAccess, SessionMemberAccess

_CASE_NOT_FOUND = "Deze casus bestaat niet of je hebt er geen toegang toe."
_SESSION_NOT_FOUND = "Deze bijeenkomst bestaat niet of je hebt er geen toegang toe."

CaseId = Annotated[uuid.UUID, Path(description="Id van de casus")]


@dataclass(frozen=True)
class CaseAccess:
    case: Case
    caller: Member
    membership: Membership

    @property
    def is_bringer(self) -> bool:
        return self.case.case_bringer_id == self.caller.id

    @property
    def can_edit(self) -> bool:
        return may_edit(self.case, self.caller.id, self.membership.role)


def may_edit(case: Case, member_id: uuid.UUID, role: GroupRole | None) -> bool:
    return case.case_bringer_id == member_id or role == GroupRole.coordinator


def roles_in_groups(
    session: Session, member_id: uuid.UUID, group_ids: Iterable[uuid.UUID]
) -> dict[uuid.UUID, GroupRole]:
    """The member's role per group, for deciding `can_edit` on many cases at once."""
    wanted = set(group_ids)
    if not wanted:
        return {}
    rows = session.exec(
        select(Membership.group_id, Membership.role).where(
            Membership.member_id == member_id, col(Membership.group_id).in_(wanted)
        )
    ).all()
    return {group_id: GroupRole(role) for group_id, role in rows}


def get_case_access(session: SessionDep, case_id: CaseId, caller: CurrentMember) -> CaseAccess:
    case = session.get(Case, case_id)
    membership = membership_of(session, case.group_id, caller.id) if case else None
    if case is None or membership is None:
        raise NotFoundError(_CASE_NOT_FOUND)
    return CaseAccess(case, caller, membership)


def get_case_editor_access(
    access: Annotated[CaseAccess, Depends(get_case_access)],
) -> CaseAccess:
    if not access.can_edit:
        raise PermissionDeniedError(
            "Alleen de casusinbrenger of een coördinator van de groep kan deze casus wijzigen."
        )
    return access


def get_case_bringer_access(
    access: Annotated[CaseAccess, Depends(get_case_access)],
) -> CaseAccess:
    if not access.is_bringer:
        raise PermissionDeniedError("Alleen de casusinbrenger legt inzichten en actiepunten vast.")
    return access


def get_group_session_access(access: SessionMemberAccess) -> SessionAccess:
    """Members of the session's group only: unlike for the session itself, a platform admin
    who is not a member gets 404 here."""
    if not access.is_member:
        raise NotFoundError(_SESSION_NOT_FOUND)
    return access


CaseReaderAccess = Annotated[CaseAccess, Depends(get_case_access)]
CaseEditorAccess = Annotated[CaseAccess, Depends(get_case_editor_access)]
CaseBringerAccess = Annotated[CaseAccess, Depends(get_case_bringer_access)]
GroupSessionAccess = Annotated[SessionAccess, Depends(get_group_session_access)]
