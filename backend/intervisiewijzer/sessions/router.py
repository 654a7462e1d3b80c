from typing import Annotated, Any

from fastapi import APIRouter, Header, Path, Query, Request, Response, status

from intervisiewijzer.auth.dependencies import CurrentMember, SettingsDep
from intervisiewijzer.common import PaginationDep
from intervisiewijzer.db import SessionDep
from intervisiewijzer.errors import NotFoundError, PreconditionFailedError, problem_responses
from intervisiewijzer.groups.access import CoordinatorAccess, GroupMemberAccess
from intervisiewijzer.sessions import attendance, feeds, ical, service
from intervisiewijzer.sessions.access import (
    AttendanceRecorderAccess,
    AttendeeAccess,
    OwnAnswerAccess,
    SessionCoordinatorAccess,
    SessionMemberAccess,
)
from intervisiewijzer.sessions.localtime import to_local
from intervisiewijzer.sessions.models import GroupSession
from intervisiewijzer.sessions.schemas import (
    AttendanceAuditPage,
    AttendanceList,
    AttendanceUpdate,
    CalendarFeedCreated,
    CalendarFeedStatus,
    Cancellation,
    MyAttendance,
    RsvpUpdate,
    SeriesCreate,
    SeriesPublic,
    SessionCreate,
    SessionPage,
    SessionPublic,
    SessionResponses,
    SessionUpdate,
    SessionWhen,
)

router = APIRouter(tags=["sessions"], responses=problem_responses(401))
attendance_router = APIRouter(tags=["attendance"], responses=problem_responses(401, 404))
calendar_router = APIRouter(tags=["calendar"])

When = Annotated[SessionWhen, Query(description="Komende, afgelopen of alle bijeenkomsten")]
CALENDAR_CONTENT: dict[int | str, dict[str, Any]] = {
    200: {
        "content": {"text/calendar": {"schema": {"type": "string"}}},
        "description": "iCalendar-bestand (RFC 5545)",
    }
}


def etag_of(group_session: GroupSession) -> str:
    return f'"{group_session.id.hex[:12]}-{group_session.version}"'


def download(content: bytes | str, media_type: str, filename: str) -> Response:
    """A file to save; personal data, so never kept in shared caches."""
    return Response(
        content=content,
        media_type=media_type,
        headers={
            "Content-Disposition": f'attachment; filename="{filename}"',
            "Cache-Control": "private, no-store",
        },
    )


# --- Planning ------------------------------------------------------------------------------


@router.post(
    "/groups/{group_ref}/sessions",
    status_code=status.HTTP_201_CREATED,
    responses=problem_responses(403, 404, 422),
)
def create_session(
    response: Response, session: SessionDep, access: CoordinatorAccess, data: SessionCreate
) -> SessionPublic:
    """Plan one session (coordinators)."""
    group_session = service.create_session(session, access.group, data, access.caller.id)
    session.commit()
    response.headers["ETag"] = etag_of(group_session)
    return service.present_session(session, group_session, access.caller)


@router.post(
    "/groups/{group_ref}/sessions/series",
    status_code=status.HTTP_201_CREATED,
    responses=problem_responses(403, 404, 422),
)
def plan_series(session: SessionDep, access: CoordinatorAccess, data: SeriesCreate) -> SeriesPublic:
    """Plan a series, e.g. every 8 weeks for a year (coordinators). Times are Dutch wall-clock
    times: 19:30 stays 19:30 in summer and winter."""
    sessions = service.plan_series(session, access.group, data, access.caller.id)
    session.commit()
    assert sessions[0].series_id is not None
    return SeriesPublic(
        series_id=sessions[0].series_id,
        sessions=service.present_sessions(session, sessions, access.caller),
    )


@router.get("/groups/{group_ref}/sessions", responses=problem_responses(403, 404, 422))
def list_group_sessions(
    session: SessionDep,
    access: GroupMemberAccess,
    pagination: PaginationDep,
    when: When = SessionWhen.upcoming,
    include_cancelled: Annotated[bool, Query(description="Ook afgelaste bijeenkomsten")] = True,
) -> SessionPage:
    """A group's sessions, for its members."""
    items, total = service.list_sessions(
        session, [access.group.id], when, pagination, include_cancelled
    )
    return SessionPage(
        items=service.present_sessions(session, items, access.caller),
        total=total,
        limit=pagination.limit,
        offset=pagination.offset,
    )


