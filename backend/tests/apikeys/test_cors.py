"""CORS for partner sites: preflights for the origins of active partner keys (and the
configured ones); the actual request must come from an origin of the key it carries."""

from fastapi.testclient import TestClient
from sqlmodel import Session

from intervisiewijzer.apikeys.middleware import partner_origins_changed
from intervisiewijzer.common import utcnow
from tests.apikeys.helpers import (
    OTHER_SITE,
    PARTNER_SITE,
    app_with_settings,
    issue_key,
    key_headers,
)
from tests.factories import login, make_member

UNKNOWN_SITE = "https://kwaadwillend.example"


def preflight(client: TestClient, origin: str, method: str = "GET") -> tuple[int, str | None]:
    response = client.options(
        "/api/v1/groups",
        headers={
            "Origin": origin,
            "Access-Control-Request-Method": method,
            "Access-Control-Request-Headers": "x-api-key, if-none-match",
        },
    )
    return response.status_code, response.headers.get("access-control-allow-origin")


def test_preflight_is_answered_for_partner_origins_only(
    client: TestClient, session: Session
) -> None:
    issue_key(session, allowed_origins=[PARTNER_SITE])
    issue_key(session, allowed_origins=[OTHER_SITE])
    assert preflight(client, PARTNER_SITE) == (200, PARTNER_SITE)
    assert preflight(client, OTHER_SITE) == (200, OTHER_SITE)
    status, allowed = preflight(client, UNKNOWN_SITE)
    assert status == 400 and allowed is None


def test_partner_request_gets_cors_headers(client: TestClient, session: Session) -> None:
    _, secret = issue_key(session, allowed_origins=[PARTNER_SITE])
    response = client.get("/api/v1/groups", headers=key_headers(secret, PARTNER_SITE))
    assert response.status_code == 200
    assert response.headers["access-control-allow-origin"] == PARTNER_SITE
    assert "ETag" in response.headers["access-control-expose-headers"]
    assert "access-control-allow-credentials" not in response.headers


def test_request_from_an_origin_of_another_key_is_refused(
    client: TestClient, session: Session
) -> None:
    _, secret = issue_key(session, allowed_origins=[PARTNER_SITE])
    issue_key(session, allowed_origins=[OTHER_SITE])
    # the preflight passes (it carries no key), the request itself does not
    assert preflight(client, OTHER_SITE)[0] == 200
    response = client.get("/api/v1/groups", headers=key_headers(secret, OTHER_SITE))
    assert response.status_code == 403
    assert response.headers["content-type"] == "application/problem+json"
    assert "website" in response.json()["detail"]


def test_anonymous_request_from_unknown_origin_gets_no_cors_headers(
    client: TestClient, session: Session
) -> None:
    issue_key(session, allowed_origins=[PARTNER_SITE])
    response = client.get("/api/v1/groups", headers={"Origin": UNKNOWN_SITE})
    assert response.status_code == 200
    assert "access-control-allow-origin" not in response.headers


def test_revoked_and_expired_keys_no_longer_open_their_origins(
    client: TestClient, session: Session
) -> None:
    revoked, _ = issue_key(session, allowed_origins=[PARTNER_SITE])
    expired, _ = issue_key(session, allowed_origins=[OTHER_SITE])
    assert preflight(client, PARTNER_SITE)[0] == 200
    admin = login(client, make_member(session, is_admin=True))
    assert client.delete(f"/api/v1/admin/api-keys/{revoked.id}", headers=admin).status_code == 204
    assert preflight(client, PARTNER_SITE)[0] == 400

    expired.expires_at = utcnow()
    session.add(expired)
    session.flush()
    partner_origins_changed()
    assert preflight(client, OTHER_SITE)[0] == 400


def test_configured_origins_are_allowed_with_credentials(session: Session) -> None:
    own_front_end = "https://app.intervisiewijzer.nl"
    app = app_with_settings(session, cors_origins=[own_front_end])
    issue_key(session, allowed_origins=[PARTNER_SITE])
    with TestClient(app) as client:
        assert preflight(client, own_front_end, "POST") == (200, own_front_end)
        assert preflight(client, PARTNER_SITE) == (200, PARTNER_SITE)
        response = client.get("/api/v1/groups", headers={"Origin": own_front_end})
        assert response.headers["access-control-allow-origin"] == own_front_end
        assert response.headers["access-control-allow-credentials"] == "true"
