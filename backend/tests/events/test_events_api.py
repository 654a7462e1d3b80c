"""Setting up thematic events: create, publish, change, coaches, and the public views."""

from datetime import timedelta

from fastapi.testclient import TestClient
from sqlmodel import Session

from intervisiewijzer.common import utcnow
from intervisiewijzer.events.models import EventStatus, RegistrationStatus
from intervisiewijzer.members.models import MemberKind
from tests.events.helpers import add_coaches, add_registration, make_admin, make_event
from tests.factories import login, make_member


def event_body(**fields: object) -> dict[str, object]:
    starts_at = utcnow() + timedelta(days=30)
    body: dict[str, object] = {
        "theme": "GGZ in het gezinshuis",
        "title": "Als een kind psychiatrische zorg nodig heeft",
        "description": "Plenair een casus, daarna in kleine groepen intervisie.",
        "expert_name": "Karim El Amrani",
        "starts_at": starts_at.isoformat(),
        "ends_at": (starts_at + timedelta(hours=2)).isoformat(),
        "plenary_url": "https://meet.example.nl/ggz-plenair",
        "capacity": 60,
    }
    body.update(fields)
    return body


def test_admin_creates_a_draft_then_publishes_it(client: TestClient, session: Session) -> None:
    admin = make_admin(session)
    headers = login(client, admin)
    coach = make_member(session, kind=MemberKind.intervisor, full_name="Coach Cora")
    created = client.post(
        "/api/v1/events", json=event_body(coach_ids=[str(coach.id)]), headers=headers
    )
    assert created.status_code == 201, created.text
    event = created.json()
    assert (event["status"], event["room_size_max"], event["registration_open"]) == (
        "draft",
        8,
        False,
    )
    assert event["registration_closes_at"] == event["starts_at"]
    assert [c["full_name"] for c in event["coaches"]] == ["Coach Cora"]
    assert event["plenary_url"] == "https://meet.example.nl/ggz-plenair"

    # a draft is invisible to the public
    assert client.get(f"/api/v1/events/{event['id']}").status_code == 404
    assert client.get("/api/v1/events").json()["total"] == 0

    published = client.patch(
        f"/api/v1/events/{event['id']}", json={"status": "published"}, headers=headers
    )
    assert published.status_code == 200, published.text
    public = client.get(f"/api/v1/events/{event['id']}").json()
    assert public["registration_open"] is True
    assert public["spots_left"] == 60
    assert "plenary_url" not in public and "coaches" not in public
    listed = client.get("/api/v1/events").json()
    assert (listed["total"], listed["items"][0]["id"]) == (1, event["id"])


def test_create_validates_times_and_room_size(client: TestClient, session: Session) -> None:
    headers = login(client, make_admin(session))
    starts_at = utcnow() + timedelta(days=3)
    backwards = event_body(
        starts_at=starts_at.isoformat(), ends_at=(starts_at - timedelta(hours=1)).isoformat()
    )
    response = client.post("/api/v1/events", json=backwards, headers=headers)
    assert response.status_code == 422
    assert "eindigen na het begin" in response.json()["detail"]
    late_close = event_body(
        starts_at=starts_at.isoformat(),
        ends_at=(starts_at + timedelta(hours=2)).isoformat(),
        registration_closes_at=(starts_at + timedelta(hours=1)).isoformat(),
    )
    assert client.post("/api/v1/events", json=late_close, headers=headers).status_code == 422
    for size in (1, 11):
        too = client.post("/api/v1/events", json=event_body(room_size_max=size), headers=headers)
        assert too.status_code == 422
    assert (
        client.post("/api/v1/events", json=event_body(room_size_max=10), headers=headers).json()[
            "room_size_max"
        ]
        == 10
    )
    naive = event_body(starts_at="2030-01-01T19:00:00", ends_at="2030-01-01T21:00:00")
    assert client.post("/api/v1/events", json=naive, headers=headers).status_code == 422


def test_unknown_coach_is_refused(client: TestClient, session: Session) -> None:
    response = client.post(
        "/api/v1/events",
        json=event_body(coach_ids=["00000000-0000-4000-8000-000000000000"]),
        headers=login(client, make_admin(session)),
    )
    assert response.status_code == 404


def test_patch_changes_fields_and_keeps_closing_at_the_start(
    client: TestClient, session: Session
) -> None:
    event = make_event(session)
    headers = login(client, make_admin(session))
    later = event.starts_at + timedelta(days=7)
    response = client.patch(
        f"/api/v1/events/{event.id}",
        json={
            "title": "Nieuwe titel",
            "starts_at": later.isoformat(),
            "ends_at": (later + timedelta(hours=2)).isoformat(),
            "plenary_url": None,
        },
        headers=headers,
    )
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["title"] == "Nieuwe titel" and body["plenary_url"] is None
    assert body["registration_closes_at"] == body["starts_at"]
    empty = client.patch(f"/api/v1/events/{event.id}", json={"title": None}, headers=headers)
    assert empty.status_code == 422


def test_published_event_with_registrations_cannot_go_back_to_draft(
    client: TestClient, session: Session
) -> None:
    event = make_event(session)
    add_registration(session, event)
    response = client.patch(
        f"/api/v1/events/{event.id}",
        json={"status": "draft"},
        headers=login(client, make_admin(session)),
    )
    assert response.status_code == 409


