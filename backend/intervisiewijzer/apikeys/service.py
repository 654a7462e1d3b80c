"""API keys: issue, find by secret, revoke, and the log of their use. No HTTP here; callers
commit. The secret itself is returned once by `issue_key` and never stored or logged."""

import uuid
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import func, or_, update
from sqlmodel import Session, col, select

from intervisiewijzer.apikeys.models import (
    DEFAULT_SCOPES,
    ApiKey,
    ApiKeyKind,
    ApiKeyUse,
)
from intervisiewijzer.apikeys.schemas import ApiKeyCreate, ApiKeyPublic, ApiKeyUsePublic
from intervisiewijzer.common import Page, Pagination, utcnow
from intervisiewijzer.errors import InvalidInputError, NotFoundError
from intervisiewijzer.members.models import Member
from intervisiewijzer.organisations.models import Organisation
from intervisiewijzer.security import hash_api_key, new_api_key

# last_used_at is written at most this often per key, so a busy partner does not make every
# request update the same row.
LAST_USED_RESOLUTION_SECONDS = 60


@dataclass(frozen=True)
class KeyUse:
    """What the request handling learnt about a key use; the log row is written afterwards."""

    api_key_id: uuid.UUID
    origin: str | None


def issue_key(session: Session, data: ApiKeyCreate, issued_by: Member | None) -> tuple[ApiKey, str]:
    """Create a key; returns it with the secret, which only the caller gets to see, once."""
    if data.organisation_id and session.get(Organisation, data.organisation_id) is None:
        raise InvalidInputError("Deze organisatie bestaat niet.")
    if data.expires_at is not None and data.expires_at <= utcnow():
        raise InvalidInputError("De vervaldatum ligt in het verleden.")
    secret, prefix, key_hash = new_api_key()
    scopes = data.scopes or DEFAULT_SCOPES[data.kind]
    key = ApiKey(
        name=data.name,
        kind=data.kind,
        prefix=prefix,
        key_hash=key_hash,
        organisation_id=data.organisation_id,
        scopes=[scope.value for scope in dict.fromkeys(scopes)],
        allowed_origins=list(dict.fromkeys(data.allowed_origins)),
        rate_limit_per_minute=data.rate_limit_per_minute,
        expires_at=data.expires_at,
        created_by_id=issued_by.id if issued_by else None,
    )
    session.add(key)
    session.flush()
    return key, secret


def find_by_secret(session: Session, secret: str) -> ApiKey | None:
    return session.exec(select(ApiKey).where(ApiKey.key_hash == hash_api_key(secret))).first()


def require_key(session: Session, key_id: uuid.UUID) -> ApiKey:
    key = session.get(ApiKey, key_id)
    if key is None:
        raise NotFoundError("Deze API-sleutel bestaat niet.")
    return key


def find_by_id_or_prefix(session: Session, ref: str) -> ApiKey:
    try:
        return require_key(session, uuid.UUID(ref))
    except ValueError:
        key = session.exec(select(ApiKey).where(ApiKey.prefix == ref.strip())).first()
    if key is None:
        raise NotFoundError("Deze API-sleutel bestaat niet.")
    return key


def revoke(session: Session, key: ApiKey) -> ApiKey:
    """Revoking twice is harmless: the first moment of revocation is kept."""
    if key.revoked_at is None:
        key.revoked_at = utcnow()
        session.add(key)
        session.flush()
    return key


def present(key: ApiKey) -> ApiKeyPublic:
    return ApiKeyPublic.model_validate(key, from_attributes=True)


def list_keys(session: Session, page: Pagination) -> Page[ApiKeyPublic]:
    total = session.exec(select(func.count()).select_from(ApiKey)).one()
    keys = session.exec(
        select(ApiKey)
        .order_by(col(ApiKey.created_at).desc(), col(ApiKey.id))
        .offset(page.offset)
        .limit(page.limit)
    ).all()
    return Page(items=[present(key) for key in keys], total=total, **page.model_dump())


def list_uses(session: Session, key: ApiKey, page: Pagination) -> Page[ApiKeyUsePublic]:
    condition = ApiKeyUse.api_key_id == key.id
    total = session.exec(select(func.count()).select_from(ApiKeyUse).where(condition)).one()
    uses = session.exec(
        select(ApiKeyUse)
        .where(condition)
        .order_by(col(ApiKeyUse.used_at).desc(), col(ApiKeyUse.id))
        .offset(page.offset)
        .limit(page.limit)
    ).all()
    return Page(
        items=[ApiKeyUsePublic.model_validate(use) for use in uses],
        total=total,
        **page.model_dump(),
    )


def record_use(session: Session, use: KeyUse, method: str, path: str, status_code: int) -> None:
    """Two cheap statements: an insert and a throttled update of last_used_at."""
    now = utcnow()
    session.add(
        ApiKeyUse(
            api_key_id=use.api_key_id,
            used_at=now,
            method=method[:10],
            path=path[:300],
            status_code=status_code,
            origin=use.origin[:255] if use.origin else None,
        )
    )
    stale_before = now - timedelta(seconds=LAST_USED_RESOLUTION_SECONDS)
    session.execute(
        update(ApiKey)
        .where(
            col(ApiKey.id) == use.api_key_id,
            or_(
                col(ApiKey.last_used_at).is_(None),
                col(ApiKey.last_used_at) < stale_before,
            ),
        )
        .values(last_used_at=now)
    )
    session.flush()


def partner_origins(session: Session) -> set[str]:
    """Origins of all usable partner keys: the browser sites we answer CORS requests from."""
    now = utcnow()
    rows = session.exec(
        select(ApiKey.allowed_origins).where(
            ApiKey.kind == ApiKeyKind.partner,
            col(ApiKey.revoked_at).is_(None),
            or_(col(ApiKey.expires_at).is_(None), col(ApiKey.expires_at) > now),
        )
    ).all()
    return {origin for origins in rows for origin in origins}


def organisation_by_ref(session: Session, ref: str) -> Organisation:
    """An organisation by id or exact name (for the command line)."""
    try:
        organisation = session.get(Organisation, uuid.UUID(ref))
    except ValueError:
        organisation = session.exec(select(Organisation).where(Organisation.name == ref)).first()
    if organisation is None:
        raise NotFoundError(f"Er is geen organisatie '{ref}'.")
    return organisation
