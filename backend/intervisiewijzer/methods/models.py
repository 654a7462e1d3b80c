import uuid

from sqlmodel import Field, SQLModel

from intervisiewijzer.common import new_id


class Method(SQLModel, table=True):
    """An intervision method (incidentmethode, roddelmethode, ...), referenced by slug."""

    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    slug: str = Field(max_length=60, unique=True)
    name: str = Field(max_length=120)
    summary: str = Field(default="", max_length=500)
    position: int = 0
