import uuid
from datetime import datetime

from sqlalchemy import JSON, Text
from sqlmodel import Field, SQLModel

from intervisiewijzer.common import UTCDateTime, new_id, utcnow


class SessionRun(SQLModel, table=True):
    """A session as it is being held: the method's phases one by one, a timer per phase,
    reflection cards drawn and the group's notes. The notes are about the case, so they are
    encrypted like case text and cleared with it."""

    __tablename__ = "session_run"

    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    session_id: uuid.UUID = Field(foreign_key="group_session.id", ondelete="CASCADE", unique=True)
    method_slug: str = Field(max_length=60)
    phase_index: int = 0
    phase_started_at: datetime = Field(sa_type=UTCDateTime)
    started_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    started_by_id: uuid.UUID | None = Field(
        default=None, foreign_key="member.id", ondelete="SET NULL"
    )
    finished_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    drawn_card_ids: list[str] = Field(default_factory=list, sa_type=JSON)
    notes_encrypted: str | None = Field(default=None, sa_type=Text)
    notes_version: int = 0
    notes_updated_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    notes_updated_by_id: uuid.UUID | None = Field(
        default=None, foreign_key="member.id", ondelete="SET NULL"
    )
