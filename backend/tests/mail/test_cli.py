"""`send-test-email` goes straight through the configured server."""

import pytest
from typer.testing import CliRunner

from intervisiewijzer import config
from intervisiewijzer.cli import app
from intervisiewijzer.config import Settings
from tests.mail.helpers import smtp_server, unused_port

runner = CliRunner()


def use_settings(monkeypatch: pytest.MonkeyPatch, **fields: object) -> None:
    settings = Settings(**fields)  # type: ignore[arg-type]
    monkeypatch.setattr(config, "get_settings", lambda: settings)


def test_send_test_email(monkeypatch: pytest.MonkeyPatch) -> None:
    with smtp_server() as (sender, inbox):
        use_settings(monkeypatch, smtp_host=sender.host, smtp_port=sender.port, smtp_starttls=False)
        result = runner.invoke(app, ["send-test-email", "--to", "beheer@example.nl"])
    assert result.exit_code == 0, result.output
    [message] = inbox.messages
    assert message["To"] == "beheer@example.nl"
    assert message["Subject"] == "Testbericht van Intervisiewijzer"


def test_send_test_email_reports_failure(monkeypatch: pytest.MonkeyPatch) -> None:
    use_settings(
        monkeypatch,
        smtp_host="127.0.0.1",
        smtp_port=unused_port(),
        smtp_starttls=False,
        smtp_password="geheim-wachtwoord",
    )
    result = runner.invoke(app, ["send-test-email", "--to", "beheer@example.nl"])
    assert result.exit_code == 1
    assert "ConnectionRefusedError" in result.output
    assert "geheim-wachtwoord" not in result.output


def test_send_test_email_without_host(monkeypatch: pytest.MonkeyPatch) -> None:
    use_settings(monkeypatch, smtp_host=None)
    result = runner.invoke(app, ["send-test-email", "--to", "beheer@example.nl"])
    assert result.exit_code == 1
    assert "IW_SMTP_HOST" in result.output