def test_more_capacity_moves_the_waitlist_up(client: TestClient, session: Session) -> None:
    event = make_event(session, capacity=1)
    add_registration(session, event)
    waiting = add_registration(session, event, status=RegistrationStatus.waitlisted)
    response = client.patch(
        f"/api/v1/events/{event.id}",
        json={"capacity": 2},
        headers=login(client, make_admin(session)),
    )
    assert response.json()["registered_count"] == 2
    assert response.json()["waitlist_count"] == 0
    assert waiting.status == RegistrationStatus.registered


def test_coaches_are_added_listed_and_removed(client: TestClient, session: Session) -> None:
    event = make_event(session)
    headers = login(client, make_admin(session))
    coach = make_member(session, full_name="Ilse Intervisor", kind=MemberKind.intervisor)
    added = client.post(
        f"/api/v1/events/{event.id}/coaches", json={"member_id": str(coach.id)}, headers=headers
    )
    assert added.status_code == 200
    assert [(c["full_name"], c["room_number"]) for c in added.json()["coaches"]] == [
        ("Ilse Intervisor", None)
    ]
    twice = client.post(
        f"/api/v1/events/{event.id}/coaches", json={"member_id": str(coach.id)}, headers=headers
    )
    assert len(twice.json()["coaches"]) == 1
    removed = client.delete(f"/api/v1/events/{event.id}/coaches/{coach.id}", headers=headers)
    assert removed.status_code == 200 and removed.json()["coaches"] == []
    again = client.delete(f"/api/v1/events/{event.id}/coaches/{coach.id}", headers=headers)
    assert again.status_code == 404


def test_a_registered_participant_cannot_become_coach(client: TestClient, session: Session) -> None:
    event = make_event(session)
    participant = make_member(session)
    add_registration(session, event, participant)
    response = client.post(
        f"/api/v1/events/{event.id}/coaches",
        json={"member_id": str(participant.id)},
        headers=login(client, make_admin(session)),
    )
    assert response.status_code == 409


def test_coach_candidates_put_intervisors_first(client: TestClient, session: Session) -> None:
    make_member(session, full_name="Anne Zoekbaar", kind=MemberKind.gezinshuisouder)
    make_member(session, full_name="Zoë Zoekbaar", kind=MemberKind.intervisor)
    make_member(session, full_name="Niet Gevonden")
    response = client.get(
        "/api/v1/events/coach-candidates",
        params={"q": "zoekbaar"},
        headers=login(client, make_admin(session)),
    )
    assert [m["full_name"] for m in response.json()] == ["Zoë Zoekbaar", "Anne Zoekbaar"]


def test_admin_list_includes_drafts_and_filters_by_status(
    client: TestClient, session: Session
) -> None:
    make_event(session, status=EventStatus.draft, title="Concept")
    make_event(session, title="Gepubliceerd")
    make_event(session, starts_in=timedelta(days=-30), title="Voorbij")
    headers = login(client, make_admin(session))
    everything = client.get("/api/v1/events/manage", headers=headers).json()
    assert everything["total"] == 3
    drafts = client.get("/api/v1/events/manage", params={"status": "draft"}, headers=headers)
    assert [e["title"] for e in drafts.json()["items"]] == ["Concept"]
    public = client.get("/api/v1/events").json()
    assert [e["title"] for e in public["items"]] == ["Gepubliceerd"]
    with_past = client.get("/api/v1/events", params={"include_past": True}).json()
    assert [e["title"] for e in with_past["items"]] == ["Voorbij", "Gepubliceerd"]


def test_public_list_pages_and_shows_counts(client: TestClient, session: Session) -> None:
    for days in (10, 20, 30):
        make_event(session, starts_in=timedelta(days=days), capacity=2)
    first = client.get("/api/v1/events").json()["items"][0]
    event_id = first["id"]
    page = client.get("/api/v1/events", params={"limit": 2, "offset": 1}).json()
    assert (page["total"], page["limit"], page["offset"], len(page["items"])) == (3, 2, 1, 2)
    assert event_id not in [e["id"] for e in page["items"]]
    assert (first["spots_left"], first["waitlist_count"]) == (2, 0)


def test_cancelled_event_stays_visible_as_cancelled(client: TestClient, session: Session) -> None:
    event = make_event(session, status=EventStatus.cancelled)
    body = client.get(f"/api/v1/events/{event.id}").json()
    assert (body["status"], body["registration_open"]) == ("cancelled", False)


def test_admin_sees_coach_rooms_in_event(client: TestClient, session: Session) -> None:
    event = make_event(session)
    coaches = add_coaches(session, event, 2)
    for _ in range(3):
        add_registration(session, event)
    headers = login(client, make_admin(session))
    client.post(f"/api/v1/events/{event.id}/rooms/assign", headers=headers)
    body = client.get(f"/api/v1/events/{event.id}/manage", headers=headers).json()
    numbers = {c["member_id"]: c["room_number"] for c in body["coaches"]}
    assert sorted(numbers.values(), key=lambda n: (n is None, n)) == [1, None]
    assert set(numbers) == {str(c.id) for c in coaches}
    assert body["rooms_assigned"] is True
