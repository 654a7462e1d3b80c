"""Evaluations: answering after a session (in the app or through a personal link), the
yearly group and process evaluation, a member's pending evaluations, and summaries that show
aggregates only. No HTTP here; callers commit.

Timing: a session can be evaluated from its end until `evaluation_open_days` later; the
yearly evaluation of year Y from 1 January Y until 31 January Y+1 (Dutch dates). Summaries
and shared comments appear once answering has closed, so nobody can compare two moments to
work out what one person answered."""

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import and_, func
from sqlmodel import Session, col, select

from intervisiewijzer.common import Pagination, utcnow
from intervisiewijzer.config import Settings, get_settings
from intervisiewijzer.errors import ConflictError, NotFoundError
from intervisiewijzer.evaluations import links, stats
from intervisiewijzer.evaluations.access import Respondent
from intervisiewijzer.evaluations.models import GroupEvaluation, SessionEvaluation
from intervisiewijzer.evaluations.questions import (
    SESSION_QUESTIONS,
    YEARLY_QUESTIONS,
    EvaluationKind,
    Question,
    scale_labels,
)
from intervisiewijzer.evaluations.schemas import (
    Cell,
    EvaluationGroup,
    EvaluationLinkForm,
    EvaluationReceipt,
    GroupEvaluationInput,
    GroupEvaluationPublic,
    GroupEvaluationSummary,
    PendingEvaluation,
    PendingEvaluationPage,
    QuestionPublic,
    QuestionSet,
    ScaleLabel,
    SessionEvaluationInput,
    SessionEvaluationPublic,
    SessionEvaluationSummary,
    SharedComments,
)
from intervisiewijzer.groups.models import FacilitatorType, Group, GroupMode, Membership
from intervisiewijzer.members.models import Member
from intervisiewijzer.sessions.localtime import format_date, start_of_local_day, to_local
from intervisiewijzer.sessions.models import Attendance, GroupSession, SessionStatus

YEARLY_PENDING_FROM_MONTH = 10  # the yearly evaluation shows up as pending from 1 October


# --- The questions -------------------------------------------------------------------------


def question_set() -> QuestionSet:
    return QuestionSet(
        session=[present_question(q) for q in SESSION_QUESTIONS],
        yearly=[present_question(q) for q in YEARLY_QUESTIONS],
    )


def present_question(question: Question) -> QuestionPublic:
    return QuestionPublic(
        key=question.key,
        label=question.label,
        text=question.text,
        help=question.help,
        optional=question.optional,
        scale_max=question.scale_max,
        scale_labels=[
            ScaleLabel(value=value, label=label) for value, label in scale_labels(question).items()
        ],
    )


# --- Session evaluations -------------------------------------------------------------------


def answer_until(settings: Settings, group_session: GroupSession) -> datetime:
    return group_session.ends_at + timedelta(days=settings.evaluation_open_days)


def save_session_evaluation(
    session: Session,
    settings: Settings,
    respondent: Respondent,
    data: SessionEvaluationInput,
    now: datetime | None = None,
) -> SessionEvaluation:
    """Answer or change one's own evaluation while answering is open."""
    _check_answerable(settings, respondent.group_session, now or utcnow())
    evaluation = _evaluation_of(session, respondent.group_session.id, respondent.member.id)
    if evaluation is None:
        evaluation = _new_session_evaluation(respondent, data)
    else:
        _apply(evaluation, _answers(data))
    session.add(evaluation)
    session.flush()
    return evaluation


def submit_by_link(
    session: Session,
    settings: Settings,
    respondent: Respondent,
    data: SessionEvaluationInput,
    now: datetime | None = None,
) -> SessionEvaluation:
    """A link answers once; changing answers afterwards needs a login."""
    if _evaluation_of(session, respondent.group_session.id, respondent.member.id):
        raise ConflictError(
            "Deze evaluatie is al ingevuld. Wil je iets aanpassen? Log in en open de "
            "bijeenkomst in de app."
        )
    return save_session_evaluation(session, settings, respondent, data, now)


def own_session_evaluation(
    session: Session, settings: Settings, group_session: GroupSession, member: Member
) -> SessionEvaluationPublic:
    evaluation = _evaluation_of(session, group_session.id, member.id)
    if evaluation is None:
        raise NotFoundError("Je hebt deze bijeenkomst (nog) niet geëvalueerd.")
    return SessionEvaluationPublic.model_validate(
        {
            **evaluation.model_dump(),
            "answer_until": answer_until(settings, group_session),
        }
    )


def receipt(
    settings: Settings, group_session: GroupSession, evaluation: SessionEvaluation
) -> EvaluationReceipt:
    return EvaluationReceipt(
        session_id=group_session.id,
        submitted_at=evaluation.submitted_at,
        answer_until=answer_until(settings, group_session),
    )


