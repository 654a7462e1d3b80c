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
    """Bring the database schema up to date (alembic upgrade heads)."""
    config = Config(str(PROJECT_ROOT / "backend" / "alembic.ini"))
    command.upgrade(config, "heads")


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


if __name__ == "__main__":
    app()
