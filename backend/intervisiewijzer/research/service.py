"""Research on the core criteria of a well-functioning group: aggregates of evaluations by
the group's set-up (facilitator type, mode, frequency band) and over time, under the
disclosure rule of evaluations/stats.py. No HTTP here. Nothing in this package returns or
exports an individual answer.

Only final evaluations count: a session's once its answering window has closed, a year's
once the yearly evaluation has closed. The public summary is coarser (overall and by
facilitator type) and counts complete quarters only, so it changes once a quarter."""

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import Select, extract, func
from sqlalchemy import select as sa_select
from sqlmodel import Session, col, select

from intervisiewijzer.common import utcnow
from intervisiewijzer.config import Settings
from intervisiewijzer.evaluations import stats
from intervisiewijzer.evaluations.models import GroupEvaluation, SessionEvaluation
from intervisiewijzer.evaluations.questions import (
    SESSION_QUESTIONS,
    YEARLY_QUESTIONS,
    EvaluationKind,
    Question,
)
from intervisiewijzer.evaluations.service import yearly_window
from intervisiewijzer.groups.models import FacilitatorType, GroupMode
from intervisiewijzer.research.schemas import (
    Breakdown,
    CriterionReport,
    ResearchReport,
    ResearchSection,
)
from intervisiewijzer.sessions.localtime import local_today
from intervisiewijzer.sessions.models import GroupSession

FACILITATOR_LABELS = {
    FacilitatorType.trained: "Geschoolde begeleider",
    FacilitatorType.peer: "Roulerende begeleider uit de groep",
    FacilitatorType.none: "Zonder begeleider",
}
MODE_LABELS = {
    GroupMode.in_person: "Fysiek",
    GroupMode.online: "Online",
    GroupMode.hybrid: "Hybride",
}
FREQUENCY_LABELS = {
    "at_most_4": "Tot en met 4 keer per jaar",
    "5_to_7": "5 tot en met 7 keer per jaar",
    "at_least_8": "8 keer per jaar of vaker",
}
SECTION_LABELS = {
    EvaluationKind.session: "Evaluaties na een bijeenkomst",
    EvaluationKind.yearly: "Jaarevaluaties van groep en werkwijze",
}


def frequency_band(meetings_per_year: int) -> str:
    if meetings_per_year <= 4:
        return "at_most_4"
    return "5_to_7" if meetings_per_year <= 7 else "at_least_8"


@dataclass(frozen=True)
class CubeRow:
    """How many answered `value`, among respondents sharing one set-up and one period."""

    facilitator_type: str
    mode: str
    frequency: str
    period: tuple[int, int]  # (year, quarter); quarter 0 for yearly evaluations
    value: int
    count: int

    def category(self, dimension: str) -> str:
        if dimension == "period":
            return period_key(self.period)
        return str(getattr(self, dimension))


@dataclass(frozen=True)
class Scope:
    now: datetime
    sessions_ended_before: datetime  # answering closed for these sessions
    held_before: date | None  # public summary: complete quarters only
    last_closed_year: int
    dimensions: tuple[str, ...]


DASHBOARD_DIMENSIONS = ("facilitator_type", "mode", "frequency", "period")
PUBLIC_DIMENSIONS = ("facilitator_type",)


def research_dashboard(
    session: Session, settings: Settings, now: datetime | None = None
) -> ResearchReport:
    now = now or utcnow()
    return _report(session, settings, _scope(settings, now, DASHBOARD_DIMENSIONS, None))


