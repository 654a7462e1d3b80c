"""The authorization matrix runs against one world per module.

Isolation: the world is built in a connection-level transaction that is rolled back when the
module ends (like the per-test transaction in tests/conftest.py, only wider). Every cell opens a
SAVEPOINT on that connection, serves its one request from a fresh session bound to it, and
rolls the savepoint back, so a write in one cell (a deleted case, a revoked key, a deleted
account) is never seen by another. The same holds on SQLite and PostgreSQL."""

from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient
from pwdlib import PasswordHash
from pwdlib.hashers.argon2 import Argon2Hasher
from sqlmodel import Session

from intervisiewijzer import security
from intervisiewijzer.config import get_settings
from intervisiewijzer.db import get_engine
from intervisiewijzer.webhooks.router import get_resolver
from tests.security.rig import REPORT, MatrixRig
from tests.security.world import build_world
from tests.webhooks.helpers import FakeResolver


@pytest.fixture(scope="module")
def rig(migrated_database: str) -> Iterator[MatrixRig]:
    from intervisiewijzer.main import create_app

    # The matrix is not a rate-limit test: limits far above what it sends.
    settings = get_settings().model_copy(
        update={"public_rate_limit": "100000/minute", "login_rate_limit": "100000/minute"}
    )
    # Argon2 at its cheapest: a few routes check or set a password in every cell, and the
    # real cost would dominate the run. What is authorized does not depend on it.
    cheap = PasswordHash((Argon2Hasher(time_cost=1, memory_cost=1024, parallelism=1),))
    monkeypatch = pytest.MonkeyPatch()
    monkeypatch.setattr(security, "password_hash", cheap)
    monkeypatch.setattr(security, "DUMMY_HASH", cheap.hash("dummy"))
    connection = get_engine().connect()
    transaction = connection.begin()
    try:
        world_session = Session(bind=connection, join_transaction_mode="create_savepoint")
        world = build_world(world_session, get_settings())
        world_session.commit()  # releases the builder's savepoint; the outer one stays open
        world_session.close()
        application = create_app(settings)
        application.dependency_overrides[get_resolver] = lambda: FakeResolver()
        with TestClient(application, raise_server_exceptions=False) as client:
            yield MatrixRig(world, client, application, connection)
    finally:
        transaction.rollback()
        connection.close()
        monkeypatch.undo()


def pytest_terminal_summary(terminalreporter: Any) -> None:
    if REPORT["cells"]:
        terminalreporter.write_sep("-", "authorization matrix")
        terminalreporter.write_line(
            f"authorization matrix: {REPORT['cells']} cells checked, plus "
            f"{REPORT['probes']} denied writes repeated with an invalid body"
        )