def link_form(session: Session, settings: Settings, respondent: Respondent) -> EvaluationLinkForm:
    group_session = respondent.group_session
    answered = _evaluation_of(session, group_session.id, respondent.member.id)
    return EvaluationLinkForm(
        session_id=group_session.id,
        group=_group_ref(respondent.group),
        starts_at=group_session.starts_at,
        ends_at=group_session.ends_at,
        answer_until=answer_until(settings, group_session),
        already_answered=answered is not None,
        questions=[present_question(q) for q in SESSION_QUESTIONS],
    )


def session_summary(
    session: Session, settings: Settings, group_session: GroupSession, now: datetime | None = None
) -> SessionEvaluationSummary:
    """Per question: count, mean and distribution, once answering has closed and only for
    at least `research_min_cell_size` answers."""
    closes = answer_until(settings, group_session)
    rows = session.exec(
        select(SessionEvaluation).where(SessionEvaluation.session_id == group_session.id)
    ).all()
    return SessionEvaluationSummary(
        session_id=group_session.id,
        **_summary(settings, SESSION_QUESTIONS, rows, closes, now or utcnow()),
    )


def shared_session_comments(
    session: Session, settings: Settings, group_session: GroupSession, now: datetime | None = None
) -> SharedComments:
    texts = session.exec(
        select(SessionEvaluation.free_text).where(
            SessionEvaluation.session_id == group_session.id,
            col(SessionEvaluation.share_free_text_with_facilitator).is_(True),
        )
    ).all()
    return _shared(texts, answer_until(settings, group_session), now or utcnow())


@dataclass(frozen=True)
class EvaluationInvitation:
    member_id: uuid.UUID
    session_id: uuid.UUID
    token: str
    url: str  # the page in the web app: {public_base_url}/evaluatie/{token}
    answer_until: datetime


def create_evaluation_invitations(
    session: Session,
    group_session_id: uuid.UUID,
    *,
    settings: Settings | None = None,
    now: datetime | None = None,
) -> list[EvaluationInvitation]:
    """Personal links for everyone on the attendance list who has not answered yet, while
    the session can be evaluated. Sends nothing: the notifications package sends
    'evaluation_waiting' with these links (for example once the attendance is recorded)."""
    settings = settings or get_settings()
    group_session = session.get(GroupSession, group_session_id)
    if group_session is None or not _is_answerable(settings, group_session, now or utcnow()):
        return []
    member_ids = session.exec(
        select(Attendance.member_id)
        .outerjoin(
            SessionEvaluation,
            and_(
                col(SessionEvaluation.session_id) == Attendance.session_id,
                col(SessionEvaluation.member_id) == Attendance.member_id,
            ),
        )
        .where(Attendance.session_id == group_session.id, col(SessionEvaluation.id).is_(None))
        .order_by(col(Attendance.member_id))
    ).all()
    until = answer_until(settings, group_session)
    invitations = []
    for member_id in member_ids:
        token = links.create_link_token(settings, member_id, group_session.id, until)
        invitations.append(
            EvaluationInvitation(
                member_id=member_id,
                session_id=group_session.id,
                token=token,
                url=links.link_url(settings, token),
                answer_until=until,
            )
        )
    return invitations


def _check_answerable(settings: Settings, group_session: GroupSession, now: datetime) -> None:
    if group_session.status == SessionStatus.cancelled:
        raise ConflictError("Deze bijeenkomst is afgelast; er valt niets te evalueren.")
    if now < group_session.ends_at:
        raise ConflictError("Je kunt de bijeenkomst evalueren zodra ze is afgelopen.")
    closes = answer_until(settings, group_session)
    if now >= closes:
        raise ConflictError(
            f"De evaluatie van deze bijeenkomst is gesloten; invullen kon tot "
            f"{format_date(closes)}."
        )


def _is_answerable(settings: Settings, group_session: GroupSession, now: datetime) -> bool:
    try:
        _check_answerable(settings, group_session, now)
    except ConflictError:
        return False
    return True


def _evaluation_of(
    session: Session, session_id: uuid.UUID, member_id: uuid.UUID
) -> SessionEvaluation | None:
    return session.exec(
        select(SessionEvaluation).where(
            SessionEvaluation.session_id == session_id, SessionEvaluation.member_id == member_id
        )
    ).first()


def _new_session_evaluation(
    respondent: Respondent, data: SessionEvaluationInput
) -> SessionEvaluation:
    group_session = respondent.group_session
    return SessionEvaluation(
        session_id=group_session.id,
        member_id=respondent.member.id,
        held_on=to_local(group_session.starts_at).date(),
        **_group_setup(respondent.group),
        **_answers(data),
    )


# --- Yearly group and process evaluation ---------------------------------------------------


