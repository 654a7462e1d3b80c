from pydantic import BaseModel, ConfigDict, Field

from intervisiewijzer.methods.library import (
    DepthLevel,
    GroupExperience,
    PhaseKind,
    ReflectionModel,
    Situation,
)


class MethodPublic(BaseModel):
    """A method in the library list. Content fields are null for a method without library
    content (none today: every seeded method has it)."""

    model_config = ConfigDict(from_attributes=True)

    slug: str
    name: str
    summary: str
    goal: str | None = None
    when_to_use: str | None = None
    total_minutes: int | None = Field(default=None, description="Som van de fasen, in minuten")
    phase_count: int = 0
    group_experience: GroupExperience | None = Field(
        default=None, description="Hoeveel ervaring de groep minstens nodig heeft"
    )
    suited_for: list[Situation] = Field(
        default=[], description="Situaties waarvoor de methode goed past, de beste eerst"
    )


class QuestionKindRef(BaseModel):
    slug: str
    name: str


class MethodPhasePublic(BaseModel):
    index: int = Field(description="Plaats in de volgorde, vanaf 0")
    key: str
    kind: PhaseKind = Field(description="De algemene fase van een bijeenkomst")
    name: str
    minutes: int
    description: str
    question_kinds: list[QuestionKindRef]
    helping_questions: list[str]


class MethodFitPublic(BaseModel):
    situation: Situation
    weight: int = Field(description="1 (past redelijk) tot 3 (past heel goed)")
    reason: str


class MethodDetail(MethodPublic):
    phases: list[MethodPhasePublic]
    example_questions: list[str]
    fits: list[MethodFitPublic]


class ReflectionCardPublic(BaseModel):
    id: str
    category: str
    category_name: str
    question: str


class ReflectionGuide(BaseModel):
    """Korthagen's spiral model and the three depth levels of intervision."""

    model: ReflectionModel
    depth_levels: list[DepthLevel]


class MethodSuggestionRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    situations: list[Situation] = Field(
        min_length=1,
        max_length=6,
        description="Wat past bij de casus? Bijvoorbeeld recent_incident of stuck_pattern.",
    )
    group_experience: GroupExperience = GroupExperience.some
    minutes_available: int | None = Field(
        default=None, ge=30, le=300, description="Hoeveel minuten de bespreking mag duren"
    )
    limit: int = Field(default=3, ge=1, le=10)


class MethodSuggestion(BaseModel):
    method: MethodPublic
    score: int
    reason: str = Field(description="Waarom deze methode past, in gewone taal")
    cautions: list[str] = Field(description="Aandachtspunten: ervaring van de groep, tijd")


class MethodSuggestions(BaseModel):
    items: list[MethodSuggestion]
