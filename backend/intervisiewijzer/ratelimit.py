"""Rate limits with the `limits` library: per API key, per client IP for the anonymous public
finder, and per IP + username for failed logins.

Counters live in the storage named by IW_RATE_LIMIT_STORAGE: `memory://` keeps them in this
process (fine for one process); with several API processes use a shared Redis
(`redis://host:6379`, needs the `redis` package), or every process counts on its own.
"""

import math
import time
from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import OAuth2PasswordRequestForm
from limits import RateLimitItem, RateLimitItemPerMinute, parse
from limits.storage import storage_from_string
from limits.strategies import MovingWindowRateLimiter

from intervisiewijzer.config import Settings
from intervisiewijzer.errors import AppError, NotAuthenticatedError


class TooManyRequestsError(AppError):
    status = 429
    slug = "te-veel-verzoeken"
    title = "Te veel verzoeken"

    def __init__(self, detail: str, retry_after: int) -> None:
        super().__init__(detail)
        self.headers = {"Retry-After": str(retry_after)}


class RateLimiter:
    """One per app (on `app.state.rate_limiter`), so tests and processes start afresh."""

    def __init__(self, settings: Settings) -> None:
        self._limiter = MovingWindowRateLimiter(storage_from_string(settings.rate_limit_storage))
        # Parsed now so a malformed setting stops the app at startup, not at the first request.
        self.public = parse(settings.public_rate_limit)
        self.login = parse(settings.login_rate_limit)

    def hit(self, limit: RateLimitItem, *identifiers: str, detail: str) -> None:
        """Count one request; raise 429 with Retry-After once the limit is exceeded."""
        if not self._limiter.hit(limit, *identifiers):
            raise TooManyRequestsError(detail, self._retry_after(limit, identifiers))

    def hit_silently(self, limit: RateLimitItem, *identifiers: str) -> None:
        self._limiter.hit(limit, *identifiers)

    def ensure_room(self, limit: RateLimitItem, *identifiers: str, detail: str) -> None:
        """Raise 429 when the limit is used up, without counting this request."""
        if not self._limiter.test(limit, *identifiers):
            raise TooManyRequestsError(detail, self._retry_after(limit, identifiers))

    def _retry_after(self, limit: RateLimitItem, identifiers: tuple[str, ...]) -> int:
        reset_at = self._limiter.get_window_stats(limit, *identifiers).reset_time
        return max(1, math.ceil(reset_at - time.time()))


def per_minute(amount: int) -> RateLimitItem:
    return RateLimitItemPerMinute(amount)


def client_ip(request: Request) -> str:
    # Behind a proxy, run uvicorn with --proxy-headers/--forwarded-allow-ips so this is the
    # visitor's address and not the load balancer's.
    return request.client.host if request.client else "unknown"


def get_rate_limiter(request: Request) -> RateLimiter:
    limiter: RateLimiter = request.app.state.rate_limiter
    return limiter


RateLimiterDep = Annotated[RateLimiter, Depends(get_rate_limiter)]


def limit_failed_logins(
    request: Request,
    limiter: RateLimiterDep,
    form: Annotated[OAuth2PasswordRequestForm, Depends()],
) -> Iterator[None]:
    """Slow down password guessing: only failed attempts count, per IP and username, so
    someone who logs in correctly is never held up."""
    identifiers = ("login", client_ip(request), form.username.strip().lower())
    limiter.ensure_room(
        limiter.login,
        *identifiers,
        detail="Te veel mislukte inlogpogingen. Wacht even en probeer het dan opnieuw.",
    )
    try:
        yield
    except NotAuthenticatedError:
        limiter.hit_silently(limiter.login, *identifiers)
        raise
