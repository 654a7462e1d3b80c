"""Recording audited actions, and the admin's view of them together with the case access log."""

import uuid
from datetime import date, datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, col

from intervisiewijzer.cases.models import Case, CaseAccessLog
from intervisiewijzer.common import Pagination, utcnow
from intervisiewijzer.groups.models import Group
from intervisiewijzer.members.models import Member
from intervisiewijzer.privacy.models import AuditEvent, AuditKind
from intervisiewijzer.privacy.schemas import AuditLogEntry, AuditLogKind, AuditLogPage
from intervisiewijzer.sessions.localtime import start_of_local_day

CASE_PREFIX = "case_"


def record_event(
    session: Session,
    kind: AuditKind,
    actor_id: uuid.UUID | None,
    *,
    group_id: uuid.UUID | None = None,
    target_id: uuid.UUID | None = None,
    now: datetime | None = None,
) -> AuditEvent:
    """Add one audit row (the caller commits). Ids only: never pass content."""
    event = AuditEvent(
        kind=kind,
        actor_id=actor_id,
        group_id=group_id,
        target_id=target_id,
        created_at=now or utcnow(),
    )
    session.add(event)
    session.flush()
    return event


def _events_query(kind: AuditLogKind | None) -> Any:
    if kind is not None and kind.startswith(CASE_PREFIX):
        return None
    query: Any = sa.select(
        col(AuditEvent.id).label("id"),
        col(AuditEvent.kind).label("kind"),
        col(AuditEvent.created_at).label("at"),
        col(AuditEvent.actor_id).label("actor_id"),
        col(AuditEvent.group_id).label("group_id"),
        col(AuditEvent.target_id).label("target_id"),
    )
    if kind is not None:
        query = query.where(col(AuditEvent.kind) == kind.value)
    return query


def _case_access_query(kind: AuditLogKind | None) -> Any:
    if kind is not None and not kind.startswith(CASE_PREFIX):
        return None
    # The case's group while the case exists; the log itself keeps no group.
    query: Any = sa.select(
        col(CaseAccessLog.id).label("id"),
        (sa.literal(CASE_PREFIX) + col(CaseAccessLog.action)).label("kind"),
        col(CaseAccessLog.at).label("at"),
        col(CaseAccessLog.member_id).label("actor_id"),
        col(Case.group_id).label("group_id"),
        col(CaseAccessLog.case_id).label("target_id"),
    ).select_from(sa.outerjoin(CaseAccessLog, Case, col(Case.id) == col(CaseAccessLog.case_id)))
    if kind is not None:
        query = query.where(col(CaseAccessLog.action) == kind.removeprefix(CASE_PREFIX))
    return query


def list_audit_log(
    session: Session,
    pagination: Pagination,
    kind: AuditLogKind | None = None,
    since: date | None = None,
    until: date | None = None,
) -> AuditLogPage:
    """Newest first; `since` and `until` are Dutch calendar days, both included."""
    parts = [q for q in (_events_query(kind), _case_access_query(kind)) if q is not None]
    start = start_of_local_day(since) if since is not None else None
    end = start_of_local_day(until + timedelta(days=1)) if until is not None else None
    filtered: list[Any] = []
    for part in parts:
        at = part.selected_columns.at
        if start is not None:
            part = part.where(at >= start)
        if end is not None:
            part = part.where(at < end)
        filtered.append(part)
    union: Any = filtered[0] if len(filtered) == 1 else sa.union_all(*filtered)
    combined = union.subquery("log")
    total = session.execute(sa.select(sa.func.count()).select_from(combined)).scalar_one()
    rows = session.execute(
        sa.select(
            combined,
            col(Member.full_name).label("actor_name"),
            col(Group.name).label("group_name"),
        )
        .select_from(
            combined.outerjoin(Member, col(Member.id) == combined.c.actor_id).outerjoin(
                Group, col(Group.id) == combined.c.group_id
            )
        )
        .order_by(combined.c.at.desc(), combined.c.id)
        .limit(pagination.limit)
        .offset(pagination.offset)
    ).all()
    return AuditLogPage(
        items=[
            AuditLogEntry(
                id=row.id,
                kind=AuditLogKind(row.kind),
                at=row.at,
                actor_id=row.actor_id,
                actor_name=row.actor_name,
                group_id=row.group_id,
                group_name=row.group_name,
                target_id=row.target_id,
            )
            for row in rows
        ],
        total=total,
        limit=pagination.limit,
        offset=pagination.offset,
    )
