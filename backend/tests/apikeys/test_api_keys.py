"""Issuing, listing and revoking API keys; what a key may do; the log of its use."""

from datetime import timedelta

from fastapi.testclient import TestClient
from sqlalchemy import text
from sqlmodel import Session

from intervisiewijzer.apikeys.models import ApiKeyKind
from intervisiewijzer.common import utcnow
from intervisiewijzer.security import hash_api_key
from tests.apikeys.helpers import (
    OTHER_SITE,
    PARTNER_SITE,
    issue_key,
    key_headers,
    make_organisation,
)
from tests.factories import login, make_group, make_member

NEW_PARTNER_KEY = {
    "name": "Gezinshuizen samen sterk",
    "kind": "partner",
    "allowed_origins": ["https://WWW.Gezinshuizensamensterk.nl/"],
    "rate_limit_per_minute": 300,
}


def admin_headers(client: TestClient, session: Session) -> dict[str, str]:
    return login(client, make_member(session, is_admin=True))


def test_key_is_shown_once_and_stored_only_as_hash(client: TestClient, session: Session) -> None:
    headers = admin_headers(client, session)
    issued = client.post("/api/v1/admin/api-keys", json=NEW_PARTNER_KEY, headers=headers)
    assert issued.status_code == 201, issued.text
    body = issued.json()
    secret = body["key"]
    assert secret.startswith(body["prefix"] + ".")
    assert body["allowed_origins"] == [PARTNER_SITE]
    assert (body["status"], body["scopes"]) == ("active", ["finder:read"])

    listed = client.get("/api/v1/admin/api-keys", headers=headers).json()
    assert listed["total"] == 1
    assert "key" not in listed["items"][0] and "key_hash" not in listed["items"][0]
    assert secret not in str(listed)

    row = session.execute(text("SELECT * FROM api_key")).mappings().one()
    assert row["key_hash"] == hash_api_key(secret)
    assert all(secret not in str(value) for value in row.values())


def test_only_admins_manage_keys(client: TestClient, session: Session) -> None:
    assert client.get("/api/v1/admin/api-keys").status_code == 401
    member = login(client, make_member(session))
    assert client.get("/api/v1/admin/api-keys", headers=member).status_code == 403
    created = client.post("/api/v1/admin/api-keys", json=NEW_PARTNER_KEY, headers=member)
    assert created.status_code == 403
    assert session.execute(text("SELECT count(*) FROM api_key")).scalar_one() == 0


def test_issuing_checks_the_key_fits_its_kind(client: TestClient, session: Session) -> None:
    headers = admin_headers(client, session)
    organisation = make_organisation(session)
    cases = [
        {"name": "Zorg BV", "kind": "organisation"},
        {**NEW_PARTNER_KEY, "organisation_id": str(organisation.id)},
        {**NEW_PARTNER_KEY, "scopes": ["organisation:groups"]},
        {**NEW_PARTNER_KEY, "allowed_origins": ["https://partner.nl/widget"]},
        {**NEW_PARTNER_KEY, "allowed_origins": ["*"]},
        {**NEW_PARTNER_KEY, "expires_at": (utcnow() - timedelta(days=1)).isoformat()},
        {
            "name": "Zorg BV",
            "kind": "organisation",
            "organisation_id": str(make_member(session).id),
        },
    ]
    for body in cases:
        response = client.post("/api/v1/admin/api-keys", json=body, headers=headers)
        assert response.status_code == 422, body
        assert response.headers["content-type"] == "application/problem+json"
    organisation_key = client.post(
        "/api/v1/admin/api-keys",
        json={"name": "Zorg BV", "kind": "organisation", "organisation_id": str(organisation.id)},
        headers=headers,
    ).json()
    assert organisation_key["scopes"] == ["finder:read", "organisation:groups"]


