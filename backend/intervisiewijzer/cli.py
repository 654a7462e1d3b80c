"""Admin commands: `intervisiewijzer --help`."""

import json
from pathlib import Path
from typing import Annotated

import typer
from alembic import command
from alembic.config import Config
from sqlmodel import Session

from intervisiewijzer.config import PROJECT_ROOT
from intervisiewijzer.db import get_engine
from intervisiewijzer.errors import AppError
from intervisiewijzer.members import service as members
from intervisiewijzer.members.models import MemberKind
from intervisiewijzer.members.schemas import MemberCreate

app = typer.Typer(help="Beheeropdrachten voor Intervisiewijzer.", no_args_is_help=True)

OPENAPI_PATH = PROJECT_ROOT / "openapi" / "openapi.json"


def openapi_document() -> str:
    from intervisiewijzer.main import create_app

    return json.dumps(create_app().openapi(), indent=2, ensure_ascii=False) + "\n"


@app.command()
def migrate() -> None:
    """Bring the database schema up to date (alembic upgrade head)."""
    config = Config(str(PROJECT_ROOT / "backend" / "alembic.ini"))
    command.upgrade(config, "head")


@app.command("create-admin")
def create_admin(
    email: Annotated[str, typer.Option(help="E-mailadres van de beheerder")],
    full_name: Annotated[str, typer.Option("--name", help="Volledige naam")],
    password: Annotated[str, typer.Option(prompt=True, hide_input=True, confirmation_prompt=True)],
) -> None:
    """Create a platform admin (Present 24x7 staff)."""
    data = MemberCreate(email=email, password=password, full_name=full_name, kind=MemberKind.other)
    with Session(get_engine()) as session:
        try:
            members.create_member(session, data, is_admin=True)
        except AppError as error:
            typer.echo(f"Niet gelukt: {error.detail}", err=True)
            raise typer.Exit(1) from error
        session.commit()
    typer.echo(f"Beheerder {email} aangemaakt.")


@app.command("seed-demo")
def seed_demo() -> None:
    """Load demo data (groups across all provinces, a demo admin and member). Idempotent."""
    from intervisiewijzer.demo.seed import DEMO_ADMIN, DEMO_MEMBER, seed_demo_data

    with Session(get_engine()) as session:
        created = seed_demo_data(session)
        session.commit()
    if created:
        typer.echo("Demodata geladen.")
    else:
        typer.echo("Demodata was al geladen.")
    for label, (email, password) in (("beheerder", DEMO_ADMIN), ("lid", DEMO_MEMBER)):
        typer.echo(f"  Demo-{label}: {email} / {password}")


