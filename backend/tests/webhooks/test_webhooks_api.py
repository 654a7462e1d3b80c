"""Admins manage webhook subscriptions; URLs must be public https addresses."""

import uuid
from collections.abc import Iterator

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlmodel import Session

from intervisiewijzer.config import get_settings
from intervisiewijzer.webhooks.models import WebhookSubscription
from intervisiewijzer.webhooks.signing import decrypt_secret
from tests.factories import login, make_member
from tests.webhooks.helpers import FakeResolver, make_admin, resolver_for, subscribe

URL = "https://hooks.partner.example/intervisie"
BODY = {"url": URL, "events": ["group.changed", "join_request.created"], "description": "CRM"}


@pytest.fixture
def fake_dns(app: FastAPI) -> Iterator[FakeResolver]:
    with resolver_for(
        app,
        FakeResolver(
            {
                "hooks.partner.example": ["93.184.215.14"],
                "localhost": ["127.0.0.1", "::1"],
                "intranet.partner.example": ["10.1.2.3"],
                "mixed.partner.example": ["93.184.215.14", "192.168.1.20"],
            }
        ),
    ) as resolver:
        yield resolver


def test_admin_registers_and_sees_the_secret_once(
    client: TestClient, session: Session, fake_dns: FakeResolver
) -> None:
    headers = login(client, make_admin(session))
    created = client.post("/api/v1/admin/webhooks", json=BODY, headers=headers)
    assert created.status_code == 201, created.text
    body = created.json()
    assert body["secret"].startswith("whsec_") and len(body["secret"]) > 40
    assert (body["url"], body["events"], body["active"]) == (URL, BODY["events"], True)

    stored = session.get(WebhookSubscription, uuid.UUID(body["id"]))
    assert stored is not None and body["secret"] not in stored.secret_encrypted
    assert decrypt_secret(get_settings(), stored.secret_encrypted) == body["secret"]

    listed = client.get("/api/v1/admin/webhooks", headers=headers).json()
    assert listed["total"] == 1
    assert "secret" not in listed["items"][0] and "secret_encrypted" not in listed["items"][0]


def test_only_admins(client: TestClient, session: Session, fake_dns: FakeResolver) -> None:
    assert client.post("/api/v1/admin/webhooks", json=BODY).status_code == 401
    member_headers = login(client, make_member(session))
    assert (
        client.post("/api/v1/admin/webhooks", json=BODY, headers=member_headers).status_code == 403
    )
    assert client.get("/api/v1/admin/webhooks", headers=member_headers).status_code == 403


@pytest.mark.parametrize(
    "url",
    [
        "http://hooks.partner.example/intervisie",
        "ftp://hooks.partner.example/intervisie",
        "https://10.0.0.5/hook",
        "https://192.168.1.1/hook",
        "https://127.0.0.1/hook",
        "https://localhost/hook",
        "https://169.254.169.254/latest/meta-data",
        "https://[::1]/hook",
        "https://[::ffff:127.0.0.1]/hook",
        "https://[fe80::1]/hook",
        "https://224.0.0.1/hook",
        "https://0.0.0.0/hook",
        "https://240.0.0.1/hook",
        "https://100.64.0.1/hook",
        "https://intranet.partner.example/hook",
        "https://mixed.partner.example/hook",
        "https://unknown.partner.example/hook",
        "https://user:pass@hooks.partner.example/hook",
        "https://hooks.partner.example:99999/hook",
        "https:///hook",
    ],
)
def test_unsafe_urls_are_refused(
    client: TestClient, session: Session, fake_dns: FakeResolver, url: str
) -> None:
    response = client.post(
        "/api/v1/admin/webhooks",
        json={**BODY, "url": url},
        headers=login(client, make_admin(session)),
    )
    assert response.status_code == 422, url
    problem = response.json()
    assert response.headers["content-type"] == "application/problem+json"
    assert problem["title"] == "Ongeldige invoer"
    assert problem["errors"][0]["field"] == "url"


def test_events_are_checked(client: TestClient, session: Session, fake_dns: FakeResolver) -> None:
    headers = login(client, make_admin(session))
    for events in ([], ["group.deleted"]):
        response = client.post(
            "/api/v1/admin/webhooks", json={**BODY, "events": events}, headers=headers
        )
        assert response.status_code == 422


def test_switch_off_change_and_delete(
    client: TestClient, session: Session, fake_dns: FakeResolver
) -> None:
    headers = login(client, make_admin(session))
    webhook_id = client.post("/api/v1/admin/webhooks", json=BODY, headers=headers).json()["id"]

    off = client.patch(
        f"/api/v1/admin/webhooks/{webhook_id}",
        json={"active": False, "events": ["session.planned"]},
        headers=headers,
    )
    assert (off.json()["active"], off.json()["events"]) == (False, ["session.planned"])
    unsafe = client.patch(
        f"/api/v1/admin/webhooks/{webhook_id}", json={"url": "https://localhost/"}, headers=headers
    )
    assert unsafe.status_code == 422
    empty = client.patch(
        f"/api/v1/admin/webhooks/{webhook_id}", json={"url": None}, headers=headers
    )
    assert empty.status_code == 422

    assert client.delete(f"/api/v1/admin/webhooks/{webhook_id}", headers=headers).status_code == 204
    assert client.delete(f"/api/v1/admin/webhooks/{webhook_id}", headers=headers).status_code == 404


def test_test_ping_is_queued_and_listed(
    client: TestClient, session: Session, fake_dns: FakeResolver
) -> None:
    subscription, _ = subscribe(session, ["group.changed"])
    headers = login(client, make_admin(session))
    queued = client.post(f"/api/v1/admin/webhooks/{subscription.id}/test", headers=headers)
    assert queued.status_code == 202
    ping = queued.json()
    assert (ping["event"], ping["status"], ping["attempts"]) == ("ping", "pending", 0)
    assert ping["payload"]["type"] == "ping"
    assert ping["payload"]["data"] == {"subscription_id": str(subscription.id)}

    log = client.get(f"/api/v1/admin/webhooks/{subscription.id}/deliveries", headers=headers)
    assert log.json()["total"] == 1 and log.json()["items"][0]["id"] == ping["id"]
    missing = client.get(f"/api/v1/admin/webhooks/{uuid.uuid4()}/deliveries", headers=headers)
    assert missing.status_code == 404
