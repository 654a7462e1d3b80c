from datetime import date, datetime

from pydantic import BaseModel, Field

from intervisiewijzer.evaluations.questions import EvaluationKind
from intervisiewijzer.evaluations.schemas import Cell


class Breakdown(BaseModel):
    """One series for a chart: the criterion per category of one dimension."""

    key: str = Field(description="facilitator_type, mode, frequency of period")
    label: str
    cells: list[Cell]


class CriterionReport(BaseModel):
    key: str
    label: str
    question: str
    scale_max: int
    overall: Cell
    breakdowns: list[Breakdown]


class ResearchSection(BaseModel):
    kind: EvaluationKind
    label: str
    response_count: int | None = Field(description="Leeg bij minder dan min_cell_size")
    criteria: list[CriterionReport]


class ResearchReport(BaseModel):
    """Aggregates only; no cell holds fewer than `min_cell_size` answers."""

    generated_at: datetime
    min_cell_size: int
    data_until: date | None = Field(
        description="Alleen bijeenkomsten vóór deze datum tellen mee (publiek: hele kwartalen)"
    )
    suppression_rule: str
    sections: list[ResearchSection]
