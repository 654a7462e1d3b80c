"""Every session, attendance, calendar and evidence endpoint against callers who should get
nothing: anonymous callers and members (even coordinators) of another group."""

import uuid

import pytest
from fastapi.testclient import TestClient
from sqlmodel import Session

from intervisiewijzer.main import create_app
from tests.sessions.helpers import Caller, held_session, make_cast, past_session

VALID_SESSION = {"starts_at": "2026-12-01T19:30:00+01:00", "ends_at": "2026-12-01T21:30:00+01:00"}
VALID_SERIES = {
    "first_date": "2026-12-01",
    "start_time": "19:30",
    "end_time": "21:30",
    "interval_weeks": 8,
    "count": 2,
}

# (method, path, json body); {session} and {group} are filled in per test
SESSION_ENDPOINTS = [
    ("GET", "/api/v1/sessions/{session}", None),
    ("PATCH", "/api/v1/sessions/{session}", {"notes": "x"}),
    ("POST", "/api/v1/sessions/{session}/cancel", {}),
    ("PUT", "/api/v1/sessions/{session}/response", {"answer": "present"}),
    ("GET", "/api/v1/sessions/{session}/responses", None),
    ("GET", "/api/v1/sessions/{session}.ics", None),
    ("GET", "/api/v1/sessions/{session}/attendance", None),
    ("PUT", "/api/v1/sessions/{session}/attendance", {"present_member_ids": []}),
    ("POST", "/api/v1/sessions/{session}/attendance/confirm", None),
    ("GET", "/api/v1/sessions/{session}/attendance/audit", None),
    ("GET", "/api/v1/sessions/{session}/attendance.pdf", None),
]
GROUP_ENDPOINTS = [
    ("POST", "/api/v1/groups/{group}/sessions", VALID_SESSION),
    ("POST", "/api/v1/groups/{group}/sessions/series", VALID_SERIES),
    ("GET", "/api/v1/groups/{group}/sessions", None),
]
PERSONAL_ENDPOINTS = [
    ("GET", "/api/v1/me/sessions", None),
    ("GET", "/api/v1/me/evidence", None),
    ("GET", "/api/v1/me/evidence.pdf", None),
    ("GET", "/api/v1/me/evidence.csv", None),
    ("GET", "/api/v1/me/calendar-feed", None),
    ("POST", "/api/v1/me/calendar-feed", None),
    ("DELETE", "/api/v1/me/calendar-feed", None),
]
PUBLIC_ENDPOINTS = [("GET", "/api/v1/calendar/{token}.ics", None)]
ALL_ENDPOINTS = SESSION_ENDPOINTS + GROUP_ENDPOINTS + PERSONAL_ENDPOINTS + PUBLIC_ENDPOINTS


def call(client: TestClient, method: str, path: str, body: object, headers: dict[str, str]):  # type: ignore[no-untyped-def]
    return client.request(method, path, json=body, headers=headers)


def test_every_new_endpoint_is_covered_here() -> None:
    spec = create_app().openapi()
    mine = {
        (method.upper(), path)
        for path, operations in spec["paths"].items()
        for method, operation in operations.items()
        if {"sessions", "attendance", "calendar", "evidence"} & set(operation.get("tags", []))
    }
    listed = {
        (method, path.replace("{session}", "{session_id}").replace("{group}", "{group_ref}"))
        for method, path, _ in ALL_ENDPOINTS
    }
    assert mine == listed


@pytest.mark.parametrize(("method", "path", "body"), SESSION_ENDPOINTS)
def test_outsiders_cannot_find_a_session(
    client: TestClient, session: Session, method: str, path: str, body: object
) -> None:
    cast = make_cast(session)
    held = held_session(
        session, cast.group, [cast.member], starts_at=past_session(session, cast.group).starts_at
    )
    response = call(
        client, method, path.format(session=held.id), body, Caller(client)(cast.outsider)
    )
    assert response.status_code == 404, response.text
    assert "Dorpsstraat" not in response.text
    anonymous = call(client, method, path.format(session=held.id), body, {})
    assert anonymous.status_code == 401


@pytest.mark.parametrize(("method", "path", "body"), SESSION_ENDPOINTS)
def test_unknown_sessions_are_not_found(
    client: TestClient, session: Session, method: str, path: str, body: object
) -> None:
    cast = make_cast(session)
    response = call(
        client, method, path.format(session=uuid.uuid4()), body, Caller(client)(cast.member)
    )
    assert response.status_code == 404


@pytest.mark.parametrize(("method", "path", "body"), GROUP_ENDPOINTS)
def test_outsiders_get_nothing_of_a_groups_sessions(
    client: TestClient, session: Session, method: str, path: str, body: object
) -> None:
    cast = make_cast(session)
    past_session(session, cast.group, location_text="Dorpsstraat 1")
    url = path.format(group=cast.group.id)
    response = call(client, method, url, body, Caller(client)(cast.outsider))
    assert response.status_code == 403
    assert "Dorpsstraat" not in response.text
    assert call(client, method, url, body, {}).status_code == 401


@pytest.mark.parametrize(("method", "path", "body"), PERSONAL_ENDPOINTS)
def test_personal_endpoints_need_a_login(
    client: TestClient, method: str, path: str, body: object
) -> None:
    response = call(client, method, path, body, {})
    assert response.status_code == 401
    assert response.headers["content-type"].startswith("application/problem+json")


def test_a_member_reaches_every_session_endpoint_meant_for_members(
    client: TestClient, session: Session
) -> None:
    cast = make_cast(session)
    held = held_session(
        session, cast.group, [cast.member], starts_at=past_session(session, cast.group).starts_at
    )
    headers = Caller(client)(cast.member)
    readable = [
        "/api/v1/sessions/{session}",
        "/api/v1/sessions/{session}/responses",
        "/api/v1/sessions/{session}.ics",
        "/api/v1/sessions/{session}/attendance",
        "/api/v1/sessions/{session}/attendance.pdf",
    ]
    for path in readable:
        assert client.get(path.format(session=held.id), headers=headers).status_code == 200, path
