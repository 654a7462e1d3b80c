"""One worker round: reminders are queued, emails sent, webhooks delivered; a failing step
does not stop the others."""

import logging
import uuid
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta

import httpx
import pytest
from sqlmodel import Session

from intervisiewijzer.config import Settings
from intervisiewijzer.mail.models import EmailStatus
from intervisiewijzer.mail.service import queue_email
from intervisiewijzer.notifications.reminders import UpcomingSession
from intervisiewijzer.webhooks import service as webhooks
from intervisiewijzer.webhooks.models import DeliveryStatus
from intervisiewijzer.worker import Worker, run_round
from tests.factories import add_membership, make_group, make_member
from tests.mail.helpers import smtp_server
from tests.notifications.helpers import emails_to
from tests.webhooks.helpers import FakeResolver, subscribe

NOW = datetime(2027, 3, 1, 9, 0, tzinfo=UTC)


def sessions_in(session: Session) -> Callable[[], Session]:
    """Worker sessions inside the test's transaction: their commits are savepoints."""
    return lambda: Session(bind=session.connection(), join_transaction_mode="create_savepoint")


def test_one_round_does_everything(session: Session) -> None:
    group = make_group(session, name="Kring Bunnik")
    member = make_member(session)
    add_membership(session, group, member)
    meeting = UpcomingSession(uuid.uuid4(), group.id, NOW + timedelta(days=1))
    subscription, _ = subscribe(session, ["group.changed"])
    ping = webhooks.queue_ping(session, subscription)
    ping.next_attempt_at = NOW
    session.flush()
    received: list[httpx.Request] = []

    def partner(request: httpx.Request) -> httpx.Response:
        received.append(request)
        return httpx.Response(200)

    def upcoming(_: Session, start: datetime, end: datetime) -> Sequence[UpcomingSession]:
        return [meeting]

    with smtp_server() as (sender, inbox):
        worker = Worker(
            settings=Settings(),
            mail_sender=sender,
            http_transport=httpx.MockTransport(partner),
            resolve=FakeResolver(),
            upcoming_sessions=upcoming,
        )
        results = run_round(sessions_in(session), worker, NOW)

    assert set(results) == {"reminders", "emails", "webhooks", "case-retention"}
    assert [message["Subject"] for message in inbox.messages] == ["Binnenkort: Kring Bunnik"]
    [email] = emails_to(session, member)
    assert email.status == EmailStatus.sent
    assert len(received) == 1
    session.refresh(ping)
    assert ping.status == DeliveryStatus.delivered


def test_a_failing_step_is_logged_and_the_rest_still_runs(
    session: Session, caplog: pytest.LogCaptureFixture
) -> None:
    def broken(_: Session, start: datetime, end: datetime) -> Sequence[UpcomingSession]:
        raise RuntimeError("sessions query broke")

    worker = Worker(settings=Settings(), mail_sender=None, upcoming_sessions=broken)
    results = run_round(sessions_in(session), worker, NOW)
    assert "reminders" not in results
    assert set(results) == {"emails", "webhooks", "case-retention"}
    assert "Worker step reminders failed" in caplog.text


def test_waiting_emails_are_logged_once_without_content(
    session: Session, caplog: pytest.LogCaptureFixture
) -> None:
    queue_email(session, "ans@example.nl", "Nieuwe bijeenkomst", "Tot dinsdag", NOW)
    session.flush()
    worker = Worker(settings=Settings(), mail_sender=None)
    with caplog.at_level(logging.WARNING, logger="intervisiewijzer.worker"):
        for minute in range(3):
            run_round(sessions_in(session), worker, NOW + timedelta(minutes=minute))
    assert caplog.messages == ["No SMTP host configured (IW_SMTP_HOST): 1 email(s) stay pending"]
    assert "ans@example.nl" not in caplog.text and "Nieuwe bijeenkomst" not in caplog.text
