"""The email outbox: queue an email in the caller's transaction; the worker sends it later
with retries and exponential backoff. No HTTP here; callers commit."""

import logging
import re
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func
from sqlmodel import Session, col, select

from intervisiewijzer.common import utcnow
from intervisiewijzer.config import Settings, get_settings
from intervisiewijzer.mail.models import EmailStatus, OutboxEmail
from intervisiewijzer.mail.sender import MailSender, build_message, describe_error, is_permanent

logger = logging.getLogger(__name__)

BATCH_SIZE = 50
FIRST_RETRY = timedelta(minutes=1)
LONGEST_RETRY = timedelta(hours=6)


def queue_email(
    session: Session, to_address: str, subject: str, body: str, now: datetime | None = None
) -> OutboxEmail:
    """Due at once (or at `now`, for callers with their own clock)."""
    now = now or utcnow()
    email = OutboxEmail(
        to_address=to_address,
        subject=_one_line(subject)[:200],
        body=body,
        created_at=now,
        next_attempt_at=now,
    )
    session.add(email)
    return email


def retry_delay(attempts: int) -> timedelta:
    """1, 2, 4, 8 ... minutes after the failed attempt, at most 6 hours."""
    return min(FIRST_RETRY * 2 ** (attempts - 1), LONGEST_RETRY)


@dataclass
class MailRun:
    sent: int = 0
    retrying: int = 0
    failed: int = 0
    waiting_for_smtp: int = 0


def run_once(
    session: Session, now: datetime, sender: MailSender | None, settings: Settings | None = None
) -> MailRun:
    """Send the emails that are due. Without a mail server they stay pending (counted in
    `waiting_for_smtp`; the worker logs that number, never any content)."""
    settings = settings or get_settings()
    if sender is None:
        return MailRun(waiting_for_smtp=_count_due(session, now))
    run = MailRun()
    for email in _due(session, now):
        try:
            sender.send(build_message(email, settings.mail_from))
        except Exception as error:  # any failure: record it and try again later
            _record_failure(email, error, now, settings.mail_max_attempts)
            if email.status == EmailStatus.failed:
                run.failed += 1
            else:
                run.retrying += 1
        else:
            email.status, email.sent_at, email.last_error = EmailStatus.sent, now, None
            email.attempts += 1
            run.sent += 1
        session.add(email)
    session.flush()
    return run


def _due(session: Session, now: datetime) -> list[OutboxEmail]:
    # SKIP LOCKED lets several workers share the outbox on PostgreSQL.
    return list(
        session.exec(
            select(OutboxEmail)
            .where(OutboxEmail.status == EmailStatus.pending, OutboxEmail.next_attempt_at <= now)
            .order_by(col(OutboxEmail.next_attempt_at), col(OutboxEmail.id))
            .limit(BATCH_SIZE)
            .with_for_update(skip_locked=True)
        ).all()
    )


def _count_due(session: Session, now: datetime) -> int:
    return session.exec(
        select(func.count())
        .select_from(OutboxEmail)
        .where(OutboxEmail.status == EmailStatus.pending, OutboxEmail.next_attempt_at <= now)
    ).one()


def _record_failure(email: OutboxEmail, error: Exception, now: datetime, max_attempts: int) -> None:
    email.attempts += 1
    email.last_error = describe_error(error)
    if is_permanent(error) or email.attempts >= max_attempts:
        email.status = EmailStatus.failed
        logger.error(
            "Email %s failed for good after %d attempt(s): %s",
            email.id,
            email.attempts,
            email.last_error,
        )
        return
    email.next_attempt_at = now + retry_delay(email.attempts)
    logger.warning(
        "Email %s not sent (attempt %d): %s; next try at %s",
        email.id,
        email.attempts,
        email.last_error,
        email.next_attempt_at.isoformat(),
    )


def _one_line(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()
