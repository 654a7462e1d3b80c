"""The case access log: every read and change of a case, by whom and when, never any text.

Reads are logged at most once per member and case in READ_LOG_WINDOW: the session runner
polls every few seconds, and a row per poll would bury the trail without telling more."""

import uuid
from collections.abc import Iterable
from datetime import datetime, timedelta

from sqlalchemy import func
from sqlmodel import Session, col, select

from intervisiewijzer.cases.models import CaseAccessAction, CaseAccessLog
from intervisiewijzer.cases.schemas import CaseAccessLogEntry, CaseAccessLogPage
from intervisiewijzer.common import Pagination, utcnow

READ_LOG_WINDOW = timedelta(minutes=10)


def log_access(
    session: Session,
    case_ids: Iterable[uuid.UUID],
    member_id: uuid.UUID | None,
    action: CaseAccessAction,
    now: datetime | None = None,
) -> None:
    ids = list(dict.fromkeys(case_ids))
    if not ids:
        return
    now = now or utcnow()
    if action == CaseAccessAction.read and member_id is not None:
        recent = _recently_read(session, ids, member_id, now - READ_LOG_WINDOW)
        ids = [case_id for case_id in ids if case_id not in recent]
    session.add_all(
        CaseAccessLog(case_id=case_id, member_id=member_id, action=action, at=now)
        for case_id in ids
    )
    session.flush()


def list_access_log(
    session: Session,
    pagination: Pagination,
    case_id: uuid.UUID | None = None,
    member_id: uuid.UUID | None = None,
    action: CaseAccessAction | None = None,
) -> CaseAccessLogPage:
    """Newest first."""
    query = select(CaseAccessLog)
    if case_id is not None:
        query = query.where(CaseAccessLog.case_id == case_id)
    if member_id is not None:
        query = query.where(CaseAccessLog.member_id == member_id)
    if action is not None:
        query = query.where(CaseAccessLog.action == action)
    total = session.exec(select(func.count()).select_from(query.subquery())).one()
    rows = session.exec(
        query.order_by(col(CaseAccessLog.at).desc(), col(CaseAccessLog.id))
        .limit(pagination.limit)
        .offset(pagination.offset)
    ).all()
    return CaseAccessLogPage(
        items=[CaseAccessLogEntry.model_validate(row) for row in rows],
        total=total,
        limit=pagination.limit,
        offset=pagination.offset,
    )


def _recently_read(
    session: Session, case_ids: list[uuid.UUID], member_id: uuid.UUID, since: datetime
) -> set[uuid.UUID]:
    return set(
        session.exec(
            select(CaseAccessLog.case_id).where(
                col(CaseAccessLog.case_id).in_(case_ids),
                CaseAccessLog.member_id == member_id,
                CaseAccessLog.action == CaseAccessAction.read,
                CaseAccessLog.at >= since,
            )
        ).all()
    )
