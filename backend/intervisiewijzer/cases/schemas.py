import uuid
from datetime import datetime
from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints

from intervisiewijzer.cases.models import CaseAccessAction, FollowUpStatus
from intervisiewijzer.common import Page
from intervisiewijzer.sessions.schemas import PersonRef, SessionGroup

# Dutch labels of the free-text fields, for messages about identifying data.
FIELD_LABELS = {
    "title": "Titel",
    "description": "Korte beschrijving",
    "background": "Achtergrond en context",
    "core_question": "Kernvraag",
    "earlier_actions": "Eerdere acties",
    "expectations": "Wat verwacht je van de groep",
    "insights": "Inzichten",
    "action_plan": "Actieplan",
    "notes": "Aantekeningen",
}
CASE_TEXT_FIELDS = (
    "title",
    "description",
    "background",
    "core_question",
    "earlier_actions",
    "expectations",
)
MAX_TOPICS = 5
MAX_ACTION_ITEMS = 20


def _confirmed(value: bool) -> bool:
    if value is not True:
        raise ValueError(
            "bevestig dat de casus anoniem is: geen namen, adressen, geboortedata of andere "
            "gegevens die naar een kind of gezin leiden"
        )
    return value


def _text(max_length: int, min_length: int = 0) -> object:
    return StringConstraints(strip_whitespace=True, min_length=min_length, max_length=max_length)


Title = Annotated[str, _text(120, 3)]
Description = Annotated[str, _text(2000, 1)]
Background = Annotated[str, _text(4000)]
CoreQuestion = Annotated[str, _text(500, 1)]
EarlierActions = Annotated[str, _text(2000)]
Expectations = Annotated[str, _text(1000)]
Insights = Annotated[str, _text(4000)]
ActionText = Annotated[str, _text(500, 1)]
TopicSlug = Annotated[str, StringConstraints(min_length=1, max_length=60)]
AnonymisedConfirmed = Annotated[
    bool,
    AfterValidator(_confirmed),
    Field(description="De inbrenger bevestigt dat de casus geanonimiseerd is (moet true zijn)"),
]
Topics = Annotated[
    list[TopicSlug],
    Field(min_length=1, max_length=MAX_TOPICS, description="Slugs van onderwerpen"),
]


class CaseCreate(BaseModel):
    """The casusinbrengformulier. The case bringer is whoever sends it."""

    model_config = ConfigDict(extra="forbid")

    title: Title = Field(description="Een korte titel, zonder namen")
    description: Description = Field(description="Korte beschrijving van de situatie")
    background: Background = ""
    core_question: CoreQuestion = Field(description="De vraag aan de groep")
    earlier_actions: EarlierActions = ""
    expectations: Expectations = Field(default="", description="Wat verwacht je van de groep?")
    topics: Topics
    anonymised_confirmed: AnonymisedConfirmed


class CaseUpdate(BaseModel):
    """Only the fields sent change; confirming anonymity is required on every change."""

    model_config = ConfigDict(extra="forbid")

    title: Title | None = None
    description: Description | None = None
    background: Background | None = None
    core_question: CoreQuestion | None = None
    earlier_actions: EarlierActions | None = None
    expectations: Expectations | None = None
    topics: Topics | None = None
    anonymised_confirmed: AnonymisedConfirmed


class ActionItemIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: uuid.UUID | None = Field(default=None, description="Leeg voor een nieuw actiepunt")
    text: ActionText
    status: FollowUpStatus = FollowUpStatus.open


class CaseOutcome(BaseModel):
    """What the case bringer takes away: insights and an action plan. Replaces the earlier
    outcome; items sent with their id keep it, items left out are removed."""

    model_config = ConfigDict(extra="forbid")

    insights: Insights = ""
    action_plan: list[ActionItemIn] = Field(default=[], max_length=MAX_ACTION_ITEMS)


class TopicRef(BaseModel):
    slug: str
    name: str


class FollowUpPublic(BaseModel):
    id: uuid.UUID
    position: int
    text: str
    status: FollowUpStatus
    done_at: datetime | None


class CaseSessionRef(BaseModel):
    id: uuid.UUID
    starts_at: datetime
    ends_at: datetime
    group: SessionGroup


class CasePublic(BaseModel):
    id: uuid.UUID
    session: CaseSessionRef
    case_bringer: PersonRef | None
    topics: list[TopicRef]
    title: str
    description: str
    background: str
    core_question: str
    earlier_actions: str
    expectations: str
    insights: str
    action_plan: list[FollowUpPublic]
    anonymised_confirmed_at: datetime
    outcome_recorded_at: datetime | None
    created_at: datetime
    updated_at: datetime
    is_mine: bool = Field(description="Is de beller de casusinbrenger?")
    can_edit: bool = Field(description="Mag de beller de casus wijzigen of verwijderen?")
    delete_after: datetime = Field(
        description="Vanaf dit moment wordt de inhoud automatisch verwijderd (de onderwerpen "
        "blijven anoniem meetellen)"
    )


CasePage = Page[CasePublic]


class CaseAccessLogEntry(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    case_id: uuid.UUID
    member_id: uuid.UUID | None = Field(description="Leeg bij automatisch verwijderen")
    action: CaseAccessAction
    at: datetime


CaseAccessLogPage = Page[CaseAccessLogEntry]


# --- Topics ---------------------------------------------------------------------------------


class TopicPublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    slug: str
    name: str
    active: bool


class TopicCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: Annotated[str, _text(80, 2)]
    slug: Annotated[
        str | None,
        Field(
            default=None,
            max_length=60,
            pattern=r"^[a-z0-9]+(?:-[a-z0-9]+)*$",
            description="Leeg: gemaakt van de naam",
        ),
    ] = None


class TopicUpdate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: Annotated[str, _text(80, 2)] | None = None
    active: bool | None = None


class TopicOverviewCell(BaseModel):
    year: int
    cases: int | None = Field(description="Aantal casussen; leeg als het er te weinig zijn")
    suppressed: bool = Field(description="Te weinig casussen om te tonen (privacy)")


class TopicOverviewRow(BaseModel):
    topic: TopicRef
    cells: list[TopicOverviewCell]


class TopicOverview(BaseModel):
    """Cases per topic per year, across the country. Cells with fewer than `min_cases` cases
    are suppressed; there are no totals, so suppressed cells cannot be worked out."""

    min_cases: int
    years: list[int]
    topics: list[TopicOverviewRow]
