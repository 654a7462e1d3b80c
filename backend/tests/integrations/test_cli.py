"""Admin commands for API keys and bulk group files."""

import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlmodel import Session, select
from typer.testing import CliRunner

from intervisiewijzer import cli
from intervisiewijzer.apikeys.models import ApiKey
from intervisiewijzer.groups.models import Group
from intervisiewijzer.security import hash_api_key
from tests.apikeys.helpers import issue_key, make_organisation
from tests.factories import make_group
from tests.integrations.helpers import NEW_ROW, csv_text

runner = CliRunner()


@pytest.fixture(autouse=True)
def commands_use_test_session(monkeypatch: pytest.MonkeyPatch, session: Session) -> None:
    @contextmanager
    def test_session(*_args: object) -> Iterator[Session]:
        yield session

    monkeypatch.setattr(cli, "Session", test_session)


def test_issue_api_key_prints_it_once(session: Session) -> None:
    organisation = make_organisation(session, name="Zorg Oost")
    result = runner.invoke(
        cli.app,
        [
            "issue-api-key",
            "--name",
            "Koppeling Zorg Oost",
            "--kind",
            "organisation",
            "--organisation",
            "Zorg Oost",
            "--rate-limit",
            "30",
            "--expires",
            "2099-01-01",
        ],
    )
    assert result.exit_code == 0, result.output
    secret = result.output.strip().splitlines()[-1]
    key = session.exec(select(ApiKey)).one()
    assert key.key_hash == hash_api_key(secret)
    assert (key.organisation_id, key.rate_limit_per_minute) == (organisation.id, 30)
    assert key.expires_at is not None and key.expires_at.year == 2099


def test_issue_api_key_explains_mistakes(session: Session) -> None:
    result = runner.invoke(
        cli.app, ["issue-api-key", "--name", "Partner", "--kind", "partner", "--origin", "ftp://x"]
    )
    assert result.exit_code == 1
    assert "origin" in result.output
    assert session.execute(text("SELECT count(*) FROM api_key")).scalar_one() == 0


def test_revoke_api_key_by_prefix(session: Session) -> None:
    key, _ = issue_key(session)
    result = runner.invoke(cli.app, ["revoke-api-key", key.prefix])
    assert result.exit_code == 0, result.output
    session.refresh(key)
    assert key.revoked_at is not None
    assert runner.invoke(cli.app, ["revoke-api-key", "iw_onbekend"]).exit_code == 1


def test_export_and_import_groups(session: Session, tmp_path: Path) -> None:
    make_group(session, name="Bestaande groep")
    exported = runner.invoke(cli.app, ["export-groups", "--format", "json"])
    assert exported.exit_code == 0, exported.output
    assert [item["name"] for item in json.loads(exported.stdout)["items"]] == ["Bestaande groep"]

    source = tmp_path / "groepen.csv"
    source.write_text(csv_text([NEW_ROW]), encoding="utf-8")
    tried = runner.invoke(cli.app, ["import-groups", str(source), "--dry-run"])
    assert tried.exit_code == 0, tried.output
    assert "1 nieuw" in tried.output and "niets opgeslagen" in tried.output
    assert len(session.exec(select(Group)).all()) == 1

    imported = runner.invoke(cli.app, ["import-groups", str(source)])
    assert imported.exit_code == 0, imported.output
    assert len(session.exec(select(Group)).all()) == 2

    target = tmp_path / "export.csv"
    written = runner.invoke(cli.app, ["export-groups", "--output", str(target)])
    assert written.exit_code == 0
    assert target.read_text(encoding="utf-8").startswith("external_id,slug,name")


def test_import_groups_with_errors_stores_nothing(session: Session, tmp_path: Path) -> None:
    source = tmp_path / "groepen.csv"
    source.write_text(csv_text([NEW_ROW, {**NEW_ROW, "name": "X"}]), encoding="utf-8")
    result = runner.invoke(cli.app, ["import-groups", str(source)])
    assert result.exit_code == 1
    assert "Rij 2 (name)" in result.output
    assert session.exec(select(Group)).all() == []
