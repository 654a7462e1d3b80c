"""Methods: the seeded rows (slug, name, summary, order) joined with the library content.
No HTTP here."""

from collections.abc import Sequence

from sqlmodel import Session, col, select

from intervisiewijzer.errors import NotFoundError
from intervisiewijzer.methods.library import Library, MethodContent, get_library
from intervisiewijzer.methods.models import Method
from intervisiewijzer.methods.schemas import (
    MethodDetail,
    MethodFitPublic,
    MethodPhasePublic,
    MethodPublic,
    MethodSuggestion,
    MethodSuggestionRequest,
    QuestionKindRef,
    ReflectionCardPublic,
)
from intervisiewijzer.methods.suggest import suggest_methods


def all_methods(session: Session) -> Sequence[Method]:
    return session.exec(select(Method).order_by(col(Method.position))).all()


def require_method(session: Session, slug: str) -> Method:
    method = session.exec(select(Method).where(Method.slug == slug)).first()
    if method is None:
        raise NotFoundError("Deze methode bestaat niet.")
    return method


def present_method(method: Method, library: Library | None = None) -> MethodPublic:
    content = (library or get_library()).method(method.slug)
    if content is None:
        return MethodPublic.model_validate(method)
    return MethodPublic(
        slug=method.slug,
        name=method.name,
        summary=method.summary,
        goal=content.goal,
        when_to_use=content.when_to_use,
        total_minutes=content.total_minutes,
        phase_count=len(content.phases),
        group_experience=content.group_experience,
        suited_for=[fit.situation for fit in sorted(content.fits, key=lambda f: -f.weight)],
    )


def method_detail(method: Method) -> MethodDetail:
    library = get_library()
    content = library.method(method.slug)
    public = present_method(method, library)
    if content is None:
        return MethodDetail(**public.model_dump(), phases=[], example_questions=[], fits=[])
    return MethodDetail(
        **public.model_dump(),
        phases=method_phases(content, library),
        example_questions=content.example_questions,
        fits=[MethodFitPublic.model_validate(fit, from_attributes=True) for fit in content.fits],
    )


def method_phases(content: MethodContent, library: Library) -> list[MethodPhasePublic]:
    return [
        MethodPhasePublic(
            index=index,
            key=phase.key,
            kind=phase.kind,
            name=phase.name,
            minutes=phase.minutes,
            description=phase.description,
            question_kinds=[_kind_ref(library, slug) for slug in phase.question_kinds],
            helping_questions=phase.helping_questions,
        )
        for index, phase in enumerate(content.phases)
    ]


def suggest(session: Session, request: MethodSuggestionRequest) -> list[MethodSuggestion]:
    library = get_library()
    rows = {method.slug: method for method in all_methods(session)}
    ranked = suggest_methods(
        library, request.situations, request.group_experience, request.minutes_available
    )
    return [
        MethodSuggestion(
            method=present_method(rows[s.method.slug], library),
            score=s.score,
            reason=s.reason,
            cautions=s.cautions,
        )
        for s in ranked
        if s.method.slug in rows
    ][: request.limit]


def reflection_cards(category: str | None = None) -> list[ReflectionCardPublic]:
    return [
        ReflectionCardPublic(
            id=card.id, category=cat.slug, category_name=cat.name, question=card.question
        )
        for cat in get_library().reflection_card_categories
        if category is None or cat.slug == category
        for card in cat.cards
    ]


def reflection_card(card_id: str) -> ReflectionCardPublic | None:
    found = get_library().card(card_id)
    if found is None:
        return None
    category, card = found
    return ReflectionCardPublic(
        id=card.id, category=category.slug, category_name=category.name, question=card.question
    )


def _kind_ref(library: Library, slug: str) -> QuestionKindRef:
    kind = library.kind(slug)
    assert kind is not None  # the library checks its references when it loads
    return QuestionKindRef(slug=kind.slug, name=kind.name)
