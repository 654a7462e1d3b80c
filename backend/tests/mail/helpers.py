"""A real SMTP server on 127.0.0.1 (aiosmtpd) that keeps what it receives."""

import socket
from collections.abc import Iterator
from contextlib import contextmanager
from email import message_from_bytes, policy
from email.message import EmailMessage
from typing import Any

from aiosmtpd.controller import Controller

from intervisiewijzer.mail.sender import SmtpSender


class RecordingHandler:
    def __init__(self, refuse: set[str]) -> None:
        self.messages: list[EmailMessage] = []
        self.refuse = refuse

    async def handle_RCPT(  # noqa: N802  (aiosmtpd's hook name)
        self, server: Any, session: Any, envelope: Any, address: str, rcpt_options: Any
    ) -> str:
        if address in self.refuse:
            return "550 5.1.1 Mailbox unavailable"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:  # noqa: N802
        message = message_from_bytes(envelope.content, policy=policy.default)
        assert isinstance(message, EmailMessage)
        self.messages.append(message)
        return "250 Message accepted"


def unused_port() -> int:
    """A port nothing listens on (bound, then released)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextmanager
def smtp_server(refuse: set[str] | None = None) -> Iterator[tuple[SmtpSender, RecordingHandler]]:
    handler = RecordingHandler(refuse or set())
    controller = Controller(handler, hostname="127.0.0.1", port=unused_port())
    controller.start()
    try:
        yield SmtpSender(host="127.0.0.1", port=controller.port, starttls=False), handler
    finally:
        controller.stop()
