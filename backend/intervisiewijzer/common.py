"""Building blocks shared by every domain: ids, UTC timestamps, string enums, pagination."""

import uuid
from datetime import UTC, datetime
from enum import StrEnum
from typing import Annotated, Any, Generic, TypeVar, get_args

from fastapi import Depends, Query
from pydantic import BaseModel
from sqlalchemy import DateTime, String, TypeDecorator, event
from sqlalchemy.engine import Dialect
from sqlalchemy.orm.attributes import set_committed_value
from sqlmodel import SQLModel

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}
SQLModel.metadata.naming_convention = NAMING_CONVENTION

MAX_PAGE_SIZE = 100


def utcnow() -> datetime:
    return datetime.now(UTC)


def new_id() -> uuid.UUID:
    return uuid.uuid4()


class UTCDateTime(TypeDecorator[datetime]):
    """Stores aware datetimes as UTC and always returns them aware (SQLite forgets the zone)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given; use timezone-aware UTC datetimes")
        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def enum_column(length: int = 32) -> Any:
    """Enums are stored as plain strings: no native DB enum types to migrate."""
    return String(length)


T = TypeVar("T")


class Page(BaseModel, Generic[T]):
    items: list[T]
    total: int
    limit: int
    offset: int


class Pagination(BaseModel):
    limit: int
    offset: int


def pagination(
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE_SIZE, description="Aantal per pagina")] = 20,
    offset: Annotated[int, Query(ge=0, le=1_000_000)] = 0,
) -> Pagination:
    return Pagination(limit=limit, offset=offset)


PaginationDep = Annotated[Pagination, Depends(pagination)]


def _enum_fields(model: type[SQLModel]) -> dict[str, type[StrEnum]]:
    fields = _ENUM_FIELDS.get(model)
    if fields is None:
        fields = {}
        for name, info in model.model_fields.items():
            candidates = (info.annotation, *get_args(info.annotation))
            for candidate in candidates:
                if isinstance(candidate, type) and issubclass(candidate, StrEnum):
                    fields[name] = candidate
        _ENUM_FIELDS[model] = fields
    return fields


_ENUM_FIELDS: dict[type[SQLModel], dict[str, type[StrEnum]]] = {}


@event.listens_for(SQLModel, "load", propagate=True)
def _enums_on_load(target: SQLModel, _context: Any) -> None:
    # Enums are stored as plain strings; hand them back as the enum the model declares,
    # so serialising a loaded row gives no "expected enum" warnings and `is` checks hold.
    for name, enum_type in _enum_fields(type(target)).items():
        value = target.__dict__.get(name)
        if isinstance(value, str) and not isinstance(value, enum_type):
            set_committed_value(target, name, enum_type(value))


@event.listens_for(SQLModel, "refresh", propagate=True)
def _enums_on_refresh(target: SQLModel, context: Any, _attrs: Any) -> None:
    _enums_on_load(target, context)
