from typing import Annotated

from fastapi import APIRouter, Path, Query

from intervisiewijzer.db import SessionDep
from intervisiewijzer.errors import NotFoundError, problem_responses
from intervisiewijzer.methods import service
from intervisiewijzer.methods.library import HelpingQuestionKind, SessionPhase, get_library
from intervisiewijzer.methods.schemas import (
    MethodDetail,
    MethodPublic,
    MethodSuggestionRequest,
    MethodSuggestions,
    ReflectionCardPublic,
    ReflectionGuide,
)

router = APIRouter(tags=["methods"])

MethodSlug = Annotated[str, Path(max_length=60, description="Slug van de methode")]


@router.get("/methods")
def list_methods(session: SessionDep) -> list[MethodPublic]:
    """The intervision methods groups can work with, with goal, duration and what they suit."""
    return [service.present_method(method) for method in service.all_methods(session)]


@router.post("/methods/suggest", responses=problem_responses(422))
def suggest_methods(session: SessionDep, data: MethodSuggestionRequest) -> MethodSuggestions:
    """Which method fits? Answers about the case (e.g. a recent incident, a pattern you are
    stuck in), the group's experience and the time available give ranked suggestions, each
    with a reason in Dutch."""
    return MethodSuggestions(items=service.suggest(session, data))


@router.get("/methods/{slug}", responses=problem_responses(404))
def read_method(session: SessionDep, slug: MethodSlug) -> MethodDetail:
    """One method: goal, when to use it, its phases in order with minutes and helping
    questions, and example questions."""
    return service.method_detail(service.require_method(session, slug))


@router.get("/helping-questions", responses=problem_responses(404))
def list_helping_questions(
    kind: Annotated[str | None, Query(max_length=40, description="Alleen deze soort")] = None,
) -> list[HelpingQuestionKind]:
    """Helping questions in seven kinds, from clarifying to closing."""
    kinds = get_library().helping_question_kinds
    if kind is None:
        return kinds
    found = [k for k in kinds if k.slug == kind]
    if not found:
        raise NotFoundError("Deze soort helpende vragen bestaat niet.")
    return found


@router.get("/reflection-cards", responses=problem_responses(404))
def list_reflection_cards(
    category: Annotated[
        str | None, Query(max_length=40, description="Alleen kaarten uit deze categorie")
    ] = None,
) -> list[ReflectionCardPublic]:
    """Reflection cards (emotional, change of perspective, leadership, alternative scenarios,
    future-oriented) to open up or deepen a discussion."""
    cards = service.reflection_cards(category)
    if not cards:
        raise NotFoundError("Deze categorie reflectiekaarten bestaat niet.")
    return cards


@router.get("/session-phases")
def list_session_phases() -> list[SessionPhase]:
    """The basic structure of a session, with the usual minutes per phase."""
    return get_library().session_phases


@router.get("/reflection-model")
def read_reflection_model() -> ReflectionGuide:
    """Korthagen's spiral model for reflection and the three depth levels of intervision."""
    library = get_library()
    return ReflectionGuide(model=library.reflection_model, depth_levels=library.depth_levels)
