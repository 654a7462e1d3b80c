"""thematic events: coaches, breakout rooms, registrations with waitlist and attendance

Revision ID: 0004
Revises: 0002
Create Date: 2026-11-25 15:07:31.569590
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

import intervisiewijzer.common

revision: str = "0004"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "event",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("theme", sqlmodel.sql.sqltypes.AutoString(length=80), nullable=False),
        sa.Column("title", sqlmodel.sql.sqltypes.AutoString(length=160), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("expert_name", sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
        sa.Column("starts_at", intervisiewijzer.common.UTCDateTime(timezone=True), nullable=False),
        sa.Column("ends_at", intervisiewijzer.common.UTCDateTime(timezone=True), nullable=False),
        sa.Column("plenary_url", sqlmodel.sql.sqltypes.AutoString(length=500), nullable=True),
        sa.Column("capacity", sa.Integer(), nullable=False),
        sa.Column("room_size_max", sa.Integer(), nullable=False),
        sa.Column(
            "registration_closes_at",
            intervisiewijzer.common.UTCDateTime(timezone=True),
            nullable=False,
        ),
        sa.Column("status", sa.String(length=32), nullable=False),
        sa.Column(
            "rooms_assigned_at", intervisiewijzer.common.UTCDateTime(timezone=True), nullable=True
        ),
        sa.Column("created_at", intervisiewijzer.common.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", intervisiewijzer.common.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_event")),
    )
    with op.batch_alter_table("event", schema=None) as batch_op:
        batch_op.create_index("ix_event_status_starts_at", ["status", "starts_at"], unique=False)

    op.create_table(
        "event_coach",
        sa.Column("event_id", sa.Uuid(), nullable=False),
        sa.Column("member_id", sa.Uuid(), nullable=False),
        sa.Column("added_at", intervisiewijzer.common.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["event.id"],
            name=op.f("fk_event_coach_event_id_event"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["member_id"],
            ["member.id"],
            name=op.f("fk_event_coach_member_id_member"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("event_id", "member_id", name=op.f("pk_event_coach")),
    )
    with op.batch_alter_table("event_coach", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_event_coach_member_id"), ["member_id"], unique=False)

    op.create_table(
        "event_room",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("event_id", sa.Uuid(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("coach_id", sa.Uuid(), nullable=True),
        sa.Column("video_url", sqlmodel.sql.sqltypes.AutoString(length=500), nullable=False),
        sa.ForeignKeyConstraint(
            ["coach_id"],
            ["member.id"],
            name=op.f("fk_event_room_coach_id_member"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["event.id"],
            name=op.f("fk_event_room_event_id_event"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_event_room")),
        sa.UniqueConstraint("event_id", "number", name=op.f("uq_event_room_event_id")),
    )
    with op.batch_alter_table("event_room", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_event_room_coach_id"), ["coach_id"], unique=False)

    op.create_table(
        "event_registration",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("event_id", sa.Uuid(), nullable=False),
        sa.Column("member_id", sa.Uuid(), nullable=False),
        sa.Column("status", sa.String(length=32), nullable=False),
        sa.Column("household_code", sqlmodel.sql.sqltypes.AutoString(length=40), nullable=True),
        sa.Column("room_id", sa.Uuid(), nullable=True),
        sa.Column(
            "registered_at", intervisiewijzer.common.UTCDateTime(timezone=True), nullable=False
        ),
        sa.Column(
            "cancelled_at", intervisiewijzer.common.UTCDateTime(timezone=True), nullable=True
        ),
        sa.Column("attended", sa.Boolean(), nullable=True),
        sa.Column(
            "attendance_recorded_at",
            intervisiewijzer.common.UTCDateTime(timezone=True),
            nullable=True,
        ),
        sa.Column("attendance_recorded_by", sa.Uuid(), nullable=True),
        sa.ForeignKeyConstraint(
            ["attendance_recorded_by"],
            ["member.id"],
            name=op.f("fk_event_registration_attendance_recorded_by_member"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["event.id"],
            name=op.f("fk_event_registration_event_id_event"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["member_id"],
            ["member.id"],
            name=op.f("fk_event_registration_member_id_member"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["room_id"],
            ["event_room.id"],
            name=op.f("fk_event_registration_room_id_event_room"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_event_registration")),
        sa.UniqueConstraint("event_id", "member_id", name=op.f("uq_event_registration_event_id")),
    )
    with op.batch_alter_table("event_registration", schema=None) as batch_op:
        batch_op.create_index(
            "ix_event_registration_event_status", ["event_id", "status"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_event_registration_member_id"), ["member_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_event_registration_room_id"), ["room_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("event_registration", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_event_registration_room_id"))
        batch_op.drop_index(batch_op.f("ix_event_registration_member_id"))
        batch_op.drop_index("ix_event_registration_event_status")

    op.drop_table("event_registration")
    with op.batch_alter_table("event_room", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_event_room_coach_id"))

    op.drop_table("event_room")
    with op.batch_alter_table("event_coach", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_event_coach_member_id"))

    op.drop_table("event_coach")
    with op.batch_alter_table("event", schema=None) as batch_op:
        batch_op.drop_index("ix_event_status_starts_at")

    op.drop_table("event")
