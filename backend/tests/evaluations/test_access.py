"""Every evaluation, contract, group health and research endpoint against callers who should
get nothing: anonymous callers, members (even coordinators) of another group, and plain
members on admin routes."""

import uuid

import pytest
from fastapi.testclient import TestClient
from sqlmodel import Session

from intervisiewijzer.main import create_app
from intervisiewijzer.sessions.localtime import local_today
from tests.evaluations.helpers import (
    add_evaluation,
    attended_session,
    make_circle,
    session_answers,
    yearly_answers,
)
from tests.sessions.helpers import Caller

YEAR = local_today().year
CONTRACT = {"attendance": "a", "confidentiality": "b", "feedback": "c", "which_cases": "d"}

# (method, path, json body); {session} and {group} are filled in per test
SESSION_ENDPOINTS = [
    ("GET", "/api/v1/sessions/{session}/evaluation", None),
    ("PUT", "/api/v1/sessions/{session}/evaluation", session_answers()),
    ("GET", "/api/v1/sessions/{session}/evaluations/summary", None),
    ("GET", "/api/v1/sessions/{session}/evaluations/shared-comments", None),
]
GROUP_ENDPOINTS = [
    ("GET", f"/api/v1/groups/{{group}}/yearly-evaluation/{YEAR}", None),
    ("PUT", f"/api/v1/groups/{{group}}/yearly-evaluation/{YEAR}", yearly_answers()),
    ("GET", f"/api/v1/groups/{{group}}/yearly-evaluations/{YEAR}/summary", None),
    ("GET", f"/api/v1/groups/{{group}}/yearly-evaluations/{YEAR}/shared-comments", None),
    ("GET", "/api/v1/groups/{group}/contract", None),
    ("GET", "/api/v1/groups/{group}/contract/versions", None),
    ("PUT", "/api/v1/groups/{group}/contract/draft", CONTRACT),
    ("DELETE", "/api/v1/groups/{group}/contract/draft", None),
    ("POST", "/api/v1/groups/{group}/contract/publish", None),
    ("POST", "/api/v1/groups/{group}/contract/agree", {"version": 1}),
    ("GET", "/api/v1/groups/{group}/health", None),
]
PERSONAL_ENDPOINTS = [("GET", "/api/v1/me/evaluations/pending", None)]
ADMIN_ENDPOINTS = [
    ("GET", "/api/v1/admin/research/dashboard", None),
    ("GET", "/api/v1/admin/research/export.csv", None),
]
PUBLIC_ENDPOINTS = [
    ("GET", "/api/v1/evaluations/questions", None),
    ("GET", "/api/v1/evaluations/by-token/{token}", None),
    ("POST", "/api/v1/evaluations/by-token/{token}", session_answers()),
    ("GET", "/api/v1/contract-template", None),
    ("GET", "/api/v1/research/summary", None),
]
ALL_ENDPOINTS = (
    SESSION_ENDPOINTS + GROUP_ENDPOINTS + PERSONAL_ENDPOINTS + ADMIN_ENDPOINTS + PUBLIC_ENDPOINTS
)
MY_TAGS = {"evaluations", "contracts", "group-health", "research"}


def call(client: TestClient, method: str, path: str, body: object, headers: dict[str, str]):  # type: ignore[no-untyped-def]
    return client.request(method, path, json=body, headers=headers)


def test_every_endpoint_is_covered_here() -> None:
    spec = create_app().openapi()
    mine = {
        (method.upper(), path)
        for path, operations in spec["paths"].items()
        for method, operation in operations.items()
        if MY_TAGS & set(operation.get("tags", []))
    }
    listed = {
        (
            method,
            path.replace("{session}", "{session_id}")
            .replace("{group}", "{group_ref}")
            .replace(str(YEAR), "{year}"),
        )
        for method, path, _ in ALL_ENDPOINTS
    }
    assert mine == listed


@pytest.mark.parametrize(("method", "path", "body"), SESSION_ENDPOINTS)
def test_outsiders_cannot_find_a_sessions_evaluations(
    client: TestClient, session: Session, method: str, path: str, body: object
) -> None:
    circle = make_circle(session)
    held = attended_session(
        session, circle.group, circle.members, facilitator_id=circle.facilitator.id
    )
    add_evaluation(
        session,
        held,
        circle.members[0],
        free_text="Buiten-canary",
        share_free_text_with_facilitator=True,
    )
    url = path.format(session=held.id)
    response = call(client, method, url, body, Caller(client)(circle.outsider))
    assert response.status_code == 404, response.text
    assert "canary" not in response.text
    assert call(client, method, url, body, {}).status_code == 401
    unknown = path.format(session=uuid.uuid4())
    assert call(client, method, unknown, body, Caller(client)(circle.members[0])).status_code == 404


@pytest.mark.parametrize(("method", "path", "body"), GROUP_ENDPOINTS)
def test_outsiders_get_nothing_of_a_groups_evaluations_contract_or_health(
    client: TestClient, session: Session, method: str, path: str, body: object
) -> None:
    circle = make_circle(session)
    url = path.format(group=circle.group.slug)
    response = call(client, method, url, body, Caller(client)(circle.outsider))
    assert response.status_code == 403, response.text
    assert call(client, method, url, body, {}).status_code == 401
    missing = path.format(group="bestaat-niet")
    assert call(client, method, missing, body, Caller(client)(circle.outsider)).status_code == 404


@pytest.mark.parametrize(("method", "path", "body"), PERSONAL_ENDPOINTS + ADMIN_ENDPOINTS)
def test_personal_and_admin_endpoints_need_a_login(
    client: TestClient, method: str, path: str, body: object
) -> None:
    response = call(client, method, path, body, {})
    assert response.status_code == 401
    assert response.headers["content-type"].startswith("application/problem+json")


@pytest.mark.parametrize(("method", "path", "body"), ADMIN_ENDPOINTS)
def test_admin_endpoints_refuse_group_coordinators(
    client: TestClient, session: Session, method: str, path: str, body: object
) -> None:
    circle = make_circle(session)
    response = call(client, method, path, body, Caller(client)(circle.coordinator))
    assert response.status_code == 403
