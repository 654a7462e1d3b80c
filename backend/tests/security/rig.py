"""The matrix rig: one request per cell, in its own savepoint (see conftest.py)."""

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from fastapi import FastAPI
from fastapi.testclient import TestClient
from httpx import Response
from sqlalchemy import Connection
from sqlmodel import Session

from intervisiewijzer.db import get_session
from tests.security.world import World

# Counted by the tests, shown in the terminal summary (conftest.pytest_terminal_summary).
REPORT: dict[str, int] = {"cells": 0, "probes": 0}


@dataclass
class MatrixRig:
    world: World
    client: TestClient
    app: FastAPI
    connection: Connection

    def call(self, method: str, url: str, **kwargs: Any) -> Response:
        savepoint = self.connection.begin_nested()
        cell_session = Session(bind=self.connection, join_transaction_mode="create_savepoint")

        def request_session() -> Iterator[Session]:
            yield cell_session

        self.app.dependency_overrides[get_session] = request_session
        try:
            return self.client.request(method, url, **kwargs)
        finally:
            cell_session.close()
            if savepoint.is_active:
                savepoint.rollback()
            self.client.cookies.clear()


def record_cells(cells: int, probes: int) -> None:
    REPORT["cells"] += cells
    REPORT["probes"] += probes
