"""Who may do what with a session as it is held: the one place for runner authorization.

- members of the session's group see the runner and write the notes; anyone else gets 404,
  platform admins included (the runner shows case text);
- the session's facilitator or a coordinator of the group leads it: start, next and previous
  phase, drawing cards, finishing. A session without a facilitator may also be led by a
  member with the group role facilitator.
"""

from typing import Annotated

from fastapi import Depends

from intervisiewijzer.errors import NotFoundError, PermissionDeniedError
from intervisiewijzer.groups.models import GroupRole
from intervisiewijzer.sessions.access import SessionAccess, SessionMemberAccess


def can_lead(access: SessionAccess) -> bool:
    if access.membership is None:
        return False
    if access.membership.role == GroupRole.coordinator:
        return True
    facilitator_id = access.group_session.facilitator_id
    if facilitator_id is not None:
        return facilitator_id == access.caller.id
    return access.membership.role == GroupRole.facilitator


def get_run_member_access(access: SessionMemberAccess) -> SessionAccess:
    if not access.is_member:
        raise NotFoundError("Deze bijeenkomst bestaat niet of je hebt er geen toegang toe.")
    return access


def get_run_leader_access(
    access: Annotated[SessionAccess, Depends(get_run_member_access)],
) -> SessionAccess:
    if not can_lead(access):
        raise PermissionDeniedError(
            "Alleen de facilitator van deze bijeenkomst of een coördinator leidt de bijeenkomst."
        )
    return access


RunMemberAccess = Annotated[SessionAccess, Depends(get_run_member_access)]
RunLeaderAccess = Annotated[SessionAccess, Depends(get_run_leader_access)]
