"""Sending one email over SMTP with the standard library (smtplib + email.message)."""

import smtplib
import ssl
import uuid
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import format_datetime, parseaddr
from typing import Protocol

from intervisiewijzer.common import utcnow
from intervisiewijzer.config import Settings
from intervisiewijzer.mail.models import OutboxEmail


class MailSender(Protocol):
    def send(self, message: EmailMessage) -> None: ...


@dataclass(frozen=True)
class SmtpSender:
    host: str
    port: int
    username: str | None = None
    password: str | None = None
    starttls: bool = True
    timeout: float = 10

    def send(self, message: EmailMessage) -> None:
        with smtplib.SMTP(self.host, self.port, timeout=self.timeout) as smtp:
            if self.starttls:
                smtp.starttls(context=ssl.create_default_context())
            if self.username:
                smtp.login(self.username, self.password or "")
            smtp.send_message(message)


def smtp_sender(settings: Settings) -> SmtpSender | None:
    """The configured mail server, or None when IW_SMTP_HOST is not set."""
    if not settings.smtp_host:
        return None
    return SmtpSender(
        host=settings.smtp_host,
        port=settings.smtp_port,
        username=settings.smtp_username,
        password=settings.smtp_password.get_secret_value() if settings.smtp_password else None,
        starttls=settings.smtp_starttls,
        timeout=settings.smtp_timeout_seconds,
    )


def build_message(email: OutboxEmail, mail_from: str) -> EmailMessage:
    """The outbox email as a message; its Message-ID stays the same across retries."""
    return compose(mail_from, email.to_address, email.subject, email.body, email.id)


def compose(
    mail_from: str, to_address: str, subject: str, body: str, message_id: uuid.UUID
) -> EmailMessage:
    """A plain-text message."""
    domain = parseaddr(mail_from)[1].rpartition("@")[2] or "intervisiewijzer.nl"
    message = EmailMessage()
    message["From"] = mail_from
    message["To"] = to_address
    message["Subject"] = subject
    message["Date"] = format_datetime(utcnow())
    message["Message-ID"] = f"<{message_id}@{domain}>"
    message["Auto-Submitted"] = "auto-generated"
    message.set_content(body)
    return message


def describe_error(error: Exception) -> str:
    """What went wrong, safe to store and log: the error class and SMTP code, never the
    server's reply text (it can echo a username) or the message content."""
    code = getattr(error, "smtp_code", None)
    return f"{type(error).__name__} {code}" if code else type(error).__name__


def is_permanent(error: Exception) -> bool:
    """Every recipient refused with a 5xx code: trying again will not help."""
    if not isinstance(error, smtplib.SMTPRecipientsRefused) or not error.recipients:
        return False
    return all(code >= 500 for code, _ in error.recipients.values())
