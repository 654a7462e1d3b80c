"""performance: trigram indexes for the finder's text search (PostgreSQL only)

The finder's `q` filter is lower(name/description/place) LIKE '%word%'. A B-tree cannot
answer a pattern with a leading wildcard, so PostgreSQL read and lowercased every group's
description: about 120 ms per query at 20,000 groups (docs/performance.md). GIN trigram
indexes (the pg_trgm extension, shipped with PostgreSQL and trusted since version 13, so a
database owner may create it) answer it from the index. SQLite has no such index; there
this migration does nothing and the search keeps scanning, which is fine at its scale.

Revision ID: 0011_performance_indexes
Revises: 0010_privacy_audit
Create Date: 2026-11-25 18:00:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0011_performance_indexes"
down_revision: str | Sequence[str] | None = "0010_privacy_audit"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# (index name, indexed expression); the expressions are exactly those of groups/finder.py.
TRIGRAM_INDEXES = (
    ("ix_intervision_group_name_trgm", "lower(name)"),
    ("ix_intervision_group_description_trgm", "lower(description)"),
    ("ix_intervision_group_place_trgm", "lower(coalesce(place, ''))"),
)


def upgrade() -> None:
    if op.get_context().dialect.name != "postgresql":
        return
    op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    for name, expression in TRIGRAM_INDEXES:
        op.execute(
            f"CREATE INDEX IF NOT EXISTS {name} ON intervision_group "
            f"USING gin ({expression} gin_trgm_ops)"
        )
    # Statistics on the indexed expressions, so the planner uses them straight away.
    op.execute("ANALYZE intervision_group")


def downgrade() -> None:
    if op.get_context().dialect.name != "postgresql":
        return
    for name, _ in TRIGRAM_INDEXES:
        op.execute(f"DROP INDEX IF EXISTS {name}")
    # The extension stays: other objects may have come to depend on it.
