"""The per-request session when the database goes away after the answer was made."""

from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy.exc import OperationalError
from sqlmodel import Session

from intervisiewijzer.db import SessionDep, get_session


def _closing_fails(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    attempts: list[bool] = []

    def close(_self: Session) -> None:
        attempts.append(True)
        raise OperationalError(
            "ROLLBACK", {}, Exception("terminating connection due to administrator command")
        )

    monkeypatch.setattr(Session, "close", close)
    return attempts


def test_answer_stands_when_closing_the_session_fails(monkeypatch: pytest.MonkeyPatch) -> None:
    app = FastAPI()

    @app.post("/planned")
    def plan(session: SessionDep) -> dict[str, Any]:
        assert isinstance(session, Session)
        return {"id": "42"}

    attempts = _closing_fails(monkeypatch)
    with TestClient(app) as client:
        response = client.post("/planned")
    assert response.status_code == 200
    assert response.json() == {"id": "42"}
    assert attempts == [True]


def test_error_of_the_request_is_not_hidden_by_a_failing_close(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    attempts = _closing_fails(monkeypatch)
    sessions = get_session()
    next(sessions)
    with pytest.raises(ValueError, match="from the route"):
        sessions.throw(ValueError("from the route"))
    assert attempts == [True]
