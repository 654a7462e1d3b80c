"""members, organisations, groups and memberships; the list of intervision methods

Revision ID: 0001
Revises:
Create Date: 2026-11-25 14:41:51.628101
"""

import uuid
from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

import intervisiewijzer.common

METHOD_NAMESPACE = uuid.UUID("6f1d8a52-3c55-4c8e-9f57-0a7f3d0f5e11")
METHODS = [
    (
        "incidentmethode",
        "Incidentmethode",
        "Een recent, concreet voorval stap voor stap onderzoeken.",
    ),
    (
        "vijf-stappenmethode",
        "Vijf-stappenmethode",
        "Van probleem en vragen via analyse naar advies en een eigen besluit.",
    ),
    (
        "roddelmethode",
        "Roddelmethode",
        "De groep bespreekt de casus alsof de inbrenger er niet bij is; die luistert mee.",
    ),
    (
        "spiegelmethode",
        "Spiegelmethode",
        "Groepsleden spiegelen wat zij zien en voelen terug aan de inbrenger.",
    ),
    (
        "analytische-methode",
        "Analytische methode",
        "Een ingewikkeld vraagstuk ordenen in feiten, oorzaken en gevolgen.",
    ),
    (
        "oplossingsgerichte-intervisie",
        "Oplossingsgerichte intervisie",
        "Waarderen wat werkt, een gewenste toekomst verbeelden en kleine stappen vinden.",
    ),
    (
        "narratieve-intervisie",
        "Narratieve intervisie",
        "Het verhaal van de inbrenger centraal: andere lezingen van dezelfde ervaring.",
    ),
    (
        "creatieve-technieken",
        "Creatieve en visuele technieken",
        "Met beelden, tekeningen of opstellingen een situatie anders bekijken.",
    ),
    (
        "cirkelmethode",
        "Cirkelmethode",
        "Iedereen reageert om de beurt, zodat elke stem gehoord wordt.",
    ),
    (
        "tien-stappenmethode",
        "Tien-stappenmethode",
        "Een uitgebreide, strak gefaseerde vorm van de stappenmethode.",
    ),
]

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "member",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("email", sqlmodel.sql.sqltypes.AutoString(length=254), nullable=False),
        sa.Column("hashed_password", sqlmodel.sql.sqltypes.AutoString(length=255), nullable=False),
        sa.Column("full_name", sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("employment_form", sa.String(length=32), nullable=True),
        sa.Column("years_experience", sa.Integer(), nullable=True),
        sa.Column("registration_body", sa.String(length=32), nullable=True),
        sa.Column(
            "registration_number", sqlmodel.sql.sqltypes.AutoString(length=40), nullable=True
        ),
        sa.Column("province", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=True),
        sa.Column("is_admin", sa.Boolean(), nullable=False),
        sa.Column("is_active", sa.Boolean(), nullable=False),
        sa.Column("token_version", sa.Integer(), nullable=False),
        sa.Column("created_at", intervisiewijzer.common.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", intervisiewijzer.common.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_member")),
    )
    with op.batch_alter_table("member", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_member_email"), ["email"], unique=True)

    op.create_table(
        "method",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("slug", sqlmodel.sql.sqltypes.AutoString(length=60), nullable=False),
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
        sa.Column("summary", sqlmodel.sql.sqltypes.AutoString(length=500), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_method")),
        sa.UniqueConstraint("slug", name=op.f("uq_method_slug")),
    )
    op.create_table(
        "organisation",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(length=160), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("website", sqlmodel.sql.sqltypes.AutoString(length=255), nullable=True),
        sa.Column("created_at", intervisiewijzer.common.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_organisation")),
        sa.UniqueConstraint("name", name=op.f("uq_organisation_name")),
    )
    op.create_table(
        "intervision_group",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("slug", sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("mode", sa.String(length=32), nullable=False),
        sa.Column("province", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=True),
        sa.Column("place", sqlmodel.sql.sqltypes.AutoString(length=80), nullable=True),
        sa.Column("lat", sa.Float(), nullable=True),
        sa.Column("lon", sa.Float(), nullable=True),
        sa.Column("meetings_per_year", sa.Integer(), nullable=False),
        sa.Column("weekday", sa.String(length=32), nullable=True),
        sa.Column("daypart", sa.String(length=32), nullable=True),
        sa.Column("session_minutes", sa.Integer(), nullable=False),
        sa.Column("size_min", sa.Integer(), nullable=False),
        sa.Column("size_max", sa.Integer(), nullable=False),
        sa.Column("facilitator_type", sa.String(length=32), nullable=False),
        sa.Column("identity", sqlmodel.sql.sqltypes.AutoString(length=40), nullable=True),
        sa.Column("language", sqlmodel.sql.sqltypes.AutoString(length=8), nullable=False),
        sa.Column("accepts_skj", sa.Boolean(), nullable=False),
        sa.Column("accepts_registerplein", sa.Boolean(), nullable=False),
        sa.Column("organisation_id", sa.Uuid(), nullable=True),
        sa.Column("lifecycle", sa.String(length=32), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", intervisiewijzer.common.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", intervisiewijzer.common.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_intervision_group_organisation_id_organisation"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_intervision_group")),
        sa.UniqueConstraint("slug", name=op.f("uq_intervision_group_slug")),
    )
    with op.batch_alter_table("intervision_group", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_intervision_group_facilitator_type"), ["facilitator_type"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_intervision_group_identity"), ["identity"], unique=False
        )
        batch_op.create_index("ix_intervision_group_lat_lon", ["lat", "lon"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_intervision_group_lifecycle"), ["lifecycle"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_intervision_group_mode"), ["mode"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_intervision_group_organisation_id"), ["organisation_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_intervision_group_province"), ["province"], unique=False
        )

    op.create_table(
        "organisation_member",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("organisation_id", sa.Uuid(), nullable=False),
        sa.Column("member_id", sa.Uuid(), nullable=False),
        sa.Column("role", sa.String(length=32), nullable=False),
        sa.Column("created_at", intervisiewijzer.common.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["member_id"],
            ["member.id"],
            name=op.f("fk_organisation_member_member_id_member"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_organisation_member_organisation_id_organisation"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_organisation_member")),
        sa.UniqueConstraint(
            "organisation_id", "member_id", name=op.f("uq_organisation_member_organisation_id")
        ),
    )
    with op.batch_alter_table("organisation_member", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_organisation_member_member_id"), ["member_id"], unique=False
        )

    op.create_table(
        "group_audience",
        sa.Column("group_id", sa.Uuid(), nullable=False),
        sa.Column("audience", sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
        sa.ForeignKeyConstraint(
            ["group_id"],
            ["intervision_group.id"],
            name=op.f("fk_group_audience_group_id_intervision_group"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("group_id", "audience", name=op.f("pk_group_audience")),
    )
    with op.batch_alter_table("group_audience", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_group_audience_audience"), ["audience"], unique=False)

    op.create_table(
        "group_method",
        sa.Column("group_id", sa.Uuid(), nullable=False),
        sa.Column("method_id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["group_id"],
            ["intervision_group.id"],
            name=op.f("fk_group_method_group_id_intervision_group"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["method_id"],
            ["method.id"],
            name=op.f("fk_group_method_method_id_method"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("group_id", "method_id", name=op.f("pk_group_method")),
    )
    with op.batch_alter_table("group_method", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_group_method_method_id"), ["method_id"], unique=False)

    op.create_table(
        "membership",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("group_id", sa.Uuid(), nullable=False),
        sa.Column("member_id", sa.Uuid(), nullable=False),
        sa.Column("role", sa.String(length=32), nullable=False),
        sa.Column("joined_at", intervisiewijzer.common.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["group_id"],
            ["intervision_group.id"],
            name=op.f("fk_membership_group_id_intervision_group"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["member_id"],
            ["member.id"],
            name=op.f("fk_membership_member_id_member"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_membership")),
        sa.UniqueConstraint("group_id", "member_id", name=op.f("uq_membership_group_id")),
    )
    with op.batch_alter_table("membership", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_membership_member_id"), ["member_id"], unique=False)

    seed_methods()


def seed_methods() -> None:
    method = sa.table(
        "method",
        sa.column("id", sa.Uuid()),
        sa.column("slug", sa.String()),
        sa.column("name", sa.String()),
        sa.column("summary", sa.String()),
        sa.column("position", sa.Integer()),
    )
    op.bulk_insert(
        method,
        [
            {
                "id": uuid.uuid5(METHOD_NAMESPACE, slug),
                "slug": slug,
                "name": name,
                "summary": summary,
                "position": position,
            }
            for position, (slug, name, summary) in enumerate(METHODS)
        ],
    )


def downgrade() -> None:
    with op.batch_alter_table("membership", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_membership_member_id"))

    op.drop_table("membership")
    with op.batch_alter_table("group_method", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_group_method_method_id"))

    op.drop_table("group_method")
    with op.batch_alter_table("group_audience", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_group_audience_audience"))

    op.drop_table("group_audience")
    with op.batch_alter_table("organisation_member", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_organisation_member_member_id"))

    op.drop_table("organisation_member")
    with op.batch_alter_table("intervision_group", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_intervision_group_province"))
        batch_op.drop_index(batch_op.f("ix_intervision_group_organisation_id"))
        batch_op.drop_index(batch_op.f("ix_intervision_group_mode"))
        batch_op.drop_index(batch_op.f("ix_intervision_group_lifecycle"))
        batch_op.drop_index("ix_intervision_group_lat_lon")
        batch_op.drop_index(batch_op.f("ix_intervision_group_identity"))
        batch_op.drop_index(batch_op.f("ix_intervision_group_facilitator_type"))

    op.drop_table("intervision_group")
    op.drop_table("organisation")
    op.drop_table("method")
    with op.batch_alter_table("member", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_member_email"))

    op.drop_table("member")