@app.command("export-openapi")
def export_openapi(
    path: Annotated[Path, typer.Argument(help="Waar het document komt")] = OPENAPI_PATH,
) -> None:
    """Write the OpenAPI document of the app to openapi/openapi.json."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(openapi_document(), encoding="utf-8")
    typer.echo(f"OpenAPI geschreven naar {path}")


@app.command()
def worker(
    once: Annotated[bool, typer.Option("--once", help="Eén ronde en dan stoppen")] = False,
) -> None:
    """Run the background worker: outbox emails, webhooks, meeting reminders."""
    import logging
    import signal
    import threading

    from intervisiewijzer.config import get_settings
    from intervisiewijzer.worker import default_worker, run_forever, run_round

    logging.basicConfig(level=get_settings().log_level)
    background = default_worker()
    if once:
        run_round(lambda: Session(get_engine()), background)
        return
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    try:
        run_forever(get_engine(), background, stop)
    except KeyboardInterrupt:
        stop.set()


@app.command("send-test-email")
def send_test_email(
    to: Annotated[str, typer.Option("--to", help="Naar welk e-mailadres")],
) -> None:
    """Send one email straight through the configured SMTP server, to check the settings."""
    from intervisiewijzer.common import new_id
    from intervisiewijzer.config import get_settings
    from intervisiewijzer.mail.sender import compose, describe_error, smtp_sender

    settings = get_settings()
    sender = smtp_sender(settings)
    if sender is None:
        typer.echo("Er is geen mailserver ingesteld (IW_SMTP_HOST).", err=True)
        raise typer.Exit(1)
    message = compose(
        settings.mail_from,
        to,
        "Testbericht van Intervisiewijzer",
        "Hallo!\n\nDit is een testbericht. Komt het aan, dan staat de e-mail goed ingesteld.\n",
        new_id(),
    )
    try:
        sender.send(message)
    except Exception as error:
        typer.echo(f"Versturen mislukt: {describe_error(error)}", err=True)
        raise typer.Exit(1) from error
    typer.echo(f"Testbericht verstuurd naar {to} via {sender.host}:{sender.port}.")


def _fail(message: str) -> typer.Exit:
    typer.echo(f"Niet gelukt: {message}", err=True)
    return typer.Exit(1)


@app.command("issue-api-key")
def issue_api_key(
    name: Annotated[str, typer.Option(help="Voor wie de sleutel is")],
    kind: Annotated[str, typer.Option(help="partner of organisation")],
    organisation: Annotated[
        str | None, typer.Option(help="Id of naam van de organisatie (organisatiesleutels)")
    ] = None,
    origin: Annotated[
        list[str] | None,
        typer.Option("--origin", help="Website die de sleutel in de browser gebruikt (herhaal)"),
    ] = None,
    scope: Annotated[
        list[str] | None, typer.Option("--scope", help="Recht, bv. organisation:groups (herhaal)")
    ] = None,
    rate_limit: Annotated[int, typer.Option(help="Verzoeken per minuut")] = 120,
    expires: Annotated[
        str | None, typer.Option(help="Vervaldatum, JJJJ-MM-DD (UTC) of ISO 8601 met tijdzone")
    ] = None,
) -> None:
    """Issue an API key to a partner site or an organisation. The key is printed only once."""
    from datetime import UTC, datetime

    from pydantic import ValidationError

    from intervisiewijzer.apikeys import service as apikeys
    from intervisiewijzer.apikeys.schemas import ApiKeyCreate
    from intervisiewijzer.integrations.formats import problems_of

    with Session(get_engine()) as session:
        try:
            expires_at = datetime.fromisoformat(expires) if expires else None
            if expires_at is not None and expires_at.tzinfo is None:
                expires_at = expires_at.replace(tzinfo=UTC)
            data = ApiKeyCreate.model_validate(
                {
                    "name": name,
                    "kind": kind,
                    "organisation_id": apikeys.organisation_by_ref(session, organisation).id
                    if organisation
                    else None,
                    "allowed_origins": origin or [],
                    "scopes": scope or None,
                    "rate_limit_per_minute": rate_limit,
                    "expires_at": expires_at,
                }
            )
            key, secret = apikeys.issue_key(session, data, None)
        except ValidationError as error:
            problems = "; ".join(f"{field}: {text}" for field, text in problems_of(error))
            raise _fail(problems) from error
        except ValueError as error:
            raise _fail("de vervaldatum is geen geldige datum (JJJJ-MM-DD).") from error
        except AppError as error:
            raise _fail(error.detail or error.title) from error
        label = f"{key.prefix} ({key.kind.value}, id {key.id})"
        session.commit()
    typer.echo(f"API-sleutel {label} aangemaakt. Je ziet hem alleen nu, bewaar hem veilig:")
    typer.echo(secret)


@app.command("revoke-api-key")
def revoke_api_key(
    key: Annotated[str, typer.Argument(help="Id of prefix (iw_...) van de sleutel")],
) -> None:
    """Revoke an API key; it stops working at once (other processes: within 30 seconds)."""
    from intervisiewijzer.apikeys import service as apikeys

    with Session(get_engine()) as session:
        try:
            found = apikeys.revoke(session, apikeys.find_by_id_or_prefix(session, key))
        except AppError as error:
            raise _fail(error.detail or error.title) from error
        label = f"{found.prefix} ({found.name})"
        session.commit()
    typer.echo(f"API-sleutel {label} is ingetrokken.")


@app.command("export-groups")
def export_groups(
    format_: Annotated[str, typer.Option("--format", help="csv of json")] = "csv",
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Bestand; zonder: naar stdout")
    ] = None,
) -> None:
    """Export every group (also closed ones) as CSV or JSON, in the import's format."""
    from intervisiewijzer.integrations import formats
    from intervisiewijzer.integrations.service import EVERYTHING, export_records

    if format_ not in ("csv", "json"):
        raise _fail("kies --format csv of --format json.")
    with Session(get_engine()) as session:
        records = export_records(session, EVERYTHING)
    text = (
        formats.records_to_csv(records.items)
        if format_ == "csv"
        else formats.records_to_json(records) + "\n"
    )
    if output is None:
        typer.echo(text, nl=False)
        return
    output.write_text(text, encoding="utf-8")
    typer.echo(f"{records.total} groepen geschreven naar {output}", err=True)


