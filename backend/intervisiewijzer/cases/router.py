import uuid
from typing import Annotated

from fastapi import APIRouter, Path, Query, Response, status

from intervisiewijzer.auth.dependencies import AdminMember, CurrentMember, SettingsDep
from intervisiewijzer.cases import audit, service, topics
from intervisiewijzer.cases.access import (
    CaseBringerAccess,
    CaseEditorAccess,
    CaseReaderAccess,
    GroupSessionAccess,
)
from intervisiewijzer.cases.models import CaseAccessAction
from intervisiewijzer.cases.schemas import (
    CaseAccessLogPage,
    CaseCreate,
    CaseOutcome,
    CasePage,
    CasePublic,
    CaseUpdate,
    TopicCreate,
    TopicOverview,
    TopicPublic,
    TopicUpdate,
)
from intervisiewijzer.common import PaginationDep, utcnow
from intervisiewijzer.db import SessionDep
from intervisiewijzer.errors import problem_responses

router = APIRouter(tags=["cases"], responses=problem_responses(401, 404))
topics_router = APIRouter(tags=["topics"])

TopicSlugPath = Annotated[str, Path(max_length=60, description="Slug van het onderwerp")]
FollowUpId = Annotated[uuid.UUID, Path(description="Id van het actiepunt")]


# --- Cases of a session ------------------------------------------------------------------------


@router.post(
    "/sessions/{session_id}/cases",
    status_code=status.HTTP_201_CREATED,
    responses=problem_responses(409, 422),
)
def create_case(session: SessionDep, access: GroupSessionAccess, data: CaseCreate) -> CasePublic:
    """Bring in a case for a session (members of the group; you are the case bringer). The
    group can read it ahead of the session. Confirm it is anonymised: text that looks like a
    BSN, date of birth, phone number, email address or postcode is refused."""
    case = service.create_case(session, access.group_session, access.caller, data)
    session.commit()
    return service.present_case(session, case, access.caller)


@router.get("/sessions/{session_id}/cases")
def list_session_cases(session: SessionDep, access: GroupSessionAccess) -> list[CasePublic]:
    """The cases of a session, oldest first (members of the group)."""
    cases = service.cases_of_session(session, access.group_session.id)
    result = service.present_cases(session, cases, access.caller)
    audit.log_access(session, [c.id for c in cases], access.caller.id, CaseAccessAction.read)
    session.commit()
    return result


@router.get("/me/cases", responses=problem_responses(422))
def list_my_cases(session: SessionDep, member: CurrentMember, page: PaginationDep) -> CasePage:
    """My own cases with their action plans, newest session first (groups I am still in)."""
    cases, total = service.my_cases(session, member, page)
    items = service.present_cases(session, cases, member)
    audit.log_access(session, [c.id for c in cases], member.id, CaseAccessAction.read)
    session.commit()
    return CasePage(items=items, total=total, limit=page.limit, offset=page.offset)


# --- One case ----------------------------------------------------------------------------------


@router.get("/cases/{case_id}")
def read_case(session: SessionDep, access: CaseReaderAccess) -> CasePublic:
    """One case (members of the group; platform admins cannot read cases)."""
    result = service.present_case(session, access.case, access.caller)
    audit.log_access(session, [access.case.id], access.caller.id, CaseAccessAction.read)
    session.commit()
    return result


@router.patch("/cases/{case_id}", responses=problem_responses(403, 422))
def update_case(session: SessionDep, access: CaseEditorAccess, data: CaseUpdate) -> CasePublic:
    """Change a case (its case bringer or a coordinator). Confirm again that it is
    anonymised; fields left out (or null) stay as they are."""
    service.update_case(session, access.case, access.caller, data)
    session.commit()
    return service.present_case(session, access.case, access.caller)


@router.delete(
    "/cases/{case_id}", status_code=status.HTTP_204_NO_CONTENT, responses=problem_responses(403)
)
def delete_case(session: SessionDep, access: CaseEditorAccess) -> None:
    """Delete a case for good (its case bringer or a coordinator). If the session already took
    place, its topics keep counting anonymously in the topic overview."""
    service.delete_case(session, access.case, access.caller)
    session.commit()


@router.put("/cases/{case_id}/outcome", responses=problem_responses(403, 422))
def record_case_outcome(
    session: SessionDep, access: CaseBringerAccess, data: CaseOutcome
) -> CasePublic:
    """Record what you take away: insights and an action plan (the case bringer). Open action
    items are shown at the group's next session."""
    service.record_outcome(session, access.case, access.caller, data)
    session.commit()
    return service.present_case(session, access.case, access.caller)


@router.post("/cases/{case_id}/follow-ups/{follow_up_id}/done", responses=problem_responses(403))
def mark_follow_up_done(
    session: SessionDep, access: CaseEditorAccess, follow_up_id: FollowUpId
) -> CasePublic:
    """Mark an action item as done (the case bringer or a coordinator)."""
    service.mark_follow_up_done(session, access.case, follow_up_id, access.caller)
    session.commit()
    return service.present_case(session, access.case, access.caller)


# --- Audit trail -------------------------------------------------------------------------------


@router.get("/admin/case-access-log", responses=problem_responses(403, 422))
def list_case_access_log(
    session: SessionDep,
    _admin: AdminMember,
    page: PaginationDep,
    case_id: Annotated[uuid.UUID | None, Query(description="Alleen deze casus")] = None,
    member_id: Annotated[uuid.UUID | None, Query(description="Alleen deze persoon")] = None,
    action: Annotated[CaseAccessAction | None, Query(description="Alleen deze handeling")] = None,
) -> CaseAccessLogPage:
    """Who read or changed which case and when, newest first (platform admins). Ids, actions
    and times only: never any case text."""
    return audit.list_access_log(session, page, case_id, member_id, action)


# --- Topics ------------------------------------------------------------------------------------


@topics_router.get("/topics")
def list_topics(
    session: SessionDep,
    include_inactive: Annotated[bool, Query(description="Ook onderwerpen die uit staan")] = False,
) -> list[TopicPublic]:
    """The curated list of topics to tag cases with."""
    return [TopicPublic.model_validate(t) for t in topics.list_topics(session, include_inactive)]


@topics_router.get("/topics/overview")
def read_topic_overview(
    response: Response, session: SessionDep, settings: SettingsDep
) -> TopicOverview:
    """National overview: how many cases per topic per year groups discussed. Counts below
    `min_cases` are hidden (`suppressed`), and there are no totals to subtract from."""
    response.headers["Cache-Control"] = f"public, max-age={settings.public_cache_max_age}"
    return topics.topic_overview(session, utcnow(), settings.topic_overview_min_cases)


@topics_router.post(
    "/admin/topics",
    status_code=status.HTTP_201_CREATED,
    responses=problem_responses(401, 403, 409, 422),
)
def create_topic(session: SessionDep, _admin: AdminMember, data: TopicCreate) -> TopicPublic:
    """Add a topic to the curated list (platform admins)."""
    topic = topics.create_topic(session, data)
    session.commit()
    return TopicPublic.model_validate(topic)


@topics_router.patch("/admin/topics/{slug}", responses=problem_responses(401, 403, 404, 422))
def update_topic(
    session: SessionDep, _admin: AdminMember, slug: TopicSlugPath, data: TopicUpdate
) -> TopicPublic:
    """Rename a topic, or switch it off or on (platform admins). A topic switched off is no
    longer offered for new cases; its counts stay in the overview."""
    topic = topics.update_topic(session, topics.require_topic(session, slug), data)
    session.commit()
    return TopicPublic.model_validate(topic)