def yearly_window(year: int) -> tuple[datetime, datetime]:
    """From 1 January of the year up to (not including) 1 February of the next, Dutch time."""
    return start_of_local_day(date(year, 1, 1)), start_of_local_day(date(year + 1, 2, 1))


def save_group_evaluation(
    session: Session,
    group: Group,
    member: Member,
    year: int,
    data: GroupEvaluationInput,
    now: datetime | None = None,
) -> GroupEvaluation:
    _check_year_open(year, now or utcnow())
    evaluation = _group_evaluation_of(session, group.id, year, member.id)
    if evaluation is None:
        evaluation = GroupEvaluation(
            group_id=group.id,
            member_id=member.id,
            year=year,
            **_group_setup(group),
            **_answers(data),
        )
    else:
        _apply(evaluation, _answers(data))
    session.add(evaluation)
    session.flush()
    return evaluation


def own_group_evaluation(
    session: Session, group: Group, member: Member, year: int
) -> GroupEvaluationPublic:
    evaluation = _group_evaluation_of(session, group.id, year, member.id)
    if evaluation is None:
        raise NotFoundError(f"Je hebt de jaarevaluatie van {year} (nog) niet ingevuld.")
    return _present_group_evaluation(evaluation)


def _present_group_evaluation(evaluation: GroupEvaluation) -> GroupEvaluationPublic:
    return GroupEvaluationPublic.model_validate(
        {**evaluation.model_dump(), "answer_until": yearly_window(evaluation.year)[1]}
    )


def yearly_summary(
    session: Session, settings: Settings, group: Group, year: int, now: datetime | None = None
) -> GroupEvaluationSummary:
    rows = session.exec(
        select(GroupEvaluation).where(
            GroupEvaluation.group_id == group.id, GroupEvaluation.year == year
        )
    ).all()
    closes = yearly_window(year)[1]
    return GroupEvaluationSummary(
        group_id=group.id,
        year=year,
        **_summary(settings, YEARLY_QUESTIONS, rows, closes, now or utcnow()),
    )


def shared_yearly_comments(
    session: Session, group: Group, year: int, now: datetime | None = None
) -> SharedComments:
    texts = session.exec(
        select(GroupEvaluation.free_text).where(
            GroupEvaluation.group_id == group.id,
            GroupEvaluation.year == year,
            col(GroupEvaluation.share_free_text_with_facilitator).is_(True),
        )
    ).all()
    return _shared(texts, yearly_window(year)[1], now or utcnow())


def _check_year_open(year: int, now: datetime) -> None:
    opens, closes = yearly_window(year)
    if now < opens:
        raise ConflictError(f"De jaarevaluatie van {year} kan pas vanaf 1 januari {year}.")
    if now >= closes:
        raise ConflictError(
            f"De jaarevaluatie van {year} is gesloten; invullen kon tot en met "
            f"31 januari {year + 1}."
        )


def _group_evaluation_of(
    session: Session, group_id: uuid.UUID, year: int, member_id: uuid.UUID
) -> GroupEvaluation | None:
    return session.exec(
        select(GroupEvaluation).where(
            GroupEvaluation.group_id == group_id,
            GroupEvaluation.year == year,
            GroupEvaluation.member_id == member_id,
        )
    ).first()


# --- Pending -------------------------------------------------------------------------------


def pending_evaluations(
    session: Session,
    settings: Settings,
    member: Member,
    pagination: Pagination,
    now: datetime | None = None,
) -> PendingEvaluationPage:
    """Yearly evaluations that are due first, then sessions to evaluate, newest first."""
    now = now or utcnow()
    yearly = _pending_yearly(session, member, now)
    skip = max(0, pagination.offset - len(yearly))
    room = pagination.limit - len(yearly[pagination.offset : pagination.offset + pagination.limit])
    sessions, session_total = _pending_sessions(session, settings, member, now, skip, room)
    items = yearly[pagination.offset : pagination.offset + pagination.limit] + sessions
    return PendingEvaluationPage(
        items=items,
        total=len(yearly) + session_total,
        limit=pagination.limit,
        offset=pagination.offset,
    )


