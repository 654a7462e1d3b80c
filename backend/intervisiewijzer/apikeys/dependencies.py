"""Callers with an API key (header X-API-Key): the one place that turns a key into a caller,
checks where it is used from, applies its rate limit and marks the request for the use log."""

from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import APIKeyHeader

from intervisiewijzer.apikeys import service
from intervisiewijzer.apikeys.models import ApiKey, ApiKeyScope, ApiKeyStatus
from intervisiewijzer.auth.dependencies import OptionalMember
from intervisiewijzer.db import SessionDep
from intervisiewijzer.errors import NotAuthenticatedError, PermissionDeniedError
from intervisiewijzer.members.models import Member
from intervisiewijzer.ratelimit import RateLimiterDep, client_ip, per_minute

API_KEY_HEADER = "X-API-Key"
# Read by apikeys.usage.ApiKeyUseLog once the response status is known.
USE_STATE = "api_key_use"
MAX_KEY_LENGTH = 200

api_key_scheme = APIKeyHeader(
    name=API_KEY_HEADER,
    auto_error=False,
    description="API-sleutel voor partnersites en systemen van organisaties",
)


class InvalidApiKeyError(NotAuthenticatedError):
    slug = "ongeldige-api-sleutel"
    title = "Ongeldige API-sleutel"
    headers = {"WWW-Authenticate": f'ApiKey header="{API_KEY_HEADER}"'}


def authenticate_api_key(
    request: Request, session: SessionDep, limiter: RateLimiterDep, secret: str
) -> ApiKey:
    key = service.find_by_secret(session, secret) if len(secret) <= MAX_KEY_LENGTH else None
    if key is None:
        raise InvalidApiKeyError("Deze API-sleutel is onbekend.")
    origin = request.headers.get("origin")
    setattr(request.state, USE_STATE, service.KeyUse(key.id, origin))
    status = key.status
    if status == ApiKeyStatus.revoked:
        raise InvalidApiKeyError("Deze API-sleutel is ingetrokken.")
    if status == ApiKeyStatus.expired:
        raise InvalidApiKeyError("Deze API-sleutel is verlopen.")
    if origin is not None and origin.lower().rstrip("/") not in key.allowed_origins:
        raise PermissionDeniedError(
            "Deze API-sleutel mag niet gebruikt worden vanaf deze website. Vraag de beheerder "
            "om de website toe te voegen aan de sleutel."
        )
    limiter.hit(
        per_minute(key.rate_limit_per_minute),
        "api_key",
        str(key.id),
        detail="Deze API-sleutel heeft zijn limiet per minuut bereikt. Probeer het zo opnieuw.",
    )
    return key


def get_optional_api_key(
    request: Request,
    session: SessionDep,
    limiter: RateLimiterDep,
    secret: Annotated[str | None, Depends(api_key_scheme)],
) -> ApiKey | None:
    if not secret:
        return None
    return authenticate_api_key(request, session, limiter, secret)


def get_api_key(key: Annotated[ApiKey | None, Depends(get_optional_api_key)]) -> ApiKey:
    if key is None:
        raise InvalidApiKeyError(f"Stuur je API-sleutel mee in de kop {API_KEY_HEADER}.")
    return key


def public_finder_access(
    request: Request,
    limiter: RateLimiterDep,
    key: Annotated[ApiKey | None, Depends(get_optional_api_key)],
) -> ApiKey | None:
    """The public finder: open to all, limited per key, or per client IP without a key."""
    if key is None:
        limiter.hit(
            limiter.public,
            "public",
            client_ip(request),
            detail="Te veel zoekopdrachten vanaf dit adres. Probeer het over een minuut opnieuw.",
        )
    elif not key.allows(ApiKeyScope.finder_read):
        raise PermissionDeniedError("Deze API-sleutel mag de groepenzoeker niet lezen.")
    return key


@dataclass(frozen=True)
class MemberOrKey:
    """Who calls an endpoint that both people and organisation systems may use."""

    member: Member | None = None
    api_key: ApiKey | None = None

    @property
    def ref(self) -> str:
        """A stable name for the caller, e.g. to keep idempotency keys apart."""
        if self.api_key is not None:
            return f"api_key:{self.api_key.id}"
        assert self.member is not None
        return f"member:{self.member.id}"


def get_member_or_key(
    member: OptionalMember,
    key: Annotated[ApiKey | None, Depends(get_optional_api_key)],
) -> MemberOrKey:
    """A sent API key wins: integrations say who they are with the key."""
    if key is not None:
        return MemberOrKey(api_key=key)
    if member is None:
        raise NotAuthenticatedError("Log in of stuur een API-sleutel mee om dit te doen.")
    return MemberOrKey(member=member)


ApiKeyCaller = Annotated[ApiKey, Depends(get_api_key)]
OptionalApiKey = Annotated[ApiKey | None, Depends(get_optional_api_key)]
PublicFinderCaller = Annotated[ApiKey | None, Depends(public_finder_access)]
MemberOrKeyCaller = Annotated[MemberOrKey, Depends(get_member_or_key)]
