import uuid
from typing import Annotated

from fastapi import APIRouter, Query, Response, status

from intervisiewijzer.auth.dependencies import AdminMember, CurrentMember, SettingsDep
from intervisiewijzer.common import Page, PaginationDep
from intervisiewijzer.db import SessionDep
from intervisiewijzer.errors import problem_responses
from intervisiewijzer.events import service, views
from intervisiewijzer.events.access import (
    EventAttendee,
    EventStaff,
    ManagedEvent,
    OwnRegistration,
    VisibleEvent,
    check_attendance_scope,
)
from intervisiewijzer.events.calendar import event_calendar
from intervisiewijzer.events.models import Event, EventStatus, RegistrationStatus
from intervisiewijzer.events.schemas import (
    AttendanceRecord,
    AttendanceUpdate,
    CoachAdd,
    CoachCandidate,
    EventAdmin,
    EventCreate,
    EventPublic,
    EventUpdate,
    MyEvent,
    MyRegistration,
    RegistrationCreate,
    RegistrationForAdmin,
    RoomMove,
    RoomOverview,
)

router = APIRouter(tags=["events"])

VISIBLE_STATUSES = (EventStatus.published, EventStatus.cancelled)
IncludePast = Annotated[bool, Query(description="Ook afgelopen bijeenkomsten")]


def _for_admin(session: SessionDep, event: Event) -> EventAdmin:
    return views.present_events_for_admin(session, [event])[0]


# --- Fixed paths first: they would otherwise match /events/{event_id} -----------------------


@router.get("/events", responses=problem_responses(422))
def list_events(
    session: SessionDep, page: PaginationDep, include_past: IncludePast = False
) -> Page[EventPublic]:
    """Published thematic meetings, soonest first (cancelled ones stay listed as such)."""
    events, total = views.list_events(
        session, page, include_past=include_past, statuses=VISIBLE_STATUSES
    )
    return Page(
        items=views.present_events(session, events),
        total=total,
        limit=page.limit,
        offset=page.offset,
    )


@router.get("/events/manage", responses=problem_responses(401, 403, 422))
def list_managed_events(
    session: SessionDep,
    _admin: AdminMember,
    page: PaginationDep,
    status: EventStatus | None = None,
    include_past: IncludePast = True,
) -> Page[EventAdmin]:
    """All events including drafts, with coaches and counts (platform admins)."""
    statuses = [status] if status else list(EventStatus)
    events, total = views.list_events(session, page, include_past=include_past, statuses=statuses)
    return Page(
        items=views.present_events_for_admin(session, events),
        total=total,
        limit=page.limit,
        offset=page.offset,
    )


@router.get("/events/coach-candidates", responses=problem_responses(401, 403, 422))
def find_coach_candidates(
    session: SessionDep,
    _admin: AdminMember,
    q: Annotated[str, Query(min_length=1, max_length=100, description="Deel van naam of e-mail")],
    limit: Annotated[int, Query(ge=1, le=50)] = 20,
) -> list[CoachCandidate]:
    """Members to choose as coach, intervisors first (platform admins)."""
    return service.find_coach_candidates(session, q.strip(), limit)


@router.post(
    "/events", status_code=status.HTTP_201_CREATED, responses=problem_responses(401, 403, 404, 422)
)
def create_event(session: SessionDep, _admin: AdminMember, data: EventCreate) -> EventAdmin:
    """Create a thematic meeting, as draft or published, optionally with its coaches."""
    event = service.create_event(session, data)
    session.commit()
    return _for_admin(session, event)


@router.get("/me/events", responses=problem_responses(401, 422))
def my_events(
    session: SessionDep,
    member: CurrentMember,
    page: PaginationDep,
    include_past: IncludePast = False,
) -> Page[MyEvent]:
    """Events the logged-in member is registered for, waitlisted for, or coaches."""
    return views.my_events(session, member, page, include_past=include_past)


@router.get(
    "/events/{event_id}.ics",
    response_class=Response,
    responses={
        200: {
            "content": {"text/calendar": {"schema": {"type": "string"}}},
            "description": "iCalendar-bestand",
        },
        **problem_responses(401, 404),
    },
)
def download_calendar(attendee: EventAttendee) -> Response:
    """The event for one's own calendar, with the plenary link and one's own room link
    (registered participants and coaches)."""
    content = event_calendar(attendee.event, attendee.rooms, as_coach=attendee.registration is None)
    filename = f"themabijeenkomst-{attendee.event.starts_at:%Y-%m-%d}.ics"
    return Response(
        content,
        media_type="text/calendar; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
    )


# --- One event -----------------------------------------------------------------------------


@router.get("/events/{event_id}", responses=problem_responses(404, 422))
def read_event(session: SessionDep, event: VisibleEvent) -> EventPublic:
    """An event's public page: no video links and no names."""
    return views.present_events(session, [event])[0]


@router.get("/events/{event_id}/manage", responses=problem_responses(401, 403, 404, 422))
def read_managed_event(session: SessionDep, event: ManagedEvent) -> EventAdmin:
    """An event with its plenary link, coaches and counts (platform admins)."""
    return _for_admin(session, event)


