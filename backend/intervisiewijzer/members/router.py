from fastapi import APIRouter, Response, status

from intervisiewijzer.auth.dependencies import CurrentMember, SettingsDep
from intervisiewijzer.auth.router import issue_tokens
from intervisiewijzer.db import SessionDep
from intervisiewijzer.errors import problem_responses
from intervisiewijzer.members import service
from intervisiewijzer.members.schemas import MemberPublic, MemberUpdate, PasswordChange

router = APIRouter(prefix="/me", tags=["me"], responses=problem_responses(401))


@router.get("")
def read_me(member: CurrentMember) -> MemberPublic:
    """The logged-in member's profile."""
    return MemberPublic.model_validate(member)


@router.patch("", responses=problem_responses(409, 422))
def update_me(session: SessionDep, member: CurrentMember, data: MemberUpdate) -> MemberPublic:
    """Change one's own profile."""
    service.update_member(session, member, data)
    session.commit()
    return MemberPublic.model_validate(member)


@router.post(
    "/password", status_code=status.HTTP_204_NO_CONTENT, responses=problem_responses(400, 422)
)
def change_password(
    response: Response,
    session: SessionDep,
    settings: SettingsDep,
    member: CurrentMember,
    data: PasswordChange,
) -> None:
    """Change one's password. Every other session is logged out; this browser gets a fresh
    refresh cookie so it stays logged in."""
    service.change_password(session, member, data.current_password, data.new_password)
    session.commit()
    issue_tokens(response, settings, member)
