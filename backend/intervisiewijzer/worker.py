"""The background worker, its own process (`intervisiewijzer worker`): it sends outbox
emails, delivers webhooks and queues meeting reminders. Each step is a plain function of
(session, now) in its own transaction, so one failing step never holds up the others."""

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

import httpx
from sqlalchemy import Engine
from sqlmodel import Session

from intervisiewijzer.cases.retention import PurgeRun, purge_expired_cases
from intervisiewijzer.common import utcnow
from intervisiewijzer.config import Settings, get_settings
from intervisiewijzer.mail import service as mail
from intervisiewijzer.mail.sender import MailSender, smtp_sender
from intervisiewijzer.notifications.reminders import UpcomingSessionsQuery, due_session_reminders
from intervisiewijzer.sessions.announcements import upcoming_sessions as planned_sessions_between
from intervisiewijzer.webhooks import delivery as webhooks
from intervisiewijzer.webhooks.urls import Resolver, system_resolver

logger = logging.getLogger(__name__)

Step = Callable[[Session, datetime], object]


@dataclass
class Worker:
    """What the steps talk to; tests pass fakes."""

    settings: Settings
    mail_sender: MailSender | None
    http_transport: httpx.BaseTransport | None = None
    resolve: Resolver = system_resolver
    upcoming_sessions: UpcomingSessionsQuery = planned_sessions_between

    _reported_waiting: int = field(default=0, init=False, repr=False)

    def send_emails(self, session: Session, now: datetime) -> mail.MailRun:
        run = mail.run_once(session, now, self.mail_sender, self.settings)
        if run.waiting_for_smtp != self._reported_waiting:
            self._reported_waiting = run.waiting_for_smtp
            if run.waiting_for_smtp:
                # The count only: never addresses or subjects.
                logger.warning(
                    "No SMTP host configured (IW_SMTP_HOST): %d email(s) stay pending",
                    run.waiting_for_smtp,
                )
        return run

    def deliver_webhooks(self, session: Session, now: datetime) -> webhooks.DeliveryRun:
        return webhooks.run_once(
            session,
            now,
            transport=self.http_transport,
            resolve=self.resolve,
            settings=self.settings,
        )

    def queue_reminders(self, session: Session, now: datetime) -> int:
        return due_session_reminders(session, now, self.upcoming_sessions)

    def purge_cases(self, session: Session, now: datetime) -> PurgeRun:
        return purge_expired_cases(session, now)

    @property
    def steps(self) -> dict[str, Step]:
        # Reminders first: their emails go out in the same round.
        return {
            "reminders": self.queue_reminders,
            "emails": self.send_emails,
            "webhooks": self.deliver_webhooks,
            "case-retention": self.purge_cases,
        }


def default_worker(settings: Settings | None = None) -> Worker:
    settings = settings or get_settings()
    return Worker(
        settings=settings,
        mail_sender=smtp_sender(settings),
    )


def run_round(
    new_session: Callable[[], Session], worker: Worker, now: datetime | None = None
) -> dict[str, object]:
    """Every step once, each in its own session and committed on its own. Returns what each
    step reported; a failing step is logged and tried again next round."""
    now = now or utcnow()
    results: dict[str, object] = {}
    for name, step in worker.steps.items():
        with new_session() as session:
            try:
                results[name] = step(session, now)
                session.commit()
            except Exception:
                session.rollback()
                logger.exception("Worker step %s failed; trying again next round", name)
    return results


def run_forever(engine: Engine, worker: Worker, stop: threading.Event) -> None:
    """Rounds until `stop` is set, waiting the configured interval in between."""
    logger.info("Worker started (every %ss)", worker.settings.worker_interval_seconds)
    while not stop.is_set():
        run_round(lambda: Session(engine), worker)
        stop.wait(worker.settings.worker_interval_seconds)
    logger.info("Worker stopped")
