from fastapi.testclient import TestClient
from sqlmodel import Session

from tests.factories import PASSWORD, login, make_member


def test_update_profile(client: TestClient, session: Session) -> None:
    member = make_member(session)
    headers = login(client, member)
    response = client.patch(
        "/api/v1/me",
        headers=headers,
        json={"full_name": "Bram Jansen", "province": "limburg", "years_experience": 12},
    )
    assert response.status_code == 200, response.text
    body = response.json()
    assert (body["full_name"], body["province"], body["years_experience"]) == (
        "Bram Jansen",
        "limburg",
        12,
    )


def test_update_rejects_taken_email_and_keeps_data(client: TestClient, session: Session) -> None:
    other = make_member(session)
    member = make_member(session)
    headers = login(client, member)
    response = client.patch(
        "/api/v1/me", headers=headers, json={"email": other.email, "full_name": "Nieuw"}
    )
    assert response.status_code == 409
    assert client.get("/api/v1/me", headers=headers).json()["full_name"] == member.full_name


def test_update_rejects_unknown_province_and_empty_name(
    client: TestClient, session: Session
) -> None:
    headers = login(client, make_member(session))
    assert (
        client.patch("/api/v1/me", headers=headers, json={"province": "Brabant"}).status_code == 422
    )
    assert client.patch("/api/v1/me", headers=headers, json={"full_name": None}).status_code == 422


def test_change_password_logs_out_old_tokens(client: TestClient, session: Session) -> None:
    member = make_member(session)
    headers = login(client, member)
    response = client.post(
        "/api/v1/me/password",
        headers=headers,
        json={"current_password": PASSWORD, "new_password": "nieuw-wachtwoord-42"},
    )
    assert response.status_code == 204
    assert client.get("/api/v1/me", headers=headers).status_code == 401
    # this browser got a fresh refresh cookie and stays logged in
    assert client.post("/api/v1/auth/refresh").status_code == 200
    login(client, member, "nieuw-wachtwoord-42")


def test_change_password_needs_current_password(client: TestClient, session: Session) -> None:
    member = make_member(session)
    headers = login(client, member)
    response = client.post(
        "/api/v1/me/password",
        headers=headers,
        json={"current_password": "fout-wachtwoord", "new_password": "nieuw-wachtwoord-42"},
    )
    assert response.status_code == 400
    assert response.json()["detail"] == "Het huidige wachtwoord klopt niet."
    login(client, member)