@app.command("import-groups")
def import_groups(
    file: Annotated[Path, typer.Argument(help="CSV- of JSON-bestand", exists=True, dir_okay=False)],
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Alleen controleren")] = False,
) -> None:
    """Create and update groups from a CSV or JSON file: all rows, or nothing if one fails."""
    from intervisiewijzer.integrations.service import EVERYTHING
    from intervisiewijzer.integrations.service import import_groups as run_import
    from intervisiewijzer.integrations.upload import ImportUpload

    upload = ImportUpload("json" if file.suffix.lower() == ".json" else "csv", file.read_bytes())
    with Session(get_engine()) as session:
        try:
            report = run_import(session, upload.rows(), EVERYTHING, dry_run=dry_run)
        except AppError as error:
            raise _fail(error.detail or error.title) from error
        if report.applied:
            session.commit()
    for row in report.rows:
        for problem in row.errors:
            where = f" ({problem.field})" if problem.field else ""
            typer.echo(f"Rij {row.row}{where}: {problem.message}", err=True)
    typer.echo(
        f"{report.created} nieuw, {report.updated} bijgewerkt, {report.unchanged} ongewijzigd, "
        f"{report.errors} met fouten."
    )
    if report.dry_run:
        typer.echo("Proefimport: er is niets opgeslagen.")
    elif not report.applied:
        typer.echo("Er is niets opgeslagen: los de fouten op en probeer het opnieuw.", err=True)
    if report.errors:
        raise typer.Exit(1)


@app.command("purge-cases")
def purge_cases() -> None:
    """Delete case content older than the retention period (IW_CASE_RETENTION_DAYS after the
    session); topic tags stay as anonymous counts. The worker does this too."""
    from intervisiewijzer.cases.retention import purge_expired_cases
    from intervisiewijzer.common import utcnow

    purged = cleared = 0
    while True:
        with Session(get_engine()) as session:
            run = purge_expired_cases(session, utcnow())
            session.commit()
        purged += run.cases_purged
        cleared += run.notes_cleared
        if not run.more_to_do:
            break
    typer.echo(
        f"{purged} casus(sen) verwijderd, aantekeningen van {cleared} bijeenkomst(en) gewist."
    )


@app.command("rotate-case-key")
def rotate_case_key() -> None:
    """Re-encrypt all case text with IW_CASE_ENCRYPTION_KEY; keep the previous key in
    IW_CASE_ENCRYPTION_OLD_KEYS while this runs, and remove it afterwards."""
    from cryptography.fernet import InvalidToken

    from intervisiewijzer.cases.rotation import reencrypt_all

    with Session(get_engine()) as session:
        try:
            count = reencrypt_all(session)
        except InvalidToken as error:
            typer.echo(
                "Niet gelukt: een tekst past bij geen van de sleutels. Zet de vorige sleutel in "
                "IW_CASE_ENCRYPTION_OLD_KEYS.",
                err=True,
            )
            raise typer.Exit(1) from error
        session.commit()
    typer.echo(f"{count} tekst(en) opnieuw versleuteld met de huidige sleutel.")


if __name__ == "__main__":
    app()
