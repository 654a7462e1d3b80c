from typing import Annotated

from fastapi import APIRouter, Cookie, Depends, Response, status
from fastapi.security import OAuth2PasswordRequestForm

from intervisiewijzer.auth.dependencies import SettingsDep, member_from_token
from intervisiewijzer.auth.schemas import Token
from intervisiewijzer.config import Settings
from intervisiewijzer.db import SessionDep
from intervisiewijzer.errors import NotAuthenticatedError, problem_responses
from intervisiewijzer.members import service as members
from intervisiewijzer.members.models import Member
from intervisiewijzer.members.schemas import MemberCreate, MemberPublic
from intervisiewijzer.ratelimit import limit_failed_logins
from intervisiewijzer.security import create_token

router = APIRouter(prefix="/auth", tags=["auth"])

REFRESH_COOKIE = "iw_refresh"
REFRESH_COOKIE_PATH = "/api/v1/auth"


def issue_tokens(response: Response, settings: Settings, member: Member) -> Token:
    access, lifetime = create_token(settings, member.id, "access", member.token_version)
    refresh, refresh_lifetime = create_token(settings, member.id, "refresh", member.token_version)
    response.set_cookie(
        REFRESH_COOKIE,
        refresh,
        max_age=refresh_lifetime,
        httponly=True,
        secure=settings.secure_cookies,
        samesite="strict",
        path=REFRESH_COOKIE_PATH,
    )
    return Token(access_token=access, expires_in=lifetime)


@router.post(
    "/token",
    responses=problem_responses(401, 422, 429),
    dependencies=[Depends(limit_failed_logins)],
)
def login(
    response: Response,
    session: SessionDep,
    settings: SettingsDep,
    form: Annotated[OAuth2PasswordRequestForm, Depends()],
) -> Token:
    """Log in with email (as `username`) and password; returns a bearer token."""
    member = members.authenticate(session, form.username, form.password)
    if member is None:
        raise NotAuthenticatedError("Het e-mailadres of wachtwoord klopt niet.")
    return issue_tokens(response, settings, member)


@router.post("/refresh", responses=problem_responses(401))
def refresh(
    response: Response,
    session: SessionDep,
    settings: SettingsDep,
    iw_refresh: Annotated[str | None, Cookie()] = None,
) -> Token:
    """Exchange the refresh cookie for a new access token."""
    if not iw_refresh:
        raise NotAuthenticatedError("Je bent niet ingelogd.")
    member = member_from_token(session, settings, iw_refresh, "refresh")
    return issue_tokens(response, settings, member)


@router.post("/logout", status_code=status.HTTP_204_NO_CONTENT)
def logout(response: Response) -> None:
    """Forget the refresh cookie in this browser."""
    response.delete_cookie(REFRESH_COOKIE, path=REFRESH_COOKIE_PATH)


@router.post(
    "/register", status_code=status.HTTP_201_CREATED, responses=problem_responses(409, 422)
)
def register(session: SessionDep, data: MemberCreate) -> MemberPublic:
    """Create a member account."""
    member = members.create_member(session, data)
    session.commit()
    return MemberPublic.model_validate(member)
