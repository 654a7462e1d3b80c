"""Member accounts: creating, updating, password changes. No HTTP here; callers commit."""

import uuid

from sqlmodel import Session, select

from intervisiewijzer.common import utcnow
from intervisiewijzer.errors import AppError, ConflictError, InvalidInputError
from intervisiewijzer.members.models import Member
from intervisiewijzer.members.schemas import MemberCreate, MemberUpdate
from intervisiewijzer.security import hash_password, verify_password


def get_member_by_email(session: Session, email: str) -> Member | None:
    return session.exec(select(Member).where(Member.email == email.strip().lower())).first()


def get_member(session: Session, member_id: uuid.UUID) -> Member | None:
    return session.get(Member, member_id)


def _ensure_email_free(session: Session, email: str, own_id: uuid.UUID | None = None) -> None:
    existing = get_member_by_email(session, email)
    if existing is not None and existing.id != own_id:
        raise ConflictError("Er bestaat al een account met dit e-mailadres.")


def create_member(session: Session, data: MemberCreate, *, is_admin: bool = False) -> Member:
    _ensure_email_free(session, data.email)
    member = Member(
        **data.model_dump(exclude={"password"}),
        hashed_password=hash_password(data.password),
        is_admin=is_admin,
    )
    session.add(member)
    session.flush()
    return member


def update_member(session: Session, member: Member, data: MemberUpdate) -> Member:
    changes = data.model_dump(exclude_unset=True)
    for required in ("email", "full_name", "kind"):
        if required in changes and changes[required] is None:
            raise InvalidInputError(f"Het veld '{required}' mag niet leeg zijn.")
    if "email" in changes:
        _ensure_email_free(session, changes["email"], member.id)
    # Judge the profile as it will be: clearing the register while a number stays is as
    # wrong as a new number without one (and would make the profile unreadable).
    number = changes.get("registration_number", member.registration_number)
    if number and not changes.get("registration_body", member.registration_body):
        raise InvalidInputError("Kies bij een registratienummer ook het register.")
    for field, value in changes.items():
        setattr(member, field, value)
    member.updated_at = utcnow()
    session.add(member)
    session.flush()
    return member


def authenticate(session: Session, email: str, password: str) -> Member | None:
    member = get_member_by_email(session, email)
    valid = verify_password(password, member.hashed_password if member else None)
    if member is None or not valid or not member.is_active:
        return None
    return member


def change_password(session: Session, member: Member, current: str, new: str) -> None:
    if not verify_password(current, member.hashed_password):
        raise AppError("Het huidige wachtwoord klopt niet.")
    if current == new:
        raise InvalidInputError("Kies een nieuw wachtwoord dat anders is dan het huidige.")
    member.hashed_password = hash_password(new)
    member.token_version += 1
    member.updated_at = utcnow()
    session.add(member)
    session.flush()
