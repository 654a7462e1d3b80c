"""Database engine and the per-request session dependency."""

import logging
from collections.abc import Iterator
from functools import lru_cache
from typing import Annotated, Any

from fastapi import Depends
from sqlalchemy import Engine, event
from sqlalchemy.exc import InterfaceError, OperationalError
from sqlmodel import Session, create_engine

from intervisiewijzer.config import get_settings

logger = logging.getLogger(__name__)


def normalise_database_url(url: str) -> str:
    """Accept plain postgres URLs and route them through psycopg 3."""
    for prefix in ("postgres://", "postgresql://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix) :]
    return url


def build_engine(url: str) -> Engine:
    url = normalise_database_url(url)
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"check_same_thread": False})
        _make_sqlite_transactional(engine)
        return engine
    return create_engine(url, pool_pre_ping=True, pool_size=10, max_overflow=20)


def _make_sqlite_transactional(engine: Engine) -> None:
    # pysqlite's own transaction handling breaks SAVEPOINTs and ignores foreign keys;
    # take over BEGIN ourselves as the SQLAlchemy docs recommend.
    @event.listens_for(engine, "connect")
    def on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA busy_timeout=5000")
        cursor.close()

    @event.listens_for(engine, "begin")
    def on_begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN")


@lru_cache
def get_engine() -> Engine:
    return build_engine(get_settings().database_url)


def get_session() -> Iterator[Session]:
    """One session per request. Routers commit before they answer; services never commit,
    so a failed request leaves nothing half-written.

    Closing runs after the answer has started. If the database went away in between (a
    restart), the closing rollback fails; the answer stands (what was committed is
    committed) and the pool drops the dead connection, instead of breaking off the answer."""
    session = Session(get_engine())
    try:
        yield session
    finally:
        try:
            session.close()
        except (OperationalError, InterfaceError):
            logger.warning("Database connection lost while closing a request's session")


SessionDep = Annotated[Session, Depends(get_session)]
