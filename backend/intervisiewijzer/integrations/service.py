"""Bulk export and import of groups. No HTTP here; callers commit.

An import runs every row inside one savepoint, each row in its own nested savepoint, so a
dry run and a failed import can simply roll everything back: the report of a dry run is
exactly what a real run would do, and a real run with any error stores nothing.
"""

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from pydantic import ValidationError
from sqlmodel import Session, col, select

from intervisiewijzer.common import utcnow
from intervisiewijzer.errors import AppError
from intervisiewijzer.groups import service as groups
from intervisiewijzer.groups.models import Group
from intervisiewijzer.groups.schemas import GroupCreate, GroupUpdate
from intervisiewijzer.integrations.formats import COLUMNS, EXTRA_CELLS, problems_of
from intervisiewijzer.integrations.schemas import (
    GroupRecord,
    GroupRecords,
    ImportProblem,
    ImportReport,
    ImportRowResult,
    ImportRowStatus,
)
from intervisiewijzer.memberships import service as memberships


@dataclass(frozen=True)
class GroupScope:
    """Which groups a caller may export and import: one organisation's, or all (None)."""

    organisation_id: uuid.UUID | None = None

    @property
    def is_everything(self) -> bool:
        return self.organisation_id is None


EVERYTHING = GroupScope()


class RowError(Exception):
    def __init__(self, *problems: tuple[str | None, str]) -> None:
        super().__init__(problems)
        self.problems = list(problems)


# Record fields stored on the group as they are; location, methods and audience are not.
_STORED_FIELDS = [name for name in GroupRecord.model_fields if name in Group.model_fields]


# --- Export --------------------------------------------------------------------------------


def export_records(session: Session, scope: GroupScope) -> GroupRecords:
    query = select(Group).order_by(col(Group.name), col(Group.id))
    if not scope.is_everything:
        query = query.where(Group.organisation_id == scope.organisation_id)
    found = session.exec(query).all()
    records = records_of(session, found)
    return GroupRecords(generated_at=utcnow(), total=len(records), items=records)


def records_of(session: Session, found: Sequence[Group]) -> list[GroupRecord]:
    public = groups.present_groups(session, found)
    return [
        GroupRecord.model_validate(
            {
                **{name: getattr(group, name) for name in _STORED_FIELDS},
                "location": group.place,
                "methods": [method.slug for method in view.methods],
                "audience": view.audience,
            }
        )
        for group, view in zip(found, public, strict=True)
    ]


# --- Import --------------------------------------------------------------------------------


@dataclass
class _Seen:
    """Rows that already named a group, to catch the same group twice in one file."""

    rows: dict[tuple[str, str], int] = field(default_factory=dict)

    def check(self, row_number: int, *keys: tuple[str, str]) -> None:
        for key in keys:
            earlier = self.rows.get(key)
            if earlier is not None:
                raise RowError((key[0], f"Deze groep staat al in rij {earlier}."))
        for key in keys:
            self.rows[key] = row_number


def import_groups(
    session: Session, rows: list[Any], scope: GroupScope, *, dry_run: bool
) -> ImportReport:
    """Apply every row; keep the result only when it is no dry run and no row failed."""
    seen = _Seen()
    everything = session.begin_nested()
    try:
        results = [
            _import_row(session, number, row, scope, seen, dry_run)
            for number, row in enumerate(rows, start=1)
        ]
    except BaseException:
        everything.rollback()
        raise
    failed = any(result.status == ImportRowStatus.error for result in results)
    if dry_run or failed:
        everything.rollback()
    else:
        everything.commit()
    return _report(results, dry_run=dry_run, applied=not (dry_run or failed))


def _import_row(
    session: Session, number: int, row: Any, scope: GroupScope, seen: _Seen, dry_run: bool
) -> ImportRowResult:
    identity = _identity_of(row)
    savepoint = session.begin_nested()
    try:
        result = _apply_row(session, number, row, scope, seen)
    except (RowError, AppError) as error:
        savepoint.rollback()
        problems = error.problems if isinstance(error, RowError) else [(None, _detail(error))]
        return ImportRowResult(
            row=number,
            status=ImportRowStatus.error,
            **identity,
            errors=[ImportProblem(field=name, message=text) for name, text in problems],
        )
    if result.status == ImportRowStatus.unchanged:
        savepoint.rollback()  # update_group bumped the version; nothing really changed
    else:
        savepoint.commit()
    if dry_run and result.status == ImportRowStatus.created:
        result.group_id = None
    return result