def public_summary(
    session: Session, settings: Settings, now: datetime | None = None
) -> ResearchReport:
    now = now or utcnow()
    today = local_today(now)
    quarter_start = date(today.year, 3 * ((today.month - 1) // 3) + 1, 1)
    return _report(session, settings, _scope(settings, now, PUBLIC_DIMENSIONS, quarter_start))


def suppression_rule(k: int) -> str:
    return (
        f"Elk getal komt uit minstens {k} antwoorden. Een cel met minder antwoorden is "
        "verborgen, en zo nodig ook de kleinste andere cel in dezelfde reeks, zodat niemand "
        "een verborgen cel uit het totaal kan terugrekenen. Een verdeling staat er alleen als "
        f"elke staaf 0 of minstens {k} antwoorden telt. Alleen evaluaties waarvan de "
        "invultermijn is gesloten, tellen mee."
    )


# --- Building the report -------------------------------------------------------------------


def _scope(
    settings: Settings, now: datetime, dimensions: tuple[str, ...], held_before: date | None
) -> Scope:
    today = local_today(now)
    closed_this_year = now >= yearly_window(today.year - 1)[1]
    return Scope(
        now=now,
        sessions_ended_before=now - timedelta(days=settings.evaluation_open_days),
        held_before=held_before,
        last_closed_year=today.year - 1 if closed_this_year else today.year - 2,
        dimensions=dimensions,
    )


def _report(session: Session, settings: Settings, scope: Scope) -> ResearchReport:
    k = settings.research_min_cell_size
    sections = [
        _section(
            EvaluationKind.session,
            SESSION_QUESTIONS,
            _session_response_count(session, scope),
            lambda q: _session_cube(session, q, scope),
            scope,
            k,
        ),
        _section(
            EvaluationKind.yearly,
            YEARLY_QUESTIONS,
            _yearly_response_count(session, scope),
            lambda q: _yearly_cube(session, q, scope),
            scope,
            k,
        ),
    ]
    return ResearchReport(
        generated_at=scope.now,
        min_cell_size=k,
        data_until=scope.held_before,
        suppression_rule=suppression_rule(k),
        sections=sections,
    )


def _section(
    kind: EvaluationKind,
    questions: Sequence[Question],
    responses: int,
    cube_of: Callable[[Question], list[CubeRow]],
    scope: Scope,
    k: int,
) -> ResearchSection:
    return ResearchSection(
        kind=kind,
        label=SECTION_LABELS[kind],
        response_count=responses if responses == 0 or responses >= k else None,
        criteria=[_criterion(q, cube_of(q), kind, scope, k) for q in questions],
    )


def _criterion(
    question: Question, rows: Sequence[CubeRow], kind: EvaluationKind, scope: Scope, k: int
) -> CriterionReport:
    total = _tally(rows)
    return CriterionReport(
        key=question.key,
        label=question.label,
        question=question.text,
        scale_max=question.scale_max,
        overall=stats.cell(question, "all", "Alle antwoorden", total, k),
        breakdowns=[
            Breakdown(
                key=dimension,
                label=_dimension_label(dimension, kind),
                cells=stats.breakdown(question, total, _parts(dimension, rows), k),
            )
            for dimension in scope.dimensions
        ],
    )


def _parts(dimension: str, rows: Sequence[CubeRow]) -> list[stats.Part]:
    by_category: dict[str, Counter[int]] = defaultdict(Counter)
    for row in rows:
        by_category[row.category(dimension)][row.value] += row.count
    return [
        stats.Part(key, label, stats.Tally(by_category.get(key, Counter())))
        for key, label in _categories(dimension, rows)
    ]


def _categories(dimension: str, rows: Sequence[CubeRow]) -> list[tuple[str, str]]:
    if dimension == "facilitator_type":
        return [(str(kind), label) for kind, label in FACILITATOR_LABELS.items()]
    if dimension == "mode":
        return [(str(mode), label) for mode, label in MODE_LABELS.items()]
    if dimension == "frequency":
        return list(FREQUENCY_LABELS.items())
    return [(period_key(p), period_label(p)) for p in _period_range(r.period for r in rows)]


def _dimension_label(dimension: str, kind: EvaluationKind) -> str:
    if dimension == "period":
        return "Per kwartaal" if kind == EvaluationKind.session else "Per jaar"
    return {
        "facilitator_type": "Met en zonder geschoolde begeleider",
        "mode": "Fysiek, online of hybride",
        "frequency": "Hoe vaak de groep bijeenkomt",
    }[dimension]


def _tally(rows: Iterable[CubeRow]) -> stats.Tally:
    counts: Counter[int] = Counter()
    for row in rows:
        counts[row.value] += row.count
    return stats.Tally(counts)


# --- Periods -------------------------------------------------------------------------------


def period_key(period: tuple[int, int]) -> str:
    year, quarter = period
    return f"{year}-Q{quarter}" if quarter else str(year)


def period_label(period: tuple[int, int]) -> str:
    year, quarter = period
    return f"K{quarter} {year}" if quarter else str(year)


def _period_range(periods: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Every period from the first to the last one with answers, so a chart has no holes."""
    present = sorted(set(periods))
    if not present:
        return []
    (year, quarter), last = present[0], present[-1]
    result = []
    while (year, quarter) <= last:
        result.append((year, quarter))
        if quarter == 0:
            year += 1
        else:
            year, quarter = (year + 1, 1) if quarter == 4 else (year, quarter + 1)
    return result


# --- Queries (one per question, grouped in the database) -----------------------------------


def _session_filters(scope: Scope) -> list[Any]:
    filters: list[Any] = [GroupSession.ends_at <= scope.sessions_ended_before]
    if scope.held_before is not None:
        filters.append(col(SessionEvaluation.held_on) < scope.held_before)
    return filters


def _session_cube(session: Session, question: Question, scope: Scope) -> list[CubeRow]:
    answer = col(getattr(SessionEvaluation, question.key))
    held_on = col(SessionEvaluation.held_on)
    year, month = extract("year", held_on), extract("month", held_on)
    setup = (
        col(SessionEvaluation.facilitator_type),
        col(SessionEvaluation.mode),
        col(SessionEvaluation.meetings_per_year),
    )
    query = (
        sa_select(*setup, year, month, answer, func.count())
        .join(GroupSession, col(GroupSession.id) == SessionEvaluation.session_id)
        .where(answer.is_not(None), *_session_filters(scope))
        .group_by(*setup, year, month, answer)
    )
    return [
        CubeRow(kind, mode, frequency_band(meetings), (int(y), (int(m) - 1) // 3 + 1), value, n)
        for kind, mode, meetings, y, m, value, n in _rows(session, query)
    ]


def _yearly_cube(session: Session, question: Question, scope: Scope) -> list[CubeRow]:
    answer = col(getattr(GroupEvaluation, question.key))
    setup = (
        col(GroupEvaluation.facilitator_type),
        col(GroupEvaluation.mode),
        col(GroupEvaluation.meetings_per_year),
        col(GroupEvaluation.year),
    )
    query = (
        sa_select(*setup, answer, func.count())
        .where(col(GroupEvaluation.year) <= scope.last_closed_year)
        .group_by(*setup, answer)
    )
    return [
        CubeRow(kind, mode, frequency_band(meetings), (year, 0), value, n)
        for kind, mode, meetings, year, value, n in _rows(session, query)
    ]


def _rows(session: Session, query: Select[Any]) -> list[tuple[Any, ...]]:
    """Wide grouped rows through the session's connection (sqlmodel's typed select stops at
    four columns)."""
    return [tuple(row) for row in session.connection().execute(query)]


def _session_response_count(session: Session, scope: Scope) -> int:
    return session.exec(
        select(func.count())
        .select_from(SessionEvaluation)
        .join(GroupSession, col(GroupSession.id) == SessionEvaluation.session_id)
        .where(*_session_filters(scope))
    ).one()


def _yearly_response_count(session: Session, scope: Scope) -> int:
    return session.exec(
        select(func.count())
        .select_from(GroupEvaluation)
        .where(GroupEvaluation.year <= scope.last_closed_year)
    ).one()
