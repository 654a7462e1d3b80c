"""Personal evaluation links: a signed token for one member and one session, so the
evaluation can be filled in from an email without logging in.

The token is a JWT (HS256, the app secret) with its own type `evaluation` and a required
expiry at the end of the answering window; access and refresh tokens are refused here, and an
evaluation token is refused as a login. Using the link answers once: changing answers needs a
login, and a link never shows answers given earlier."""

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from jose import ExpiredSignatureError, JWTError, jwt

from intervisiewijzer.config import Settings
from intervisiewijzer.security import ALGORITHM

TOKEN_TYPE = "evaluation"
SPA_PATH = "/evaluatie/{token}"


class InvalidLinkError(Exception):
    pass


class ExpiredLinkError(InvalidLinkError):
    pass


@dataclass(frozen=True)
class LinkClaims:
    member_id: uuid.UUID
    session_id: uuid.UUID


def create_link_token(
    settings: Settings, member_id: uuid.UUID, session_id: uuid.UUID, expires_at: datetime
) -> str:
    claims = {
        "typ": TOKEN_TYPE,
        "sub": str(member_id),
        "sid": str(session_id),
        "exp": int(expires_at.timestamp()),
    }
    return jwt.encode(claims, settings.secret_key, algorithm=ALGORITHM)


def read_link_token(settings: Settings, token: str) -> LinkClaims:
    claims = _decode(settings, token)
    if claims.get("typ") != TOKEN_TYPE:
        raise InvalidLinkError("wrong token type")
    try:
        return LinkClaims(uuid.UUID(str(claims["sub"])), uuid.UUID(str(claims["sid"])))
    except (KeyError, ValueError) as exc:
        raise InvalidLinkError("incomplete claims") from exc


def link_url(settings: Settings, token: str) -> str:
    return settings.public_base_url.rstrip("/") + SPA_PATH.format(token=token)


def _decode(settings: Settings, token: str) -> dict[str, Any]:
    try:
        if jwt.get_unverified_header(token).get("alg") != ALGORITHM:
            raise InvalidLinkError("unexpected algorithm")
        return jwt.decode(
            token, settings.secret_key, algorithms=[ALGORITHM], options={"require_exp": True}
        )
    except ExpiredSignatureError as exc:
        raise ExpiredLinkError(str(exc)) from exc
    except JWTError as exc:
        raise InvalidLinkError(str(exc)) from exc
