"""Rate limits answer 429 problem+json with Retry-After: per key, per client IP for the
anonymous finder, and per IP and username for failed logins. Tiny limits, no waiting."""

from fastapi import FastAPI
from fastapi.testclient import TestClient
from httpx import Response
from sqlmodel import Session

from tests.apikeys.helpers import issue_key, key_headers, use_tiny_limits
from tests.factories import PASSWORD, make_group, make_member


def assert_too_many(response: Response) -> None:
    assert response.status_code == 429, response.text
    assert response.headers["content-type"] == "application/problem+json"
    assert int(response.headers["retry-after"]) >= 1
    assert response.json()["title"] == "Te veel verzoeken"


def test_each_key_has_its_own_limit(client: TestClient, session: Session) -> None:
    _, tight = issue_key(session, rate_limit_per_minute=2)
    _, roomy = issue_key(session, rate_limit_per_minute=100)
    group = make_group(session)
    assert client.get("/api/v1/groups", headers=key_headers(tight)).status_code == 200
    assert client.get(f"/api/v1/groups/{group.id}", headers=key_headers(tight)).status_code == 200
    assert_too_many(client.get("/api/v1/groups", headers=key_headers(tight)))
    assert_too_many(client.get("/api/v1/groups/export.json", headers=key_headers(tight)))
    assert client.get("/api/v1/groups", headers=key_headers(roomy)).status_code == 200


def test_anonymous_finder_is_limited_per_client_ip(
    app: FastAPI, client: TestClient, session: Session
) -> None:
    use_tiny_limits(app, public_rate_limit="2/minute")
    _, secret = issue_key(session)
    assert client.get("/api/v1/groups").status_code == 200
    assert client.get("/api/v1/groups/export.json").status_code == 200
    assert_too_many(client.get("/api/v1/groups"))
    # a partner key counts on its own, not against the address
    assert client.get("/api/v1/groups", headers=key_headers(secret)).status_code == 200


def test_failed_logins_are_limited_per_ip_and_username(
    app: FastAPI, client: TestClient, session: Session
) -> None:
    use_tiny_limits(app, login_rate_limit="2/minute")
    member = make_member(session)
    other = make_member(session)

    def log_in(email: str, password: str) -> Response:
        return client.post("/api/v1/auth/token", data={"username": email, "password": password})

    assert log_in(member.email, "fout-wachtwoord").status_code == 401
    assert log_in(member.email.upper(), "nog-een-fout").status_code == 401
    assert_too_many(log_in(member.email, PASSWORD))  # even the right password waits now
    assert log_in(other.email, PASSWORD).status_code == 200


def test_successful_logins_do_not_count(app: FastAPI, client: TestClient, session: Session) -> None:
    use_tiny_limits(app, login_rate_limit="2/minute")
    member = make_member(session)
    for _ in range(4):
        response = client.post(
            "/api/v1/auth/token", data={"username": member.email, "password": PASSWORD}
        )
        assert response.status_code == 200
