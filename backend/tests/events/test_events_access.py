"""Authorization of every event endpoint for anonymous callers, ordinary members, coaches."""

from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlmodel import Session

from intervisiewijzer.events.models import Event, EventStatus
from tests.events.helpers import add_coaches, add_registration, make_event
from tests.factories import login, make_member

NO_ID = "00000000-0000-4000-8000-000000000000"

# (method, path template, JSON body) of every endpoint only platform admins may use
ADMIN_ONLY = [
    ("GET", "/api/v1/events/manage", None),
    ("GET", "/api/v1/events/coach-candidates?q=a", None),
    ("POST", "/api/v1/events", {}),
    ("GET", "/api/v1/events/{id}/manage", None),
    ("PATCH", "/api/v1/events/{id}", {"title": "Overgenomen"}),
    ("POST", "/api/v1/events/{id}/coaches", {"member_id": NO_ID}),
    ("DELETE", f"/api/v1/events/{{id}}/coaches/{NO_ID}", None),
    ("GET", "/api/v1/events/{id}/registrations", None),
    ("POST", "/api/v1/events/{id}/rooms/assign", None),
    ("POST", "/api/v1/events/{id}/rooms/move", {"registration_id": NO_ID, "room_number": 1}),
]
# endpoints for logged-in members (their own registration) or for staff
LOGGED_IN = [
    ("POST", "/api/v1/events/{id}/registrations", {}),
    ("GET", "/api/v1/events/{id}/my-registration", None),
    ("DELETE", "/api/v1/events/{id}/registrations/me", None),
    ("GET", "/api/v1/events/{id}.ics", None),
    ("GET", "/api/v1/events/{id}/rooms", None),
    (
        "PUT",
        "/api/v1/events/{id}/attendance",
        {"records": [{"registration_id": NO_ID, "attended": True}]},
    ),
    ("GET", "/api/v1/me/events", None),
]


def call(
    client: TestClient, method: str, path: str, event: Event, body: Any, headers: dict[str, str]
) -> int:
    response = client.request(method, path.format(id=event.id), json=body, headers=headers)
    return response.status_code


@pytest.mark.parametrize(("method", "path", "body"), ADMIN_ONLY + LOGGED_IN)
def test_anonymous_callers_must_log_in(
    client: TestClient, session: Session, method: str, path: str, body: Any
) -> None:
    event = make_event(session)
    assert call(client, method, path, event, body, {}) == 401


@pytest.mark.parametrize(("method", "path", "body"), ADMIN_ONLY)
def test_members_and_coaches_cannot_manage(
    client: TestClient, session: Session, method: str, path: str, body: Any
) -> None:
    event = make_event(session)
    [coach] = add_coaches(session, event, 1)
    participant = make_member(session)
    add_registration(session, event, participant)
    for caller in (participant, coach, make_member(session)):
        assert call(client, method, path, event, body, login(client, caller)) == 403


@pytest.mark.parametrize(
    ("method", "path", "body"),
    [
        ("GET", "/api/v1/events/{id}/rooms", None),
        (
            "PUT",
            "/api/v1/events/{id}/attendance",
            {"records": [{"registration_id": NO_ID, "attended": True}]},
        ),
    ],
)
def test_rooms_and_attendance_are_for_staff_only(
    client: TestClient, session: Session, method: str, path: str, body: Any
) -> None:
    event = make_event(session)
    participant = make_member(session)
    add_registration(session, event, participant)
    for caller in (participant, make_member(session)):
        assert call(client, method, path, event, body, login(client, caller)) == 403


def test_drafts_are_hidden_from_everyone_but_admins(client: TestClient, session: Session) -> None:
    draft = make_event(session, status=EventStatus.draft)
    member_headers = login(client, make_member(session))
    for headers in ({}, member_headers):
        assert client.get(f"/api/v1/events/{draft.id}", headers=headers).status_code == 404
    admin_headers = login(client, make_member(session, is_admin=True))
    assert client.get(f"/api/v1/events/{draft.id}", headers=admin_headers).status_code == 200


def test_unknown_event_is_404(client: TestClient, session: Session) -> None:
    admin_headers = login(client, make_member(session, is_admin=True))
    assert client.get(f"/api/v1/events/{NO_ID}").status_code == 404
    assert client.get(f"/api/v1/events/{NO_ID}/manage", headers=admin_headers).status_code == 404
    assert client.get(f"/api/v1/events/{NO_ID}/rooms", headers=admin_headers).status_code == 404
    assert client.get("/api/v1/events/niet-een-id").status_code == 422


def test_public_reads_need_no_login(client: TestClient, session: Session) -> None:
    event = make_event(session)
    assert client.get("/api/v1/events").status_code == 200
    assert client.get(f"/api/v1/events/{event.id}").status_code == 200
