"""Building blocks shared by every domain: ids, UTC timestamps, string enums, pagination."""

import uuid
from datetime import UTC, datetime
from enum import StrEnum
from typing import Annotated, Any, Generic, TypeVar, get_args

from fastapi import Depends, Query
from pydantic import BaseModel
from sqlalchemy import DateTime, String, TypeDecorator, event
from sqlalchemy.engine import Dialect
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


def _enum_fields(model: type[SQLModel]) -> tuple[tuple[str, type[StrEnum], dict[str, Any]], ...]:
    """(field, enum type, value -> member) for every StrEnum field of a model, worked out once."""
    fields = _ENUM_FIELDS.get(model)
    if fields is None:
        found = []
        for name, info in model.model_fields.items():
            candidates = (info.annotation, *get_args(info.annotation))
            for candidate in candidates:
                if isinstance(candidate, type) and issubclass(candidate, StrEnum):
                    found.append((name, candidate, dict(candidate._value2member_map_)))
                    break
        fields = _ENUM_FIELDS[model] = tuple(found)
    return fields


_ENUM_FIELDS: dict[type[SQLModel], tuple[tuple[str, type[StrEnum], dict[str, Any]], ...]] = {}


@event.listens_for(SQLModel, "load", propagate=True)
def _enums_on_load(target: SQLModel, _context: Any) -> None:
    # Enums are stored as plain strings; hand them back as the enum the model declares,
    # so serialising a loaded row gives no "expected enum" warnings and `is` checks hold.
    # This runs for every loaded row, so it writes the instance dict directly: on "load" the
    # attributes were just populated and carry no history, and after "refresh" SQLAlchemy
    # commits the refreshed attributes itself (set_committed_value per attribute was about a
    # fifth of the time of loading thousands of rows). Unknown values raise as before.
    values = target.__dict__
    for name, enum_type, members in _ENUM_FIELDS.get(type(target)) or _enum_fields(type(target)):
        value = values.get(name)
        if value.__class__ is not enum_type and isinstance(value, str):
            member = members.get(value)
            values[name] = member if member is not None else enum_type(value)


@event.listens_for(SQLModel, "refresh", propagate=True)
def _enums_on_refresh(target: SQLModel, context: Any, _attrs: Any) -> None:
    _enums_on_load(target, context)
