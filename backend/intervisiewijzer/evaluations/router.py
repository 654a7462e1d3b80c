from typing import Annotated

from fastapi import APIRouter, Path, Response, status

from intervisiewijzer.auth.dependencies import CurrentMember, SettingsDep
from intervisiewijzer.common import PaginationDep
from intervisiewijzer.db import SessionDep
from intervisiewijzer.errors import problem_responses
from intervisiewijzer.evaluations import service
from intervisiewijzer.evaluations.access import (
    GroupFacilitatorAccess,
    LinkRespondent,
    SessionFacilitatorAccess,
    SessionRespondent,
    YearlyRespondent,
)
from intervisiewijzer.evaluations.schemas import (
    EvaluationLinkForm,
    EvaluationReceipt,
    GroupEvaluationInput,
    GroupEvaluationPublic,
    GroupEvaluationSummary,
    PendingEvaluationPage,
    QuestionSet,
    SessionEvaluationInput,
    SessionEvaluationPublic,
    SessionEvaluationSummary,
    SharedComments,
)
from intervisiewijzer.groups.access import GroupMemberAccess
from intervisiewijzer.sessions.access import AttendeeAccess, SessionMemberAccess

router = APIRouter(tags=["evaluations"])

Year = Annotated[int, Path(ge=2000, le=2100, description="Het jaar dat wordt geëvalueerd")]
NO_STORE = "private, no-store"


@router.get("/evaluations/questions")
def read_evaluation_questions() -> QuestionSet:
    """The questions of the session evaluation and the yearly evaluation, with their scales."""
    return service.question_set()


@router.get("/me/evaluations/pending", responses=problem_responses(401, 422))
def list_my_pending_evaluations(
    session: SessionDep, settings: SettingsDep, member: CurrentMember, pagination: PaginationDep
) -> PendingEvaluationPage:
    """Evaluations waiting for me: a yearly evaluation that is due, and sessions I attended
    that I have not evaluated yet while answering is open."""
    return service.pending_evaluations(session, settings, member, pagination)


# --- Session evaluation --------------------------------------------------------------------


@router.get("/sessions/{session_id}/evaluation", responses=problem_responses(401, 404))
def read_my_session_evaluation(
    response: Response, session: SessionDep, settings: SettingsDep, access: AttendeeAccess
) -> SessionEvaluationPublic:
    """My own evaluation of a session. Nobody else can read it."""
    response.headers["Cache-Control"] = NO_STORE
    return service.own_session_evaluation(session, settings, access.group_session, access.caller)


@router.put(
    "/sessions/{session_id}/evaluation", responses=problem_responses(401, 403, 404, 409, 422)
)
def answer_session_evaluation(
    response: Response,
    session: SessionDep,
    settings: SettingsDep,
    respondent: SessionRespondent,
    data: SessionEvaluationInput,
) -> SessionEvaluationPublic:
    """Answer or change my evaluation of a session I attended (on the attendance list),
    from its end until the answering window closes."""
    service.save_session_evaluation(session, settings, respondent, data)
    session.commit()
    response.headers["Cache-Control"] = NO_STORE
    return service.own_session_evaluation(
        session, settings, respondent.group_session, respondent.member
    )


@router.get("/sessions/{session_id}/evaluations/summary", responses=problem_responses(401, 404))
def read_session_evaluation_summary(
    session: SessionDep, settings: SettingsDep, access: SessionMemberAccess
) -> SessionEvaluationSummary:
    """Aggregated answers for the group (members): nothing before answering has closed, and
    nothing for fewer than `research_min_cell_size` answers."""
    return service.session_summary(session, settings, access.group_session)


@router.get(
    "/sessions/{session_id}/evaluations/shared-comments",
    responses=problem_responses(401, 403, 404),
)
def read_shared_session_comments(
    response: Response, session: SessionDep, settings: SettingsDep, access: SessionFacilitatorAccess
) -> SharedComments:
    """Free texts their authors shared with the facilitator, without names (the session's
    facilitator only), once answering has closed."""
    response.headers["Cache-Control"] = NO_STORE
    return service.shared_session_comments(session, settings, access.group_session)


# --- Personal link -------------------------------------------------------------------------


@router.get("/evaluations/by-token/{token}", responses=problem_responses(403, 404, 429))
def read_evaluation_link(
    response: Response, session: SessionDep, settings: SettingsDep, respondent: LinkRespondent
) -> EvaluationLinkForm:
    """The evaluation form behind a personal link, without logging in. Answers given
    earlier are never shown here."""
    response.headers["Cache-Control"] = NO_STORE
    return service.link_form(session, settings, respondent)


@router.post(
    "/evaluations/by-token/{token}",
    status_code=status.HTTP_201_CREATED,
    responses=problem_responses(403, 404, 409, 422, 429),
)
def answer_evaluation_by_link(
    session: SessionDep,
    settings: SettingsDep,
    respondent: LinkRespondent,
    data: SessionEvaluationInput,
) -> EvaluationReceipt:
    """Answer the evaluation through a personal link, once. To change answers, log in."""
    evaluation = service.submit_by_link(session, settings, respondent, data)
    session.commit()
    return service.receipt(settings, respondent.group_session, evaluation)


# --- Yearly group and process evaluation ---------------------------------------------------


@router.get(
    "/groups/{group_ref}/yearly-evaluation/{year}", responses=problem_responses(401, 403, 404)
)
def read_my_yearly_evaluation(
    response: Response, session: SessionDep, access: YearlyRespondent, year: Year
) -> GroupEvaluationPublic:
    """My own yearly evaluation of the group. Nobody else can read it."""
    response.headers["Cache-Control"] = NO_STORE
    return service.own_group_evaluation(session, access.group, access.caller, year)


@router.put(
    "/groups/{group_ref}/yearly-evaluation/{year}",
    responses=problem_responses(401, 403, 404, 409, 422),
)
def answer_yearly_evaluation(
    response: Response,
    session: SessionDep,
    access: YearlyRespondent,
    year: Year,
    data: GroupEvaluationInput,
) -> GroupEvaluationPublic:
    """Answer or change my yearly evaluation of the group and its way of working (members),
    from 1 January of the year until 31 January of the next."""
    service.save_group_evaluation(session, access.group, access.caller, year, data)
    session.commit()
    response.headers["Cache-Control"] = NO_STORE
    return service.own_group_evaluation(session, access.group, access.caller, year)


@router.get(
    "/groups/{group_ref}/yearly-evaluations/{year}/summary",
    responses=problem_responses(401, 403, 404, 422),
)
def read_yearly_evaluation_summary(
    session: SessionDep, settings: SettingsDep, access: GroupMemberAccess, year: Year
) -> GroupEvaluationSummary:
    """Aggregated yearly answers for the group (members), once answering has closed and only
    for at least `research_min_cell_size` answers."""
    return service.yearly_summary(session, settings, access.group, year)


@router.get(
    "/groups/{group_ref}/yearly-evaluations/{year}/shared-comments",
    responses=problem_responses(401, 403, 404, 422),
)
def read_shared_yearly_comments(
    response: Response, session: SessionDep, access: GroupFacilitatorAccess, year: Year
) -> SharedComments:
    """Free texts shared with the group's facilitator, without names (members with the group
    role facilitator), once answering has closed."""
    response.headers["Cache-Control"] = NO_STORE
    return service.shared_yearly_comments(session, access.group, year)
