import time

from fastapi.testclient import TestClient
from jose import jwt
from sqlmodel import Session

from intervisiewijzer.config import get_settings
from tests.factories import PASSWORD, login, make_member

REGISTRATION = {
    "email": "Anna@Example.nl",
    "password": "een-lang-wachtwoord",
    "full_name": "Anna de Vries",
    "kind": "gezinshuisouder",
    "employment_form": "franchise_met_zorgaanbieder",
    "years_experience": 4,
    "registration_body": "skj",
    "registration_number": "110012345",
    "province": "utrecht",
}


def test_register_then_login_then_read_profile(client: TestClient) -> None:
    created = client.post("/api/v1/auth/register", json=REGISTRATION)
    assert created.status_code == 201, created.text
    assert created.json()["email"] == "anna@example.nl"
    assert "password" not in created.text and "hashed" not in created.text

    token = client.post(
        "/api/v1/auth/token",
        data={"username": "anna@example.nl", "password": "een-lang-wachtwoord"},
    )
    assert token.status_code == 200
    headers = {"Authorization": f"Bearer {token.json()['access_token']}"}
    me = client.get("/api/v1/me", headers=headers)
    assert me.status_code == 200
    assert me.json()["full_name"] == "Anna de Vries"
    assert me.json()["province"] == "utrecht"


def test_register_twice_with_same_email_is_conflict(client: TestClient) -> None:
    assert client.post("/api/v1/auth/register", json=REGISTRATION).status_code == 201
    again = client.post("/api/v1/auth/register", json={**REGISTRATION, "email": "ANNA@example.nl"})
    assert again.status_code == 409
    assert again.headers["content-type"] == "application/problem+json"


def test_register_rejects_short_password_and_unknown_kind(client: TestClient) -> None:
    response = client.post(
        "/api/v1/auth/register", json={**REGISTRATION, "password": "kort", "kind": "ouder"}
    )
    assert response.status_code == 422
    fields = {error["field"] for error in response.json()["errors"]}
    assert fields == {"password", "kind"}


def test_registration_number_needs_a_register(client: TestClient) -> None:
    response = client.post(
        "/api/v1/auth/register", json={**REGISTRATION, "registration_body": None}
    )
    assert response.status_code == 422


def test_bad_credentials_are_401_for_known_and_unknown_email(
    client: TestClient, session: Session
) -> None:
    member = make_member(session)
    wrong_password = client.post(
        "/api/v1/auth/token", data={"username": member.email, "password": "niet-goed-123"}
    )
    unknown = client.post(
        "/api/v1/auth/token", data={"username": "niemand@example.nl", "password": PASSWORD}
    )
    for response in (wrong_password, unknown):
        assert response.status_code == 401
        assert response.headers["content-type"] == "application/problem+json"
        assert response.json()["detail"] == "Het e-mailadres of wachtwoord klopt niet."


def test_inactive_member_cannot_log_in(client: TestClient, session: Session) -> None:
    member = make_member(session, is_active=False)
    response = client.post(
        "/api/v1/auth/token", data={"username": member.email, "password": PASSWORD}
    )
    assert response.status_code == 401


def test_me_requires_a_valid_token(client: TestClient) -> None:
    assert client.get("/api/v1/me").status_code == 401
    response = client.get("/api/v1/me", headers={"Authorization": "Bearer nonsense"})
    assert response.status_code == 401
    assert response.headers["www-authenticate"] == "Bearer"


def _token(claims: dict[str, object], key: str | None = None, algorithm: str = "HS256") -> str:
    return jwt.encode(claims, key or get_settings().secret_key, algorithm=algorithm)


def test_tokens_with_wrong_algorithm_missing_exp_or_expired_are_refused(
    client: TestClient, session: Session
) -> None:
    member = make_member(session)
    now = int(time.time())
    base = {"sub": str(member.id), "typ": "access", "ver": 0, "iat": now}
    unsigned = jwt.encode({**base, "exp": now + 60}, "", algorithm="HS256").rsplit(".", 1)[0] + "."
    bad_tokens = [
        _token({**base, "exp": now + 60}, algorithm="HS512"),
        _token(base),  # no exp
        _token({**base, "exp": now - 10}),
        _token({**base, "exp": now + 60}, key="another-secret-key-that-is-long-enough"),
        _token({**base, "exp": now + 60, "typ": "refresh"}),
        unsigned,
    ]
    for token in bad_tokens:
        response = client.get("/api/v1/me", headers={"Authorization": f"Bearer {token}"})
        assert response.status_code == 401, token
    good = _token({**base, "exp": now + 60})
    assert client.get("/api/v1/me", headers={"Authorization": f"Bearer {good}"}).status_code == 200


def test_token_with_one_signature_character_changed_is_refused(
    client: TestClient, session: Session
) -> None:
    member = make_member(session)
    token = login(client, member)["Authorization"].removeprefix("Bearer ")
    header_and_claims, signature = token.rsplit(".", 1)
    # The first character: every bit of it is signature (the last one carries padding bits).
    swapped = "B" if signature[0] == "A" else "A"
    tampered = f"{header_and_claims}.{swapped}{signature[1:]}"
    assert tampered != token
    response = client.get("/api/v1/me", headers={"Authorization": f"Bearer {tampered}"})
    assert response.status_code == 401
    assert client.get("/api/v1/me", headers={"Authorization": f"Bearer {token}"}).status_code == 200


def test_token_of_deleted_member_is_refused(client: TestClient, session: Session) -> None:
    member = make_member(session)
    headers = login(client, member)
    session.delete(member)
    session.flush()
    assert client.get("/api/v1/me", headers=headers).status_code == 401


def test_refresh_cookie_gives_new_access_token_and_logout_forgets_it(
    client: TestClient, session: Session
) -> None:
    member = make_member(session)
    login(client, member)
    refreshed = client.post("/api/v1/auth/refresh")
    assert refreshed.status_code == 200
    headers = {"Authorization": f"Bearer {refreshed.json()['access_token']}"}
    assert client.get("/api/v1/me", headers=headers).status_code == 200

    assert client.post("/api/v1/auth/logout").status_code == 204
    client.cookies.clear()
    assert client.post("/api/v1/auth/refresh").status_code == 401


def test_access_token_cannot_be_used_as_refresh_cookie(
    client: TestClient, session: Session
) -> None:
    member = make_member(session)
    access = login(client, member)["Authorization"].removeprefix("Bearer ")
    client.cookies.clear()
    client.cookies.set("iw_refresh", access)
    assert client.post("/api/v1/auth/refresh").status_code == 401
