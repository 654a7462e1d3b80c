"""Changes queue events for the subscriptions that want them; payloads carry nothing personal."""

import json
import uuid
from datetime import UTC, datetime

from fastapi.testclient import TestClient
from sqlmodel import Session

from intervisiewijzer.webhooks import events
from intervisiewijzer.webhooks.models import WebhookEvent
from tests.factories import login, make_group, make_member
from tests.webhooks.helpers import deliveries_of, subscribe

MOTIVATION = "Ik werk sinds kort als gezinshuisouder in Amersfoort en zoek collega's."


def test_group_created_and_updated(client: TestClient, session: Session) -> None:
    wanted, _ = subscribe(session, ["group.changed"])
    other, _ = subscribe(session, ["session.planned"])
    switched_off, _ = subscribe(session, ["group.changed"], active=False)
    headers = login(client, make_member(session))
    created = client.post(
        "/api/v1/groups",
        json={"name": "Kring Amersfoort", "mode": "online", "facilitator_type": "peer"},
        headers=headers,
    )
    assert created.status_code == 201, created.text
    slug = created.json()["slug"]
    client.patch(f"/api/v1/groups/{slug}", json={"description": "Nieuw"}, headers=headers)

    first, second = deliveries_of(session, wanted)
    assert [d.payload["data"]["change"] for d in (first, second)] == ["created", "updated"]
    assert first.event == "group.changed" and first.payload["type"] == "group.changed"
    group = first.payload["data"]["group"]
    assert (group["slug"], group["name"], group["mode"]) == (slug, "Kring Amersfoort", "online")
    assert deliveries_of(session, other) == []
    assert deliveries_of(session, switched_off) == []


def test_join_request_events_name_no_person(client: TestClient, session: Session) -> None:
    subscription, _ = subscribe(session, ["join_request.created", "join_request.decided"])
    coordinator = make_member(session)
    group = make_group(session, coordinator=coordinator)
    seeker = make_member(session, full_name="Pieter Privé")
    request = client.post(
        f"/api/v1/groups/{group.id}/join-requests",
        json={"motivation": MOTIVATION},
        headers=login(client, seeker),
    ).json()
    client.post(
        f"/api/v1/join-requests/{request['id']}/decline",
        json={"message": "Helaas, de groep is voor starters."},
        headers=login(client, coordinator),
    )

    created, decided = deliveries_of(session, subscription)
    assert created.payload["type"] == "join_request.created"
    assert created.payload["data"]["join_request"]["status"] == "pending"
    assert decided.payload["data"]["join_request"]["status"] == "declined"
    assert decided.payload["data"]["group"] == {"id": str(group.id), "slug": group.slug}
    everything = json.dumps([created.payload, decided.payload])
    for private in (seeker.email, "Pieter", MOTIVATION, "starters", str(seeker.id)):
        assert private not in everything


def test_one_event_shares_its_id_across_subscriptions(session: Session) -> None:
    first, _ = subscribe(session, ["session.planned"])
    second, _ = subscribe(session, ["session.planned"])
    group = make_group(session)
    events.session_planned(
        session,
        group_id=group.id,
        session_id=uuid.uuid4(),
        starts_at=datetime(2027, 3, 2, 18, 30, tzinfo=UTC),
        ends_at=datetime(2027, 3, 2, 20, 30, tzinfo=UTC),
    )
    [a], [b] = deliveries_of(session, first), deliveries_of(session, second)
    assert a.id != b.id and a.payload["id"] == b.payload["id"]
    assert a.event == WebhookEvent.session_planned
    assert set(a.payload["data"]["session"]) == {"id", "starts_at", "ends_at"}
