"""Tokens (JWT, HS256 only), password hashing (argon2) and API key hashing."""

import hashlib
import secrets
import uuid
from datetime import UTC, datetime, timedelta
from typing import Any, Literal

from jose import JWTError, jwt
from pwdlib import PasswordHash
from pwdlib.hashers.argon2 import Argon2Hasher

from intervisiewijzer.config import Settings

ALGORITHM = "HS256"
TokenType = Literal["access", "refresh"]

password_hash = PasswordHash((Argon2Hasher(),))
# Verifying against a dummy hash when the email is unknown keeps login timing equal,
# so response times do not reveal which email addresses have an account.
DUMMY_HASH = password_hash.hash("intervisiewijzer-dummy-password")


class InvalidTokenError(Exception):
    pass


def hash_password(password: str) -> str:
    return password_hash.hash(password)


def verify_password(password: str, hashed: str | None) -> bool:
    if hashed is None:
        password_hash.verify(password, DUMMY_HASH)
        return False
    return password_hash.verify(password, hashed)


def create_token(
    settings: Settings, subject: uuid.UUID, token_type: TokenType, token_version: int
) -> tuple[str, int]:
    lifetime = (
        timedelta(minutes=settings.access_token_minutes)
        if token_type == "access"
        else timedelta(days=settings.refresh_token_days)
    )
    now = datetime.now(UTC)
    claims = {
        "sub": str(subject),
        "typ": token_type,
        "ver": token_version,
        "iat": int(now.timestamp()),
        "exp": int((now + lifetime).timestamp()),
    }
    return jwt.encode(claims, settings.secret_key, algorithm=ALGORITHM), int(
        lifetime.total_seconds()
    )


def decode_token(settings: Settings, token: str, token_type: TokenType) -> dict[str, Any]:
    try:
        header = jwt.get_unverified_header(token)
        if header.get("alg") != ALGORITHM:
            raise InvalidTokenError("unexpected algorithm")
        claims = jwt.decode(
            token,
            settings.secret_key,
            algorithms=[ALGORITHM],
            options={"require_exp": True, "require_iat": True, "require_sub": True},
        )
    except JWTError as exc:
        raise InvalidTokenError(str(exc)) from exc
    if claims.get("typ") != token_type:
        raise InvalidTokenError("wrong token type")
    return claims


def new_api_key() -> tuple[str, str, str]:
    """Return (full key shown once, public prefix, sha256 hash to store)."""
    prefix = "iw_" + secrets.token_hex(4)
    key = f"{prefix}.{secrets.token_urlsafe(32)}"
    return key, prefix, hash_api_key(key)


def hash_api_key(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()


def new_secret_token() -> str:
    return secrets.token_urlsafe(32)