@router.get("/me/sessions", responses=problem_responses(422))
def list_my_sessions(
    session: SessionDep,
    member: CurrentMember,
    pagination: PaginationDep,
    when: When = SessionWhen.upcoming,
) -> SessionPage:
    """Sessions of all my groups, with my own answer and attendance."""
    group_ids = service.group_ids_of(session, member)
    items, total = service.list_sessions(session, group_ids, when, pagination)
    return SessionPage(
        items=service.present_sessions(session, items, member),
        total=total,
        limit=pagination.limit,
        offset=pagination.offset,
    )


# Declared before /sessions/{session_id}, which would otherwise take "<id>.ics" as its id.
@router.get(
    "/sessions/{session_id}.ics",
    response_class=Response,
    responses={**CALENDAR_CONTENT, **problem_responses(404)},
)
def download_session_calendar(session: SessionDep, access: SessionMemberAccess) -> Response:
    """One session as an .ics file, to add to a calendar."""
    group_session = service.present_session(session, access.group_session, access.caller)
    day = to_local(group_session.starts_at).date().isoformat()
    return download(
        ical.sessions_calendar([group_session], access.group.name),
        ical.MEDIA_TYPE,
        f"intervisie-{access.group.slug}-{day}.ics",
    )


@router.get("/sessions/{session_id}", responses=problem_responses(404))
def read_session(
    response: Response, session: SessionDep, access: SessionMemberAccess
) -> SessionPublic:
    """One session, with its location: for members of the group."""
    response.headers["ETag"] = etag_of(access.group_session)
    return service.present_session(session, access.group_session, access.caller)


@router.patch("/sessions/{session_id}", responses=problem_responses(403, 404, 409, 412, 422))
def update_session(
    response: Response,
    session: SessionDep,
    access: SessionCoordinatorAccess,
    data: SessionUpdate,
    if_match: Annotated[str | None, Header(description="ETag van de laatst gelezen versie")] = None,
) -> SessionPublic:
    """Change a session (coordinators). Send If-Match to avoid overwriting others."""
    group_session = access.group_session
    if if_match is not None and if_match not in (etag_of(group_session), "*"):
        raise PreconditionFailedError(
            "Iemand anders heeft deze bijeenkomst intussen gewijzigd. Laad haar opnieuw."
        )
    service.update_session(session, group_session, data, access.caller.id)
    session.commit()
    response.headers["ETag"] = etag_of(group_session)
    return service.present_session(session, group_session, access.caller)


@router.post("/sessions/{session_id}/cancel", responses=problem_responses(403, 404, 409))
def cancel_session(
    session: SessionDep, access: SessionCoordinatorAccess, data: Cancellation
) -> SessionPublic:
    """Call a session off (coordinators). It stays visible to the group as cancelled."""
    service.cancel_session(session, access.group_session, data.reason, access.caller.id)
    session.commit()
    return service.present_session(session, access.group_session, access.caller)


# --- Answers (RSVP) ------------------------------------------------------------------------


@router.put("/sessions/{session_id}/response", responses=problem_responses(403, 404, 409, 422))
def respond_to_session(
    session: SessionDep, access: OwnAnswerAccess, data: RsvpUpdate
) -> SessionPublic:
    """Say whether you come (members, for themselves). Changeable until the session starts."""
    service.respond(session, access.group_session, access.caller, data)
    session.commit()
    return service.present_session(session, access.group_session, access.caller)


@router.get("/sessions/{session_id}/responses", responses=problem_responses(404))
def list_session_responses(session: SessionDep, access: SessionMemberAccess) -> SessionResponses:
    """Who comes, who does not and who has not answered yet (members of the group)."""
    return service.session_responses(
        session, access.group_session, access.caller, access.can_see_absence_reasons
    )