def _apply_row(
    session: Session, number: int, row: Any, scope: GroupScope, seen: _Seen
) -> ImportRowResult:
    if not isinstance(row, dict):
        raise RowError((None, "Elke groep moet een object met velden zijn."))
    _check_columns(row)
    slug, external_id = _text(row, "slug"), _text(row, "external_id")
    data = _validated(row, scope)
    organisation_id = data.organisation_id
    seen.check(
        number,
        *([("slug", slug)] if slug else []),
        *([("external_id", f"{organisation_id}:{external_id}")] if external_id else []),
    )
    group = _matching_group(session, scope, organisation_id, slug, external_id)
    if group is None:
        group = groups.create_group(session, None, data)
        group.external_id = external_id
        session.add(group)
        session.flush()
        return _result(number, ImportRowStatus.created, group)
    before = records_of(session, [group])[0]
    # Fields the row leaves out (an empty CSV cell) keep their current value.
    changes = GroupUpdate.model_validate(data.model_dump(exclude_unset=True))
    groups.update_group(session, group, changes)
    if external_id and group.external_id != external_id:
        group.external_id = external_id
        session.add(group)
        session.flush()
    memberships.offer_free_spots(session, group)
    after = records_of(session, [group])[0]
    status = ImportRowStatus.unchanged if after == before else ImportRowStatus.updated
    return _result(number, status, group)


def _check_columns(row: dict[str, Any]) -> None:
    if EXTRA_CELLS in row:
        raise RowError((None, "Deze regel heeft meer cellen dan er kolommen zijn."))
    unknown = sorted(set(row) - set(COLUMNS))
    if unknown:
        raise RowError(*((name, "Dit veld is onbekend.") for name in unknown))


def _validated(row: dict[str, Any], scope: GroupScope) -> GroupCreate:
    """The same checks as creating a group by hand; a scoped caller's groups always belong
    to its own organisation."""
    fields = {name: value for name, value in row.items() if name not in ("slug", "external_id")}
    if not scope.is_everything:
        given = fields.get("organisation_id")
        if given not in (None, str(scope.organisation_id), scope.organisation_id):
            raise RowError(
                ("organisation_id", "U kunt alleen groepen van uw eigen organisatie importeren.")
            )
        fields["organisation_id"] = scope.organisation_id
    problems: list[tuple[str | None, str]] = []
    for name in ("slug", "external_id"):
        value = row.get(name)
        if value is not None and (not isinstance(value, str) or len(value) > 80):
            problems.append((name, "Vul tekst in van hoogstens 80 tekens."))
    try:
        data = GroupCreate.model_validate(fields)
    except ValidationError as error:
        problems += problems_of(error)
    if problems:
        raise RowError(*problems)
    return data


def _matching_group(
    session: Session,
    scope: GroupScope,
    organisation_id: uuid.UUID | None,
    slug: str | None,
    external_id: str | None,
) -> Group | None:
    """By external_id (unique per organisation), else by slug; None means: a new group."""
    group = None
    if external_id:
        group = session.exec(
            select(Group).where(
                Group.external_id == external_id,
                col(Group.organisation_id).is_(None)
                if organisation_id is None
                else Group.organisation_id == organisation_id,
            )
        ).first()
    if group is None and slug:
        group = session.exec(select(Group).where(Group.slug == slug.lower())).first()
        if group is None:
            raise RowError(
                (
                    "slug",
                    "Er is geen groep met deze slug. Laat slug leeg om een nieuwe groep te maken.",
                )
            )
        if external_id and group.external_id not in (None, external_id):
            raise RowError(("external_id", "Deze groep heeft al een andere external_id."))
    if group is not None and not _in_scope(group, scope):
        raise RowError(("slug", "Deze groep is van een andere organisatie."))
    return group


def _in_scope(group: Group, scope: GroupScope) -> bool:
    return scope.is_everything or group.organisation_id == scope.organisation_id


def _result(number: int, status: ImportRowStatus, group: Group) -> ImportRowResult:
    return ImportRowResult(
        row=number,
        status=status,
        slug=group.slug,
        external_id=group.external_id,
        group_id=group.id,
    )


def _identity_of(row: Any) -> dict[str, str | None]:
    if not isinstance(row, dict):
        return {"slug": None, "external_id": None}
    return {"slug": _text(row, "slug"), "external_id": _text(row, "external_id")}


def _text(row: dict[str, Any], name: str) -> str | None:
    value = row.get(name)
    return (value.strip() or None) if isinstance(value, str) else None


def _detail(error: AppError) -> str:
    return error.detail or error.title


def _report(results: list[ImportRowResult], *, dry_run: bool, applied: bool) -> ImportReport:
    def count(status: ImportRowStatus) -> int:
        return sum(1 for result in results if result.status == status)

    return ImportReport(
        dry_run=dry_run,
        applied=applied,
        total=len(results),
        created=count(ImportRowStatus.created),
        updated=count(ImportRowStatus.updated),
        unchanged=count(ImportRowStatus.unchanged),
        errors=count(ImportRowStatus.error),
        rows=results,
    )
