"""The method library: content of every method (goal, phases with minutes, helping questions),
the seven kinds of helping questions, reflection cards, the session phases, the reflection
model and the depth levels. Written in our own Dutch words and shipped as a versioned data
file (library.json), read and checked once."""

from enum import StrEnum
from functools import lru_cache
from pathlib import Path
from typing import Self

from pydantic import BaseModel, Field, model_validator

LIBRARY_PATH = Path(__file__).with_name("library.json")


class Situation(StrEnum):
    """What the case bringer says about the case; the method helper matches on these."""

    recent_incident = "recent_incident"
    stuck_pattern = "stuck_pattern"
    wants_solutions = "wants_solutions"
    complex_problem = "complex_problem"
    wants_other_perspectives = "wants_other_perspectives"
    emotional_load = "emotional_load"


class GroupExperience(StrEnum):
    """How long a group has worked together; methods state the least they need."""

    new = "new"
    some = "some"
    experienced = "experienced"

    @property
    def rank(self) -> int:
        return list(GroupExperience).index(self)


class PhaseKind(StrEnum):
    """The general session phase a method step belongs to."""

    opening = "opening"
    presentation = "presentation"
    clarifying = "clarifying"
    reflection = "reflection"
    advice = "advice"
    response = "response"
    closing = "closing"


class SessionPhase(BaseModel):
    key: PhaseKind
    name: str
    min_minutes: int = Field(ge=1)
    max_minutes: int = Field(ge=1)
    optional: bool
    description: str


class HelpingQuestionKind(BaseModel):
    slug: str
    name: str
    purpose: str
    questions: list[str] = Field(min_length=1)


class ReflectionCard(BaseModel):
    id: str
    question: str


class ReflectionCardCategory(BaseModel):
    slug: str
    name: str
    cards: list[ReflectionCard] = Field(min_length=1)


class ReflectionStep(BaseModel):
    number: int
    name: str
    description: str
    questions: list[str]


class ReflectionModel(BaseModel):
    name: str
    summary: str
    steps: list[ReflectionStep]


class DepthLevel(BaseModel):
    level: int
    name: str
    learning: str
    description: str
    example_question: str


class MethodFit(BaseModel):
    situation: Situation
    weight: int = Field(ge=1, le=3)
    reason: str


class MethodPhase(BaseModel):
    key: str
    kind: PhaseKind
    name: str
    minutes: int = Field(ge=1, le=60)
    description: str
    question_kinds: list[str]
    helping_questions: list[str] = Field(min_length=1)


class MethodContent(BaseModel):
    slug: str
    goal: str
    when_to_use: str
    group_experience: GroupExperience
    fits: list[MethodFit]
    phases: list[MethodPhase] = Field(min_length=2)
    example_questions: list[str] = Field(min_length=1)

    @property
    def total_minutes(self) -> int:
        return sum(phase.minutes for phase in self.phases)

    def weight_for(self, situation: Situation) -> MethodFit | None:
        return next((fit for fit in self.fits if fit.situation == situation), None)

    @model_validator(mode="after")
    def phase_keys_are_unique(self) -> Self:
        keys = [phase.key for phase in self.phases]
        if len(keys) != len(set(keys)):
            raise ValueError(f"{self.slug}: phase keys must be unique")
        return self


class Library(BaseModel):
    version: int
    session_phases: list[SessionPhase]
    helping_question_kinds: list[HelpingQuestionKind]
    reflection_card_categories: list[ReflectionCardCategory]
    reflection_model: ReflectionModel
    depth_levels: list[DepthLevel]
    methods: list[MethodContent]

    @model_validator(mode="after")
    def references_resolve(self) -> Self:
        kinds = {kind.slug for kind in self.helping_question_kinds}
        for method in self.methods:
            for phase in method.phases:
                unknown = set(phase.question_kinds) - kinds
                if unknown:
                    raise ValueError(f"{method.slug}/{phase.key}: unknown kinds {unknown}")
        card_ids = [card.id for cat in self.reflection_card_categories for card in cat.cards]
        if len(card_ids) != len(set(card_ids)):
            raise ValueError("reflection card ids must be unique")
        slugs = [method.slug for method in self.methods]
        if len(slugs) != len(set(slugs)):
            raise ValueError("method slugs must be unique")
        return self

    def method(self, slug: str) -> MethodContent | None:
        return next((method for method in self.methods if method.slug == slug), None)

    def kind(self, slug: str) -> HelpingQuestionKind | None:
        return next((kind for kind in self.helping_question_kinds if kind.slug == slug), None)

    def card(self, card_id: str) -> tuple[ReflectionCardCategory, ReflectionCard] | None:
        for category in self.reflection_card_categories:
            for card in category.cards:
                if card.id == card_id:
                    return category, card
        return None

    @property
    def card_ids(self) -> list[str]:
        return [card.id for cat in self.reflection_card_categories for card in cat.cards]


@lru_cache
def get_library() -> Library:
    return Library.model_validate_json(LIBRARY_PATH.read_text(encoding="utf-8"))
