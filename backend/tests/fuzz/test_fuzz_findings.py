"""Regression tests for what the schemathesis run (test_schemathesis.py) found, each pinned
down with a plain request so it stays fixed even if the fuzzer's examples change."""

import pytest
from fastapi.testclient import TestClient
from sqlalchemy.exc import DataError

from intervisiewijzer.main import create_app
from tests.factories import login, make_member

PROBLEM = "application/problem+json"


def test_undecodable_body_is_a_dutch_422_problem(client: TestClient, session) -> None:  # type: ignore[no-untyped-def]
    headers = login(client, make_member(session))
    response = client.patch(
        "/api/v1/me",
        content=b"(\x07\x122\xff\xfeu\xe9\xd1Au",  # not UTF-8, so not JSON at all
        headers={**headers, "Content-Type": "application/json"},
    )
    assert response.status_code == 422
    assert response.headers["content-type"] == PROBLEM
    body = response.json()
    assert body["title"] == "Ongeldige invoer"
    assert body["errors"][0]["field"] == "body"
    assert "parsing" not in response.text


def test_documented_errors_carry_the_problem_schema_under_problem_json() -> None:
    spec = create_app().openapi()
    checked = 0
    for path in spec["paths"].values():
        for operation in path.values():
            for status, response in operation["responses"].items():
                if not status.startswith(("4", "5")) or "content" not in response:
                    continue
                content = response["content"]
                assert content[PROBLEM]["schema"] == {"$ref": "#/components/schemas/Problem"}
                assert "application/json" not in content, (operation["operationId"], status)
                checked += 1
    assert checked > 300


def test_value_the_database_refuses_is_a_422_problem(app, client: TestClient) -> None:  # type: ignore[no-untyped-def]
    @app.get("/api/v1/test-refused-value")
    def refused() -> None:
        raise DataError("SELECT 1", {}, Exception("text fields cannot contain NUL (0x00) bytes"))

    response = client.get("/api/v1/test-refused-value")
    assert response.status_code == 422
    assert response.headers["content-type"] == PROBLEM
    assert response.json()["title"] == "Ongeldige invoer"
    assert "0x00" not in response.text


@pytest.mark.parametrize(
    ("method", "path", "body"),
    [
        ("PATCH", "/api/v1/me", {"full_name": "Anne\x00 de Vries"}),
        ("GET", "/api/v1/groups?q=utre%00cht", None),
        ("GET", "/api/v1/groups/utre%00cht", None),
        ("GET", "/api/v1/methods/incident%00methode", None),
    ],
)
def test_nul_character_in_input_is_never_a_server_error(  # type: ignore[no-untyped-def]
    client: TestClient, session, method: str, path: str, body: object
) -> None:
    # PostgreSQL refuses NUL in text (a 422 now); SQLite takes it (200 or 404).
    headers = login(client, make_member(session))
    response = client.request(method, path, json=body, headers=headers)
    assert response.status_code in (200, 404, 422), response.text
    if response.status_code >= 400:
        assert response.headers["content-type"] == PROBLEM


def test_nul_character_in_a_login_is_refused_cleanly(client: TestClient) -> None:
    response = client.post(
        "/api/v1/auth/token", data={"username": "an\x00ne@example.nl", "password": "x\x00y"}
    )
    assert response.status_code in (401, 422), response.text
    assert response.headers["content-type"] == PROBLEM


def test_clearing_the_register_while_a_number_stays_is_refused(  # type: ignore[no-untyped-def]
    client: TestClient, session
) -> None:
    # Found by the fuzzer: this was saved, then the answer (and every later GET /me) was a 500.
    member = make_member(session, registration_body="skj", registration_number="SKJ-12345")
    headers = login(client, member)
    response = client.patch("/api/v1/me", json={"registration_body": None}, headers=headers)
    assert response.status_code == 422
    assert response.headers["content-type"] == PROBLEM
    profile = client.get("/api/v1/me", headers=headers)
    assert profile.status_code == 200
    assert profile.json()["registration_body"] == "skj"
