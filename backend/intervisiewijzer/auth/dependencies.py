"""Who is calling: the one place that turns a bearer token into a member."""

import uuid
from typing import Annotated

from fastapi import Depends
from fastapi.security import OAuth2PasswordBearer

from intervisiewijzer.config import Settings, get_settings
from intervisiewijzer.db import SessionDep
from intervisiewijzer.errors import NotAuthenticatedError, PermissionDeniedError
from intervisiewijzer.members.models import Member
from intervisiewijzer.security import InvalidTokenError, TokenType, decode_token

oauth2_scheme = OAuth2PasswordBearer(tokenUrl="/api/v1/auth/token", auto_error=False)

SettingsDep = Annotated[Settings, Depends(get_settings)]


def member_from_token(
    session: SessionDep, settings: Settings, token: str, token_type: TokenType
) -> Member:
    try:
        claims = decode_token(settings, token, token_type)
        member_id = uuid.UUID(str(claims["sub"]))
    except (InvalidTokenError, ValueError, KeyError) as exc:
        raise NotAuthenticatedError("Je sessie is ongeldig of verlopen. Log opnieuw in.") from exc
    member = session.get(Member, member_id)
    if member is None or not member.is_active or claims.get("ver") != member.token_version:
        raise NotAuthenticatedError("Je sessie is ongeldig of verlopen. Log opnieuw in.")
    return member


def get_optional_member(
    session: SessionDep,
    settings: SettingsDep,
    token: Annotated[str | None, Depends(oauth2_scheme)],
) -> Member | None:
    if not token:
        return None
    return member_from_token(session, settings, token, "access")


def get_current_member(member: Annotated[Member | None, Depends(get_optional_member)]) -> Member:
    if member is None:
        raise NotAuthenticatedError("Log in om dit te doen.")
    return member


def get_admin_member(member: Annotated[Member, Depends(get_current_member)]) -> Member:
    if not member.is_admin:
        raise PermissionDeniedError("Alleen beheerders van het platform kunnen dit doen.")
    return member


OptionalMember = Annotated[Member | None, Depends(get_optional_member)]
CurrentMember = Annotated[Member, Depends(get_current_member)]
AdminMember = Annotated[Member, Depends(get_admin_member)]