@router.patch("/events/{event_id}", responses=problem_responses(401, 403, 404, 409, 422))
def update_event(session: SessionDep, event: ManagedEvent, data: EventUpdate) -> EventAdmin:
    """Change, publish or cancel an event (platform admins). More capacity moves people up
    from the waitlist; less keeps everyone already registered."""
    service.update_event(session, event, data)
    session.commit()
    return _for_admin(session, event)


@router.post("/events/{event_id}/coaches", responses=problem_responses(401, 403, 404, 409, 422))
def add_coach(session: SessionDep, event: ManagedEvent, data: CoachAdd) -> EventAdmin:
    """Add a member as coach (platform admins). Adding someone twice changes nothing."""
    service.add_coach(session, event, data.member_id)
    session.commit()
    return _for_admin(session, event)


@router.delete(
    "/events/{event_id}/coaches/{member_id}", responses=problem_responses(401, 403, 404, 409, 422)
)
def remove_coach(session: SessionDep, event: ManagedEvent, member_id: uuid.UUID) -> EventAdmin:
    """Remove a coach (platform admins). A room they lead goes to a spare coach."""
    service.remove_coach(session, event, member_id)
    session.commit()
    return _for_admin(session, event)


# --- Registration --------------------------------------------------------------------------


@router.get("/events/{event_id}/registrations", responses=problem_responses(401, 403, 404, 422))
def list_registrations(
    session: SessionDep,
    event: ManagedEvent,
    page: PaginationDep,
    status: RegistrationStatus | None = None,
) -> Page[RegistrationForAdmin]:
    """Everyone who registered, in order of registration, with room and attendance
    (platform admins)."""
    return views.registrations_for_admin(session, event, page, status)


@router.post(
    "/events/{event_id}/registrations",
    status_code=status.HTTP_201_CREATED,
    responses=problem_responses(401, 404, 409, 422),
)
def register_for_event(
    session: SessionDep,
    member: CurrentMember,
    event: VisibleEvent,
    data: RegistrationCreate | None = None,
) -> MyRegistration:
    """Register yourself (the body is optional). When the event is full you join the
    waitlist; once rooms are assigned you get a room straight away."""
    household_code = data.household_code if data else None
    registration = service.register(session, event, member, household_code)
    session.commit()
    return views.present_my_registrations(session, [registration])[0]


@router.get("/events/{event_id}/my-registration", responses=problem_responses(401, 404, 422))
def read_my_registration(session: SessionDep, registration: OwnRegistration) -> MyRegistration:
    """Your own registration with your place on the waitlist, or the plenary link and your
    room with its video link. 404 when you are not registered."""
    return views.present_my_registrations(session, [registration])[0]


@router.delete(
    "/events/{event_id}/registrations/me",
    status_code=status.HTTP_204_NO_CONTENT,
    responses=problem_responses(401, 404, 409, 422),
)
def cancel_my_registration(
    session: SessionDep, event: VisibleEvent, registration: OwnRegistration
) -> None:
    """Cancel your registration or waitlist place (until the event starts). Your place goes
    to the first person on the waitlist."""
    service.cancel_registration(session, event, registration)
    session.commit()


# --- Rooms and attendance ------------------------------------------------------------------


@router.post(
    "/events/{event_id}/rooms/assign", responses=problem_responses(401, 403, 404, 409, 422)
)
def assign_rooms(session: SessionDep, settings: SettingsDep, event: ManagedEvent) -> RoomOverview:
    """Divide all registered participants over breakout rooms, one coach each, and report
    how well every wish was met (platform admins). Running it again with the same people
    gives the same rooms and undoes moves by hand; room links stay the same. 409 with
    `coaches_needed` when there are too few coaches."""
    state = service.assign_rooms(session, event, settings.video_base_url)
    session.commit()
    return views.room_overview(session, event, None, state)


@router.get("/events/{event_id}/rooms", responses=problem_responses(401, 403, 404, 422))
def list_rooms(session: SessionDep, access: EventStaff) -> RoomOverview:
    """The rooms with participants' names: all of them with the report for platform admins,
    the rooms they lead for a coach."""
    return views.room_overview(session, access.event, access.room_ids)


@router.post("/events/{event_id}/rooms/move", responses=problem_responses(401, 403, 404, 409, 422))
def move_participant(session: SessionDep, event: ManagedEvent, data: RoomMove) -> RoomOverview:
    """Move a participant to another room by hand (platform admins); refused when that room
    is full. The report shows the effect."""
    service.move_registration(session, event, data.registration_id, data.room_number)
    session.commit()
    return views.room_overview(session, event, None)


@router.put("/events/{event_id}/attendance", responses=problem_responses(401, 403, 404, 409, 422))
def record_attendance(
    session: SessionDep, access: EventStaff, data: AttendanceUpdate
) -> list[AttendanceRecord]:
    """Record who attended, from the start of the event (platform admins; a coach for their
    own room). Attendance counts as a reflection activity for the participant."""
    registrations = service.registrations_by_id(
        session, access.event, [entry.registration_id for entry in data.records]
    )
    check_attendance_scope(access, registrations.values())
    service.record_attendance(session, access.event, registrations, data.records, access.caller)
    session.commit()
    return views.attendance_records(session, list(registrations.values()))
