"""Retention: a case's content is deleted `case_retention_days` (default 90) after its
session ended. The topic tags of cases that were discussed stay as anonymous usage, so the
topic overview keeps its counts; the session runner's notes are cleared at the same moment.

The worker runs `purge_expired_cases(session, now)` as one of its steps; admins can run it by
hand with `intervisiewijzer purge-cases`. No HTTP here; callers commit."""

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlmodel import Session, col, select

from intervisiewijzer.cases.models import Case, CaseAccessAction
from intervisiewijzer.cases.service import remove_cases
from intervisiewijzer.config import get_settings
from intervisiewijzer.runner.service import clear_notes_of_sessions_before
from intervisiewijzer.sessions.models import GroupSession

BATCH_SIZE = 500


@dataclass(frozen=True)
class PurgeRun:
    cases_purged: int
    notes_cleared: int

    @property
    def more_to_do(self) -> bool:
        return self.cases_purged >= BATCH_SIZE


def purge_expired_cases(
    session: Session, now: datetime, retention_days: int | None = None
) -> PurgeRun:
    """Delete at most BATCH_SIZE expired cases (run again while `more_to_do`)."""
    days = retention_days if retention_days is not None else get_settings().case_retention_days
    cutoff = now - timedelta(days=days)
    rows = session.exec(
        select(Case, GroupSession)
        .join(GroupSession, col(GroupSession.id) == Case.session_id)
        .where(col(GroupSession.ends_at) < cutoff)
        .order_by(col(GroupSession.ends_at), col(Case.id))
        .limit(BATCH_SIZE)
    ).all()
    cases = [case for case, _ in rows]
    sessions = {group_session.id: group_session for _, group_session in rows}
    remove_cases(session, cases, sessions, None, CaseAccessAction.purge, now)
    notes = clear_notes_of_sessions_before(session, cutoff)
    return PurgeRun(cases_purged=len(cases), notes_cleared=notes)