def _pending_sessions(
    session: Session, settings: Settings, member: Member, now: datetime, offset: int, limit: int
) -> tuple[list[PendingEvaluation], int]:
    opened_after = now - timedelta(days=settings.evaluation_open_days)
    query = (
        select(GroupSession, Group)
        .join(Attendance, col(Attendance.session_id) == GroupSession.id)
        .join(Group, col(Group.id) == GroupSession.group_id)
        .outerjoin(
            SessionEvaluation,
            and_(
                col(SessionEvaluation.session_id) == GroupSession.id,
                col(SessionEvaluation.member_id) == member.id,
            ),
        )
        .where(
            Attendance.member_id == member.id,
            col(SessionEvaluation.id).is_(None),
            GroupSession.status != SessionStatus.cancelled,
            GroupSession.ends_at <= now,
            GroupSession.ends_at > opened_after,
        )
    )
    total = session.exec(select(func.count()).select_from(query.subquery())).one()
    if limit <= 0:
        return [], total
    rows = session.exec(
        query.order_by(col(GroupSession.starts_at).desc(), col(GroupSession.id))
        .offset(offset)
        .limit(limit)
    ).all()
    return [
        PendingEvaluation(
            kind=EvaluationKind.session,
            group=_group_ref(group),
            session_id=group_session.id,
            starts_at=group_session.starts_at,
            year=None,
            answer_until=answer_until(settings, group_session),
        )
        for group_session, group in rows
    ], total


def _due_year(now: datetime) -> int | None:
    """The year whose yearly evaluation is due now: from 1 October until it closes."""
    local = to_local(now)
    if local.month >= YEARLY_PENDING_FROM_MONTH:
        return local.year
    if local.month == 1:
        return local.year - 1
    return None


def _pending_yearly(session: Session, member: Member, now: datetime) -> list[PendingEvaluation]:
    year = _due_year(now)
    if year is None:
        return []
    rows = session.exec(
        select(Group)
        .join(Membership, col(Membership.group_id) == Group.id)
        .outerjoin(
            GroupEvaluation,
            and_(
                col(GroupEvaluation.group_id) == Group.id,
                col(GroupEvaluation.member_id) == member.id,
                col(GroupEvaluation.year) == year,
            ),
        )
        .where(Membership.member_id == member.id, col(GroupEvaluation.id).is_(None))
        .order_by(col(Group.name))
    ).all()
    closes = yearly_window(year)[1]
    return [
        PendingEvaluation(
            kind=EvaluationKind.yearly,
            group=_group_ref(group),
            session_id=None,
            starts_at=None,
            year=year,
            answer_until=closes,
        )
        for group in rows
    ]


# --- Shared pieces -------------------------------------------------------------------------


def _group_setup(group: Group) -> dict[str, Any]:
    """The group's set-up as research compares it, copied when the answer is first given."""
    return {
        "facilitator_type": FacilitatorType(group.facilitator_type),
        "mode": GroupMode(group.mode),
        "meetings_per_year": group.meetings_per_year,
    }


def _answers(data: SessionEvaluationInput | GroupEvaluationInput) -> dict[str, Any]:
    answers = data.model_dump()
    answers["free_text"] = answers["free_text"] or None
    return answers


def _apply(evaluation: SessionEvaluation | GroupEvaluation, answers: dict[str, Any]) -> None:
    for key, value in answers.items():
        setattr(evaluation, key, value)
    evaluation.updated_at = utcnow()


def _group_ref(group: Group) -> EvaluationGroup:
    return EvaluationGroup(id=group.id, slug=group.slug, name=group.name)


def _summary(
    settings: Settings,
    questions: Sequence[Question],
    rows: Sequence[SessionEvaluation] | Sequence[GroupEvaluation],
    closes: datetime,
    now: datetime,
) -> dict[str, Any]:
    k = settings.research_min_cell_size
    available = now >= closes
    count = len(rows)
    criteria: list[Cell] = [
        stats.cell(q, q.key, q.label, stats.tally(getattr(row, q.key) for row in rows), k)
        if available
        else stats.hidden(q.key, q.label)
        for q in questions
    ]
    if not available:
        notice: str | None = (
            f"De uitslag verschijnt op {format_date(closes)}, als het invullen is gesloten. "
            "Zo kan niemand uit een tussenstand afleiden wat één persoon antwoordde."
        )
    elif 0 < count < k or count == 0:
        notice = (
            f"Er zijn minder dan {k} evaluaties ingevuld. We tonen pas uitkomsten vanaf {k} "
            "antwoorden, zodat niemand herleidbaar is. In een groep van 5 tot 8 mensen lukt "
            "dat per bijeenkomst vaak niet; het groepsoverzicht en de jaarevaluatie geven dan "
            "meer beeld."
        )
    else:
        notice = None
    return {
        "available": available,
        "available_from": closes,
        "min_cell_size": k,
        "response_count": count if available and (count == 0 or count >= k) else None,
        "notice": notice,
        "criteria": criteria,
    }


def _shared(texts: Sequence[str | None], closes: datetime, now: datetime) -> SharedComments:
    available = now >= closes
    comments = sorted(text for text in texts if text) if available else []
    return SharedComments(
        available=available,
        available_from=closes,
        notice=None
        if available
        else (
            f"Gedeelde opmerkingen verschijnen op {format_date(closes)}, als het invullen is "
            "gesloten: zonder namen en niet in de volgorde van invullen."
        ),
        comments=comments,
    )
