from fastapi.testclient import TestClient
from sqlalchemy.exc import OperationalError

from intervisiewijzer.errors import dutch_validation_message


def test_unknown_api_path_is_a_problem(client: TestClient) -> None:
    response = client.get("/api/v1/does-not-exist")
    assert response.status_code == 404
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json()["title"] == "Niet gevonden"


def test_wrong_method_is_a_problem(client: TestClient) -> None:
    response = client.delete("/api/v1/health")
    assert response.status_code == 405
    assert response.headers["content-type"] == "application/problem+json"


def test_validation_error_lists_fields_in_dutch(client: TestClient) -> None:
    response = client.post("/api/v1/auth/register", json={"email": "geen-email"})
    assert response.status_code == 422
    body = response.json()
    assert response.headers["content-type"] == "application/problem+json"
    assert body["title"] == "Ongeldige invoer"
    fields = {error["field"]: error["message"] for error in body["errors"]}
    assert fields["full_name"] == "Dit veld is verplicht."
    assert "password" in fields
    assert "email" in fields


def test_malformed_json_is_a_problem(client: TestClient) -> None:
    response = client.post(
        "/api/v1/auth/register",
        content=b"{not json",
        headers={"Content-Type": "application/json"},
    )
    assert response.status_code == 422
    assert response.headers["content-type"] == "application/problem+json"


def test_unhandled_error_is_a_problem_without_trace(app, client: TestClient) -> None:  # type: ignore[no-untyped-def]
    @app.get("/api/v1/test-crash")
    def crash() -> None:
        raise RuntimeError("secret internals")

    response = client.get("/api/v1/test-crash")
    assert response.status_code == 500
    assert response.headers["content-type"] == "application/problem+json"
    assert "secret internals" not in response.text
    assert response.json()["title"] == "Er ging iets mis"


def test_lost_database_is_a_503_problem_with_retry_after(app, client: TestClient) -> None:  # type: ignore[no-untyped-def]
    @app.get("/api/v1/test-database-gone")
    def database_gone() -> None:
        raise OperationalError("SELECT 1", {}, Exception("server closed the connection"))

    response = client.get("/api/v1/test-database-gone")
    assert response.status_code == 503
    assert response.headers["content-type"] == "application/problem+json"
    assert response.headers["retry-after"] == "30"
    assert response.json()["title"] == "Tijdelijk niet beschikbaar"
    assert "server closed" not in response.text


def test_dutch_messages_fill_in_limits() -> None:
    message = dutch_validation_message({"type": "string_too_short", "ctx": {"min_length": 10}})
    assert message == "Dit is te kort (minimaal 10 tekens)."
    assert dutch_validation_message({"type": "something_new"}) == "Deze waarde is ongeldig."
