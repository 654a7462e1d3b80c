"""Builders for API key tests: organisations, keys, and an app with its own settings."""

import itertools
from collections.abc import Iterator
from typing import Any

from fastapi import FastAPI
from sqlmodel import Session

from intervisiewijzer.apikeys import service
from intervisiewijzer.apikeys.middleware import partner_origins_changed
from intervisiewijzer.apikeys.models import ApiKey, ApiKeyKind
from intervisiewijzer.apikeys.schemas import ApiKeyCreate
from intervisiewijzer.config import get_settings
from intervisiewijzer.db import get_session
from intervisiewijzer.organisations.models import Organisation, OrganisationKind
from intervisiewijzer.ratelimit import RateLimiter

PARTNER_SITE = "https://www.gezinshuizensamensterk.nl"
OTHER_SITE = "https://andere-partner.nl"
_counter = itertools.count(1)


def make_organisation(session: Session, name: str | None = None) -> Organisation:
    organisation = Organisation(
        name=name or f"Zorgaanbieder {next(_counter)}", kind=OrganisationKind.zorgaanbieder
    )
    session.add(organisation)
    session.flush()
    return organisation


def issue_key(
    session: Session, kind: ApiKeyKind = ApiKeyKind.partner, **fields: Any
) -> tuple[ApiKey, str]:
    values: dict[str, Any] = {"name": f"Sleutel {next(_counter)}", "kind": kind}
    if kind == ApiKeyKind.partner:
        values["allowed_origins"] = [PARTNER_SITE]
    values.update(fields)
    key, secret = service.issue_key(session, ApiKeyCreate.model_validate(values), None)
    partner_origins_changed()
    return key, secret


def organisation_key(session: Session, **fields: Any) -> tuple[ApiKey, str, Organisation]:
    organisation = make_organisation(session)
    key, secret = issue_key(
        session, ApiKeyKind.organisation, organisation_id=organisation.id, **fields
    )
    return key, secret, organisation


def key_headers(secret: str, origin: str | None = None) -> dict[str, str]:
    headers = {"X-API-Key": secret}
    if origin:
        headers["Origin"] = origin
    return headers


def use_tiny_limits(app: FastAPI, **limits: str) -> None:
    """Limits of a few requests, so a test reaches them without waiting."""
    app.state.rate_limiter = RateLimiter(get_settings().model_copy(update=limits))


def app_with_settings(session: Session, **fields: Any) -> FastAPI:
    """An app built with other settings, on the test's session (like the `app` fixture)."""
    from intervisiewijzer.main import create_app

    application = create_app(get_settings().model_copy(update=fields))

    def request_session() -> Iterator[Session]:
        yield session

    application.dependency_overrides[get_session] = request_session
    return application
