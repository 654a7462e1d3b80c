import uuid
from datetime import datetime
from enum import StrEnum

from pydantic import BaseModel, Field


class HealthStatus(StrEnum):
    ok = "ok"
    attention = "attention"
    unknown = "unknown"  # not enough data to say


class HealthCriterion(BaseModel):
    key: str
    label: str
    status: HealthStatus
    value: str | None = Field(description="Wat de gegevens laten zien, leesbaar")
    measure: float | None = Field(
        description="Het getal achter `value` (aantal, aandeel 0-1 of gemiddelde), voor grafieken"
    )
    target: str = Field(description="Waar goed functionerende groepen op uitkomen")
    tip: str


class GroupHealth(BaseModel):
    group_id: uuid.UUID
    generated_at: datetime
    period_start: datetime = Field(description="Begin van de periode van 12 maanden")
    criteria: list[HealthCriterion]
    ok_count: int
    attention_count: int
    unknown_count: int
