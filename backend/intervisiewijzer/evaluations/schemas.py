import uuid
from datetime import datetime
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

from intervisiewijzer.common import Page
from intervisiewijzer.evaluations.questions import EvaluationKind

Score = Annotated[int, Field(ge=1, le=5, description="1 (helemaal oneens) tot 5 (helemaal eens)")]
Depth = Annotated[
    int,
    Field(
        ge=1,
        le=3,
        description="1 de casus, 2 het handelen van de casusinbrenger, 3 waarden en overtuigingen",
    ),
]
FreeText = Annotated[
    str,
    Field(
        max_length=2000,
        description="Alleen voor jezelf, en voor de facilitator als je dat aanzet (zonder naam)",
    ),
]
ShareFlag = Annotated[
    bool, Field(description="Mag de facilitator je vrije tekst lezen, zonder je naam?")
]


# --- Answers -------------------------------------------------------------------------------


class SessionEvaluationInput(BaseModel):
    model_config = ConfigDict(str_strip_whitespace=True)

    safety: Score
    structure: Score
    preparation: Score
    facilitator: Score | None = Field(default=None, description="Leeg als er geen facilitator was")
    everyone_heard: Score
    depth_level: Depth
    learned: Score
    will_do_differently: Score
    free_text: FreeText | None = None
    share_free_text_with_facilitator: ShareFlag = False


class SessionEvaluationPublic(SessionEvaluationInput):
    """Your own evaluation; nobody else ever sees it like this."""

    session_id: uuid.UUID
    submitted_at: datetime
    updated_at: datetime
    answer_until: datetime = Field(description="Tot wanneer je je antwoorden kunt wijzigen")


class GroupEvaluationInput(BaseModel):
    model_config = ConfigDict(str_strip_whitespace=True)

    functioning: Score
    balance: Score
    methods: Score
    agreements_kept: Score
    frequency: Score
    organisation: Score
    free_text: FreeText | None = None
    share_free_text_with_facilitator: ShareFlag = False


class GroupEvaluationPublic(GroupEvaluationInput):
    """Your own yearly evaluation; nobody else ever sees it like this."""

    group_id: uuid.UUID
    year: int
    submitted_at: datetime
    updated_at: datetime
    answer_until: datetime


class EvaluationReceipt(BaseModel):
    session_id: uuid.UUID
    submitted_at: datetime
    answer_until: datetime


# --- The form ------------------------------------------------------------------------------


class ScaleLabel(BaseModel):
    value: int
    label: str


class QuestionPublic(BaseModel):
    key: str
    label: str = Field(description="Korte naam, voor grafieken")
    text: str = Field(description="De vraag zoals de invuller hem leest")
    help: str | None
    optional: bool
    scale_min: int = 1
    scale_max: int
    scale_labels: list[ScaleLabel]


class QuestionSet(BaseModel):
    session: list[QuestionPublic]
    yearly: list[QuestionPublic]


class EvaluationGroup(BaseModel):
    id: uuid.UUID
    slug: str
    name: str


class EvaluationLinkForm(BaseModel):
    """What the link page shows: which meeting, the questions, and whether it is answered.
    Answers already given are never shown here: the link may have been forwarded."""

    session_id: uuid.UUID
    group: EvaluationGroup
    starts_at: datetime
    ends_at: datetime
    answer_until: datetime
    already_answered: bool
    questions: list[QuestionPublic]


class PendingEvaluation(BaseModel):
    kind: EvaluationKind
    group: EvaluationGroup
    session_id: uuid.UUID | None = Field(description="Bij een evaluatie van een bijeenkomst")
    starts_at: datetime | None = Field(description="Begin van de bijeenkomst")
    year: int | None = Field(description="Bij een jaarevaluatie")
    answer_until: datetime


class PendingEvaluationPage(Page[PendingEvaluation]):
    pass


# --- Aggregates ----------------------------------------------------------------------------


class Bar(BaseModel):
    value: int
    label: str
    count: int


class Cell(BaseModel):
    """One criterion for one set of respondents. Suppressed cells carry no numbers."""

    key: str
    label: str
    count: int | None = Field(description="Aantal antwoorden; leeg als het er te weinig zijn")
    mean: float | None
    distribution: list[Bar] | None = Field(
        description="Aantal per antwoord; leeg als een staaf te klein zou zijn"
    )
    suppressed: bool = Field(description="Te weinig antwoorden om iets te tonen")
    distribution_suppressed: bool


class EvaluationSummary(BaseModel):
    """Aggregates only, for members of the group."""

    available: bool = Field(description="Zijn de antwoorden definitief (invullen gesloten)?")
    available_from: datetime
    min_cell_size: int
    response_count: int | None = Field(description="Leeg bij minder dan min_cell_size")
    notice: str | None = Field(description="Uitleg als er (nog) niets te zien is")
    criteria: list[Cell]


class SessionEvaluationSummary(EvaluationSummary):
    session_id: uuid.UUID


class GroupEvaluationSummary(EvaluationSummary):
    group_id: uuid.UUID
    year: int


class SharedComments(BaseModel):
    """Free texts whose authors chose to share them with the facilitator; never with names."""

    available: bool
    available_from: datetime
    notice: str | None
    comments: list[str]
