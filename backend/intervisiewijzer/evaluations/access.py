"""Who may do what with evaluations: the one place for evaluation authorization.

- only a member on a session's attendance list answers its evaluation, for themselves, in the
  app or through their personal link; only they ever read their own answers back;
- members of the group (and platform admins) read the aggregated summary, nothing more;
- only the session's facilitator reads the free texts shared with them, without names;
- yearly: members of the group answer for themselves and read the summary; members with the
  group role facilitator read the shared free texts.
Outsiders get 404 on session routes (like sessions/access.py) and 403 on group routes (like
groups/access.py); anonymous callers get 401, except on the signed link."""

import uuid
from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Path, Request
from sqlmodel import Session, select

from intervisiewijzer.auth.dependencies import SettingsDep
from intervisiewijzer.db import SessionDep
from intervisiewijzer.errors import NotFoundError, PermissionDeniedError
from intervisiewijzer.evaluations import links
from intervisiewijzer.groups.access import GroupAccess, GroupMemberAccess
from intervisiewijzer.groups.models import Group, GroupRole
from intervisiewijzer.members.models import Member
from intervisiewijzer.ratelimit import RateLimiterDep, client_ip
from intervisiewijzer.sessions.access import AttendeeAccess, SessionAccess, SessionMemberAccess
from intervisiewijzer.sessions.models import Attendance, GroupSession

_NOT_PRESENT = (
    "Alleen wie volgens de presentielijst bij deze bijeenkomst was, vult de evaluatie in. "
    "Klopt de lijst niet? Vraag de facilitator of een coördinator om hem aan te passen."
)
_BAD_LINK = "Deze evaluatielink klopt niet. Open de evaluatie via de app."
_EXPIRED_LINK = "Deze evaluatielink is verlopen: de evaluatie van deze bijeenkomst is gesloten."

LinkToken = Annotated[
    str, Path(min_length=20, max_length=2000, description="Het token uit de evaluatielink")
]


@dataclass(frozen=True)
class Respondent:
    """A member who was present at a session, and so may evaluate it."""

    member: Member
    group_session: GroupSession
    group: Group


def is_present(session: Session, session_id: uuid.UUID, member_id: uuid.UUID) -> bool:
    row = session.exec(
        select(Attendance.id).where(
            Attendance.session_id == session_id, Attendance.member_id == member_id
        )
    ).first()
    return row is not None


def get_respondent(session: SessionDep, access: AttendeeAccess) -> Respondent:
    if not is_present(session, access.group_session.id, access.caller.id):
        raise PermissionDeniedError(_NOT_PRESENT)
    return Respondent(access.caller, access.group_session, access.group)


def get_link_respondent(
    request: Request,
    session: SessionDep,
    settings: SettingsDep,
    limiter: RateLimiterDep,
    token: LinkToken,
) -> Respondent:
    """The member and session a personal link was made for, if it is still valid."""
    limiter.hit(
        limiter.public,
        "evaluation-link",
        client_ip(request),
        detail="Te veel pogingen vanaf dit adres. Probeer het over een minuut opnieuw.",
    )
    try:
        claims = links.read_link_token(settings, token)
    except links.ExpiredLinkError as exc:
        raise NotFoundError(_EXPIRED_LINK, reason="expired") from exc
    except links.InvalidLinkError as exc:
        raise NotFoundError(_BAD_LINK, reason="invalid") from exc
    member = session.get(Member, claims.member_id)
    group_session = session.get(GroupSession, claims.session_id)
    group = session.get(Group, group_session.group_id) if group_session else None
    if member is None or not member.is_active or group_session is None or group is None:
        raise NotFoundError(_BAD_LINK, reason="invalid")
    if not is_present(session, group_session.id, member.id):
        raise PermissionDeniedError(_NOT_PRESENT)
    return Respondent(member, group_session, group)


def get_session_facilitator_access(access: SessionMemberAccess) -> SessionAccess:
    if not access.is_facilitator:
        raise PermissionDeniedError(
            "Alleen de facilitator van deze bijeenkomst leest de gedeelde opmerkingen."
        )
    return access


def get_yearly_respondent(access: GroupMemberAccess) -> GroupAccess:
    if not access.is_member:
        raise PermissionDeniedError("Alleen leden van deze groep vullen de jaarevaluatie in.")
    return access


def get_group_facilitator_access(access: GroupMemberAccess) -> GroupAccess:
    if access.membership is None or access.membership.role != GroupRole.facilitator:
        raise PermissionDeniedError(
            "Alleen de facilitator van deze groep leest de gedeelde opmerkingen."
        )
    return access


SessionRespondent = Annotated[Respondent, Depends(get_respondent)]
LinkRespondent = Annotated[Respondent, Depends(get_link_respondent)]
SessionFacilitatorAccess = Annotated[SessionAccess, Depends(get_session_facilitator_access)]
YearlyRespondent = Annotated[GroupAccess, Depends(get_yearly_respondent)]
GroupFacilitatorAccess = Annotated[GroupAccess, Depends(get_group_facilitator_access)]
