from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlmodel import Session

from intervisiewijzer.models import metadata


def test_models_and_migrations_do_not_drift(session: Session) -> None:
    context = MigrationContext.configure(session.connection(), opts={"compare_type": True})
    assert compare_metadata(context, metadata) == []


def test_methods_are_seeded_by_migration(session: Session) -> None:
    from sqlmodel import select

    from intervisiewijzer.methods.models import Method

    slugs = set(session.exec(select(Method.slug)).all())
    assert {"incidentmethode", "roddelmethode", "oplossingsgerichte-intervisie"} <= slugs
