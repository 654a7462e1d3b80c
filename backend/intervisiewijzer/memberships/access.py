"""Who may act on a join request: its requester, or a coordinator of its group (or an admin).
Anyone else gets 404, so request ids reveal nothing."""

import uuid
from typing import Annotated

from fastapi import Depends

from intervisiewijzer.auth.dependencies import CurrentMember
from intervisiewijzer.db import SessionDep
from intervisiewijzer.errors import NotFoundError
from intervisiewijzer.groups.models import GroupRole
from intervisiewijzer.memberships.models import JoinRequest
from intervisiewijzer.memberships.service import membership_of

_NOT_FOUND = "Deze aanvraag bestaat niet of is niet van jou."


def get_own_request(
    session: SessionDep, request_id: uuid.UUID, caller: CurrentMember
) -> JoinRequest:
    request = session.get(JoinRequest, request_id)
    if request is None or request.member_id != caller.id:
        raise NotFoundError(_NOT_FOUND)
    return request


def get_reviewable_request(
    session: SessionDep, request_id: uuid.UUID, caller: CurrentMember
) -> JoinRequest:
    request = session.get(JoinRequest, request_id)
    if request is None:
        raise NotFoundError(_NOT_FOUND)
    membership = membership_of(session, request.group_id, caller.id)
    is_coordinator = membership is not None and membership.role == GroupRole.coordinator
    if not (is_coordinator or caller.is_admin):
        raise NotFoundError(_NOT_FOUND)
    return request


OwnRequest = Annotated[JoinRequest, Depends(get_own_request)]
ReviewableRequest = Annotated[JoinRequest, Depends(get_reviewable_request)]
