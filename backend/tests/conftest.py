"""Test database: a fresh one per run, built by the Alembic migrations; every test in a
transaction that is rolled back afterwards.

IW_TEST_DATABASE_URL picks the server: unset or 'sqlite' -> a temporary SQLite file;
a postgresql:// URL -> a new database created on that server for this run and dropped after.
"""

import os
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from intervisiewijzer.db import normalise_database_url


def _test_database_url() -> tuple[str, str | None]:
    """Return (url for this run, server admin url to create/drop it or None for SQLite)."""
    requested = os.environ.get("IW_TEST_DATABASE_URL", "sqlite")
    if requested == "sqlite":
        path = Path(tempfile.mkdtemp(prefix="iw-test-")) / "test.db"
        return f"sqlite:///{path}", None
    admin_url = normalise_database_url(requested)
    run_db = f"iw_test_{uuid.uuid4().hex[:12]}"
    return make_url(admin_url).set(database=run_db).render_as_string(hide_password=False), admin_url


TEST_DATABASE_URL, ADMIN_DATABASE_URL = _test_database_url()
os.environ["IW_DATABASE_URL"] = TEST_DATABASE_URL
os.environ["IW_ENVIRONMENT"] = "test"
os.environ["IW_STATIC_DIR"] = ""

from alembic import command  # noqa: E402
from alembic.config import Config  # noqa: E402
from fastapi.testclient import TestClient  # noqa: E402
from sqlmodel import Session  # noqa: E402

from intervisiewijzer.config import get_settings  # noqa: E402
from intervisiewijzer.db import get_engine, get_session  # noqa: E402

BACKEND_DIR = Path(__file__).resolve().parents[1]


def alembic_config() -> Config:
    config = Config(str(BACKEND_DIR / "alembic.ini"))
    config.attributes["database_url"] = TEST_DATABASE_URL
    config.attributes["configure_logging"] = False
    return config


def _run_sql_on_server(statement: str) -> None:
    assert ADMIN_DATABASE_URL is not None
    engine = create_engine(ADMIN_DATABASE_URL, isolation_level="AUTOCOMMIT")
    with engine.connect() as connection:
        connection.execute(text(statement))
    engine.dispose()


@pytest.fixture(scope="session")
def migrated_database() -> Iterator[str]:
    get_settings.cache_clear()
    get_engine.cache_clear()
    database = make_url(TEST_DATABASE_URL).database
    if ADMIN_DATABASE_URL is not None:
        _run_sql_on_server(f'CREATE DATABASE "{database}"')
    try:
        command.upgrade(alembic_config(), "head")
        yield TEST_DATABASE_URL
    finally:
        get_engine().dispose()
        if ADMIN_DATABASE_URL is not None:
            _run_sql_on_server(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')


@pytest.fixture
def session(migrated_database: str) -> Iterator[Session]:
    connection = get_engine().connect()
    transaction = connection.begin()
    db_session = Session(bind=connection, join_transaction_mode="create_savepoint")
    try:
        yield db_session
    finally:
        db_session.close()
        transaction.rollback()
        connection.close()


@pytest.fixture
def app(session: Session):  # type: ignore[no-untyped-def]
    from intervisiewijzer.main import create_app

    application = create_app(get_settings())

    def request_session() -> Iterator[Session]:
        # Like a real request: a failed request leaves nothing behind.
        savepoint = session.begin_nested()
        try:
            yield session
        except Exception:
            if savepoint.is_active:
                savepoint.rollback()
            raise

    application.dependency_overrides[get_session] = request_session
    return application


@pytest.fixture
def client(app) -> Iterator[TestClient]:  # type: ignore[no-untyped-def]
    with TestClient(app, raise_server_exceptions=False) as test_client:
        yield test_client
