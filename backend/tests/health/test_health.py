from fastapi.testclient import TestClient


def test_health_reports_database(client: TestClient) -> None:
    response = client.get("/api/v1/health")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok"}


def test_health_is_503_problem_when_database_is_down(app, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import create_engine

    from intervisiewijzer.health import router as health_router

    unreachable = create_engine("postgresql+psycopg://nobody@127.0.0.1:1/none")
    monkeypatch.setattr(health_router, "get_engine", lambda: unreachable)
    with TestClient(app, raise_server_exceptions=False) as client:
        response = client.get("/api/v1/health")
    assert response.status_code == 503
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json()["database"] == "unavailable"
    assert response.headers["retry-after"] == "30"


def test_site_config_gives_map_tiles_and_attributions(client: TestClient) -> None:
    config = client.get("/api/v1/site-config").json()
    assert config["map_tile_url"].startswith("https://service.pdok.nl/")
    assert "Kadaster" in config["map_attribution"]