# --- Attendance ----------------------------------------------------------------------------


@attendance_router.get("/sessions/{session_id}/attendance")
def read_attendance(session: SessionDep, access: SessionMemberAccess) -> AttendanceList:
    """The attendance list with everyone's confirmation (members of the group)."""
    return attendance.attendance_list(session, access.group_session)


@attendance_router.put(
    "/sessions/{session_id}/attendance", responses=problem_responses(403, 409, 422)
)
def record_attendance(
    session: SessionDep, access: AttendanceRecorderAccess, data: AttendanceUpdate
) -> AttendanceList:
    """Record who was present, once the session has started (its facilitator or a
    coordinator). Recording again keeps the confirmations of those still present."""
    attendance.record_attendance(
        session, access.group_session, access.caller, data.present_member_ids
    )
    session.commit()
    return attendance.attendance_list(session, access.group_session)


@attendance_router.post(
    "/sessions/{session_id}/attendance/confirm", responses=problem_responses(409)
)
def confirm_attendance(session: SessionDep, access: AttendeeAccess) -> MyAttendance:
    """Confirm your own presence ('aftekenen'). Only possible once the list is recorded and
    you are on it; nobody can confirm for someone else."""
    row = attendance.confirm_attendance(session, access.group_session, access.caller)
    session.commit()
    return MyAttendance(present=True, confirmed_at=row.confirmed_at)


@attendance_router.get(
    "/sessions/{session_id}/attendance/audit", responses=problem_responses(403, 422)
)
def read_attendance_audit(
    session: SessionDep, access: SessionCoordinatorAccess, pagination: PaginationDep
) -> AttendanceAuditPage:
    """Every change to the attendance list, newest first (coordinators)."""
    return attendance.audit_trail(session, access.group_session, pagination)


# --- Calendar feed -------------------------------------------------------------------------


@calendar_router.get("/me/calendar-feed", responses=problem_responses(401))
def read_calendar_feed(session: SessionDep, member: CurrentMember) -> CalendarFeedStatus:
    """Whether you have a personal calendar feed (its link is shown only when made)."""
    feed = feeds.feed_of(session, member)
    return CalendarFeedStatus(active=feed is not None, created_at=feed.created_at if feed else None)


@calendar_router.post(
    "/me/calendar-feed", status_code=status.HTTP_201_CREATED, responses=problem_responses(401)
)
def create_calendar_feed(
    request: Request, session: SessionDep, settings: SettingsDep, member: CurrentMember
) -> CalendarFeedCreated:
    """Make a secret calendar link with the sessions of all your groups. Making a new one
    switches the old link off."""
    feed, token = feeds.create_or_rotate_feed(session, member)
    session.commit()
    path = request.url_for("read_calendar_feed_by_token", token=token).path
    url = settings.public_base_url.rstrip("/") + path
    return CalendarFeedCreated(
        url=url, webcal_url="webcal://" + url.split("://", 1)[1], created_at=feed.created_at
    )


@calendar_router.delete(
    "/me/calendar-feed",
    status_code=status.HTTP_204_NO_CONTENT,
    responses=problem_responses(401),
)
def revoke_calendar_feed(session: SessionDep, member: CurrentMember) -> None:
    """Switch your calendar link off; calendar apps stop receiving updates."""
    feeds.revoke_feed(session, member)
    session.commit()


@calendar_router.get(
    "/calendar/{token}.ics",
    response_class=Response,
    responses={**CALENDAR_CONTENT, **problem_responses(404)},
)
def read_calendar_feed_by_token(
    session: SessionDep,
    token: Annotated[str, Path(description="Het geheime token uit de agendalink")],
) -> Response:
    """A member's calendar feed, for calendar apps; the secret link is the only key."""
    member = feeds.member_for_token(session, token)
    if member is None:
        raise NotFoundError("Deze agendalink bestaat niet of is uitgeschakeld.")
    sessions = service.present_sessions(session, feeds.feed_sessions(session, member), member)
    return download(
        ical.sessions_calendar(sessions, "Intervisie"), ical.MEDIA_TYPE, "intervisiewijzer.ics"
    )
