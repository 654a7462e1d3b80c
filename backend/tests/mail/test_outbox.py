"""The outbox: emails go out through a real (local) SMTP server; failures back off and retry."""

from datetime import UTC, datetime, timedelta

import pytest
from sqlmodel import Session

from intervisiewijzer.config import Settings
from intervisiewijzer.mail import service
from intervisiewijzer.mail.models import EmailStatus, OutboxEmail
from intervisiewijzer.mail.sender import SmtpSender
from tests.mail.helpers import smtp_server, unused_port

NOW = datetime(2027, 3, 1, 9, 0, tzinfo=UTC)
SETTINGS = Settings(mail_from="Intervisiewijzer <noreply@intervisiewijzer.nl>", mail_max_attempts=3)


def queued(session: Session, to: str = "ans@example.nl", **fields: object) -> OutboxEmail:
    email = service.queue_email(
        session, to, "Nieuwe bijeenkomst", "Hoi Ans,\n\nTot dinsdag!\n", NOW
    )
    for name, value in fields.items():
        setattr(email, name, value)
    session.flush()
    return email


def test_due_emails_are_sent_and_marked(session: Session) -> None:
    first, second = queued(session), queued(session, to="bert@example.nl")
    not_yet = queued(session, next_attempt_at=NOW + timedelta(minutes=5))
    with smtp_server() as (sender, inbox):
        run = service.run_once(session, NOW, sender, SETTINGS)

    assert run == service.MailRun(sent=2)
    assert sorted(message["To"] for message in inbox.messages) == [
        "ans@example.nl",
        "bert@example.nl",
    ]
    message = next(m for m in inbox.messages if m["To"] == "ans@example.nl")
    assert message["Subject"] == "Nieuwe bijeenkomst"
    assert message["From"] == "Intervisiewijzer <noreply@intervisiewijzer.nl>"
    assert message["Message-ID"] == f"<{first.id}@intervisiewijzer.nl>"
    assert message.get_content().replace("\r\n", "\n") == "Hoi Ans,\n\nTot dinsdag!\n"
    for email in (first, second):
        assert (email.status, email.sent_at, email.attempts) == (EmailStatus.sent, NOW, 1)
    assert not_yet.status == EmailStatus.pending


def test_subject_stays_on_one_line(session: Session) -> None:
    email = service.queue_email(session, "a@example.nl", "Kring\r\nBcc: x@example.nl", "Tekst")
    assert email.subject == "Kring Bcc: x@example.nl"


def test_unreachable_server_backs_off_then_fails(session: Session) -> None:
    email = queued(session)
    closed = SmtpSender(host="127.0.0.1", port=unused_port(), starttls=False, timeout=2)

    assert service.run_once(session, NOW, closed, SETTINGS) == service.MailRun(retrying=1)
    assert (email.status, email.attempts) == (EmailStatus.pending, 1)
    assert email.next_attempt_at == NOW + timedelta(minutes=1)
    assert email.last_error == "ConnectionRefusedError"

    # not due yet: left alone
    assert service.run_once(session, NOW + timedelta(seconds=30), closed, SETTINGS).retrying == 0
    assert email.attempts == 1

    later = NOW + timedelta(minutes=1)
    service.run_once(session, later, closed, SETTINGS)
    assert (email.attempts, email.next_attempt_at) == (2, later + timedelta(minutes=2))

    last = service.run_once(session, later + timedelta(minutes=2), closed, SETTINGS)
    assert last == service.MailRun(failed=1)
    assert (email.status, email.attempts, email.sent_at) == (EmailStatus.failed, 3, None)


def test_a_retry_succeeds_once_the_server_is_back(session: Session) -> None:
    email = queued(session)
    closed = SmtpSender(host="127.0.0.1", port=unused_port(), starttls=False, timeout=2)
    service.run_once(session, NOW, closed, SETTINGS)
    with smtp_server() as (sender, inbox):
        service.run_once(session, NOW + timedelta(minutes=1), sender, SETTINGS)
    assert len(inbox.messages) == 1
    assert (email.status, email.attempts, email.last_error) == (EmailStatus.sent, 2, None)


def test_refused_recipient_fails_at_once(session: Session) -> None:
    email = queued(session, to="weg@example.nl")
    with smtp_server(refuse={"weg@example.nl"}) as (sender, inbox):
        run = service.run_once(session, NOW, sender, SETTINGS)
    assert run == service.MailRun(failed=1)
    assert (email.status, email.last_error) == (EmailStatus.failed, "SMTPRecipientsRefused")
    assert inbox.messages == []


def test_without_smtp_host_emails_wait(session: Session) -> None:
    email = queued(session)
    assert service.run_once(session, NOW, None, SETTINGS) == service.MailRun(waiting_for_smtp=1)
    assert (email.status, email.attempts) == (EmailStatus.pending, 0)


@pytest.mark.parametrize(
    ("attempts", "minutes"), [(1, 1), (2, 2), (3, 4), (4, 8), (9, 256), (10, 360), (15, 360)]
)
def test_backoff_doubles_up_to_six_hours(attempts: int, minutes: int) -> None:
    assert service.retry_delay(attempts) == timedelta(minutes=minutes)