def test_unknown_revoked_and_expired_keys_are_refused(client: TestClient, session: Session) -> None:
    revoked_key, revoked = issue_key(session)
    expired_key, expired = issue_key(session)
    _, good = issue_key(session)
    revoked_key.revoked_at = utcnow()
    expired_key.expires_at = utcnow() - timedelta(seconds=1)
    session.add_all([revoked_key, expired_key])
    session.flush()

    for secret, detail in (
        ("iw_00000000.onbekend", "onbekend"),
        (revoked, "ingetrokken"),
        (expired, "verlopen"),
    ):
        response = client.get("/api/v1/groups", headers=key_headers(secret))
        assert response.status_code == 401, secret
        assert response.headers["content-type"] == "application/problem+json"
        assert detail in response.json()["detail"]
        assert response.headers["www-authenticate"].startswith("ApiKey")
    assert client.get("/api/v1/groups", headers=key_headers(good)).status_code == 200


def test_revoking_stops_the_key_at_once(client: TestClient, session: Session) -> None:
    key, secret = issue_key(session)
    headers = admin_headers(client, session)
    assert client.get("/api/v1/groups", headers=key_headers(secret)).status_code == 200
    assert client.delete(f"/api/v1/admin/api-keys/{key.id}", headers=headers).status_code == 204
    assert client.get("/api/v1/groups", headers=key_headers(secret)).status_code == 401
    # revoking again is harmless; an unknown key is not found
    assert client.delete(f"/api/v1/admin/api-keys/{key.id}", headers=headers).status_code == 204
    assert (
        client.delete(f"/api/v1/admin/api-keys/{make_member(session).id}", headers=headers)
    ).status_code == 404
    listed = client.get("/api/v1/admin/api-keys", headers=headers).json()
    assert listed["items"][0]["status"] == "revoked"


def test_every_use_is_logged_without_the_key(client: TestClient, session: Session) -> None:
    key, secret = issue_key(session)
    group = make_group(session)
    client.get("/api/v1/groups", headers=key_headers(secret, PARTNER_SITE))
    client.get(f"/api/v1/groups/{group.slug}", headers=key_headers(secret))
    client.get("/api/v1/groups/bestaat-niet", headers=key_headers(secret))
    client.get("/api/v1/groups", headers=key_headers(secret, OTHER_SITE))
    client.get("/api/v1/groups")  # no key: nothing to log

    uses = client.get(
        f"/api/v1/admin/api-keys/{key.id}/uses", headers=admin_headers(client, session)
    ).json()
    assert uses["total"] == 4
    assert sorted(
        (use["method"], use["path"], use["status_code"], use["origin"]) for use in uses["items"]
    ) == sorted(
        [
            ("GET", "/api/v1/groups", 200, PARTNER_SITE),
            ("GET", f"/api/v1/groups/{group.slug}", 200, None),
            ("GET", "/api/v1/groups/bestaat-niet", 404, None),
            ("GET", "/api/v1/groups", 403, OTHER_SITE),
        ]
    )
    rows = session.execute(text("SELECT * FROM api_key_use")).mappings().all()
    assert len(rows) == 4
    assert all(secret not in str(value) for row in rows for value in row.values())
    session.refresh(key)
    assert key.last_used_at is not None


def test_uses_of_one_key_only(client: TestClient, session: Session) -> None:
    key, secret = issue_key(session)
    other, other_secret = issue_key(session)
    client.get("/api/v1/groups", headers=key_headers(secret))
    client.get("/api/v1/groups", headers=key_headers(other_secret))
    client.get("/api/v1/groups", headers=key_headers(other_secret))
    headers = admin_headers(client, session)
    assert client.get(f"/api/v1/admin/api-keys/{key.id}/uses", headers=headers).json()["total"] == 1
    page = client.get(
        f"/api/v1/admin/api-keys/{other.id}/uses", params={"limit": 1}, headers=headers
    ).json()
    assert (page["total"], len(page["items"]), page["limit"]) == (2, 1, 1)


def test_organisation_key_reads_the_finder_too(client: TestClient, session: Session) -> None:
    organisation = make_organisation(session)
    _, secret = issue_key(session, ApiKeyKind.organisation, organisation_id=organisation.id)
    assert client.get("/api/v1/groups", headers=key_headers(secret)).status_code == 200
    _, without_finder = issue_key(
        session,
        ApiKeyKind.organisation,
        organisation_id=organisation.id,
        scopes=["organisation:groups"],
    )
    assert client.get("/api/v1/groups", headers=key_headers(without_finder)).status_code == 403
