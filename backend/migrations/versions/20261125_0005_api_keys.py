"""api keys and their use log, idempotency records, external ids of groups

Revision ID: 0005
Revises: 0002
Create Date: 2026-11-25 15:08:30.482872
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

import intervisiewijzer.common

revision: str = "0005"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "api_key",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("prefix", sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
        sa.Column("key_hash", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("organisation_id", sa.Uuid(), nullable=True),
        sa.Column("scopes", sa.JSON(), nullable=False),
        sa.Column("allowed_origins", sa.JSON(), nullable=False),
        sa.Column("rate_limit_per_minute", sa.Integer(), nullable=False),
        sa.Column("expires_at", intervisiewijzer.common.UTCDateTime(timezone=True), nullable=True),
        sa.Column("revoked_at", intervisiewijzer.common.UTCDateTime(timezone=True), nullable=True),
        sa.Column(
            "last_used_at", intervisiewijzer.common.UTCDateTime(timezone=True), nullable=True
        ),
        sa.Column("created_by_id", sa.Uuid(), nullable=True),
        sa.Column("created_at", intervisiewijzer.common.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["created_by_id"],
            ["member.id"],
            name=op.f("fk_api_key_created_by_id_member"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_api_key_organisation_id_organisation"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_api_key")),
        sa.UniqueConstraint("key_hash", name=op.f("uq_api_key_key_hash")),
        sa.UniqueConstraint("prefix", name=op.f("uq_api_key_prefix")),
    )
    op.create_index(op.f("ix_api_key_organisation_id"), "api_key", ["organisation_id"])

    op.create_table(
        "api_key_use",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("api_key_id", sa.Uuid(), nullable=False),
        sa.Column("used_at", intervisiewijzer.common.UTCDateTime(timezone=True), nullable=False),
        sa.Column("method", sqlmodel.sql.sqltypes.AutoString(length=10), nullable=False),
        sa.Column("path", sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
        sa.Column("status_code", sa.Integer(), nullable=False),
        sa.Column("origin", sqlmodel.sql.sqltypes.AutoString(length=255), nullable=True),
        sa.ForeignKeyConstraint(
            ["api_key_id"],
            ["api_key.id"],
            name=op.f("fk_api_key_use_api_key_id_api_key"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_api_key_use")),
    )
    op.create_index("ix_api_key_use_key_used_at", "api_key_use", ["api_key_id", "used_at"])

    op.create_table(
        "idempotency_record",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("caller", sqlmodel.sql.sqltypes.AutoString(length=80), nullable=False),
        sa.Column("key", sqlmodel.sql.sqltypes.AutoString(length=255), nullable=False),
        sa.Column("request_hash", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("status_code", sa.Integer(), nullable=False),
        sa.Column("response_body", sa.Text(), nullable=False),
        sa.Column("response_headers", sa.Text(), nullable=False),
        sa.Column("created_at", intervisiewijzer.common.UTCDateTime(timezone=True), nullable=False),
        sa.Column("expires_at", intervisiewijzer.common.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_idempotency_record")),
        sa.UniqueConstraint("caller", "key", name=op.f("uq_idempotency_record_caller")),
    )
    op.create_index(op.f("ix_idempotency_record_expires_at"), "idempotency_record", ["expires_at"])

    # Plain ALTER TABLE ADD COLUMN and CREATE INDEX, no batch: on SQLite a batch would
    # rebuild intervision_group, and dropping the old table cascades to its memberships.
    op.add_column(
        "intervision_group",
        sa.Column("external_id", sqlmodel.sql.sqltypes.AutoString(length=80), nullable=True),
    )
    op.create_index(
        "uq_intervision_group_organisation_external_id",
        "intervision_group",
        ["organisation_id", "external_id"],
        unique=True,
    )


def downgrade() -> None:
    op.drop_index("uq_intervision_group_organisation_external_id", table_name="intervision_group")
    op.drop_column("intervision_group", "external_id")  # SQLite 3.35+: no table rebuild
    op.drop_index(op.f("ix_idempotency_record_expires_at"), table_name="idempotency_record")
    op.drop_table("idempotency_record")
    op.drop_index("ix_api_key_use_key_used_at", table_name="api_key_use")
    op.drop_table("api_key_use")
    op.drop_index(op.f("ix_api_key_organisation_id"), table_name="api_key")
    op.drop_table("api_key")
