"""Two small ASGI middlewares for API keys: CORS for partner sites, and the use log.

Both need the database outside a route; they take their session from the same source as the
routes (`get_session`, or what a test put in its place), so they see the same data.
"""

import logging
import math
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from fastapi import FastAPI
from sqlalchemy.exc import SQLAlchemyError
from sqlmodel import Session
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import Headers
from starlette.middleware.cors import CORSMiddleware
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from intervisiewijzer.apikeys import service
from intervisiewijzer.apikeys.dependencies import USE_STATE
from intervisiewijzer.db import get_session

logger = logging.getLogger(__name__)

EXPOSED_HEADERS = ("ETag", "Retry-After", "Idempotent-Replayed")


@contextmanager
def app_session(app: FastAPI) -> Iterator[Session]:
    provider = app.dependency_overrides.get(get_session, get_session)
    with contextmanager(provider)() as session:
        yield session


class _OriginsVersion:
    """Bumped when partner keys change, so this process reloads their origins at once
    (other processes pick the change up when their cache expires)."""

    value = 0


def partner_origins_changed() -> None:
    _OriginsVersion.value += 1


class PartnerCORSMiddleware(CORSMiddleware):
    """Starlette's CORS handling, with the allowed origins being the configured ones plus
    those of every active partner key (cached for a short while).

    A preflight carries no API key, so it is answered for any of these origins; whether the
    actual request's origin fits its key is checked when the key is authenticated (403)."""

    def __init__(self, app: ASGIApp, static_origins: Sequence[str], cache_seconds: float) -> None:
        super().__init__(
            app,
            allow_origins=static_origins,
            allow_methods=["*"],
            allow_headers=["*"],
            # Only our own configured front ends send credentials; partner sites use keys.
            allow_credentials=bool(static_origins),
            expose_headers=EXPOSED_HEADERS,
        )
        self._static = frozenset(static_origins)
        self._origins = self._static
        self._cache_seconds = cache_seconds
        self._loaded_at = -math.inf
        self._loaded_version = -1

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and "origin" in Headers(scope=scope):
            await self._refresh(scope["app"])
        await super().__call__(scope, receive, send)

    def is_allowed_origin(self, origin: str) -> bool:
        return self.allow_all_origins or origin in self._origins

    async def _refresh(self, app: FastAPI) -> None:
        fresh = time.monotonic() - self._loaded_at < self._cache_seconds
        if fresh and self._loaded_version == _OriginsVersion.value:
            return
        version = _OriginsVersion.value
        try:
            partners = await run_in_threadpool(_load_partner_origins, app)
        except SQLAlchemyError:
            logger.warning("Could not load partner origins; keeping the previous set")
            return
        self._origins = self._static | partners
        self._loaded_at = time.monotonic()
        self._loaded_version = version


def _load_partner_origins(app: FastAPI) -> set[str]:
    with app_session(app) as session:
        return service.partner_origins(session)


class ApiKeyUseLog:
    """Writes one api_key_use row per request made with a known key, with the final status.
    The key dependency leaves a mark in the request state; this writes it afterwards."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        state = scope.setdefault("state", {})
        status = 500

        async def send_with_status(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, send_with_status)
        finally:
            use = state.get(USE_STATE)
            if use is not None:
                await run_in_threadpool(
                    _record_use, scope["app"], use, scope["method"], scope["path"], status
                )


def _record_use(
    app: FastAPI, use: service.KeyUse, method: str, path: str, status_code: int
) -> None:
    try:
        with app_session(app) as session:
            service.record_use(session, use, method, path, status_code)
            session.commit()
    except SQLAlchemyError:
        logger.warning("Could not log a use of API key %s", use.api_key_id)
