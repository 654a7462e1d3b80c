"""Who may do what with a thematic event: the one place for event authorization.

- anyone may see published and cancelled events; drafts only platform admins (others get 404);
- a logged-in member registers themselves and sees only their own registration and room;
- platform admins set events up, pick coaches, assign and move people, and see everything;
- a coach of the event sees the rooms they lead, with names, and records attendance there;
- the calendar file is for registered participants and the event's coaches.
"""

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Path

from intervisiewijzer.auth.dependencies import AdminMember, CurrentMember, OptionalMember
from intervisiewijzer.db import SessionDep
from intervisiewijzer.errors import NotFoundError, PermissionDeniedError
from intervisiewijzer.events import service
from intervisiewijzer.events.models import (
    ACTIVE_REGISTRATION,
    Event,
    EventRegistration,
    EventRoom,
    EventStatus,
    RegistrationStatus,
)
from intervisiewijzer.members.models import Member

EventId = Annotated[uuid.UUID, Path(description="Id van de bijeenkomst")]

_NOT_FOUND = "Deze bijeenkomst bestaat niet (meer)."
_NOT_REGISTERED = "Je bent niet aangemeld voor deze bijeenkomst."


def get_visible_event(session: SessionDep, event_id: EventId, caller: OptionalMember) -> Event:
    event = session.get(Event, event_id)
    if event is None or (event.status == EventStatus.draft and not _is_admin(caller)):
        raise NotFoundError(_NOT_FOUND)
    return event


def get_managed_event(session: SessionDep, event_id: EventId, _admin: AdminMember) -> Event:
    return service.require_event(session, event_id)


def get_own_registration(
    session: SessionDep,
    caller: CurrentMember,
    event: Annotated[Event, Depends(get_visible_event)],
) -> EventRegistration:
    """The caller's own active registration (registered or waitlisted)."""
    registration = service.registration_of(session, event.id, caller.id)
    if registration is None or registration.status not in ACTIVE_REGISTRATION:
        raise NotFoundError(_NOT_REGISTERED)
    return registration


@dataclass(frozen=True)
class StaffAccess:
    """A platform admin (all rooms) or a coach of the event (the rooms they lead)."""

    event: Event
    caller: Member
    room_ids: frozenset[uuid.UUID] | None  # None: every room

    @property
    def sees_everything(self) -> bool:
        return self.room_ids is None


def get_staff_access(session: SessionDep, event_id: EventId, caller: CurrentMember) -> StaffAccess:
    event = session.get(Event, event_id)
    if event is None:
        raise NotFoundError(_NOT_FOUND)
    if caller.is_admin:
        return StaffAccess(event, caller, None)
    if not service.is_coach(session, event.id, caller.id):
        raise PermissionDeniedError(
            "Alleen de beheerders en de coaches van deze bijeenkomst kunnen de kamers zien."
        )
    led = service.rooms_led_by(session, event.id, caller.id)
    return StaffAccess(event, caller, frozenset(room.id for room in led))


def check_attendance_scope(access: StaffAccess, registrations: Iterable[EventRegistration]) -> None:
    """A coach records attendance for the people in their own rooms only."""
    if access.room_ids is None:
        return
    if any(registration.room_id not in access.room_ids for registration in registrations):
        raise PermissionDeniedError(
            "Je kunt alleen de aanwezigheid vastleggen van deelnemers in je eigen kamer."
        )


@dataclass(frozen=True)
class Attendee:
    """Someone who takes part: a registered participant (with their room, if assigned) or a
    coach (with the rooms they lead)."""

    event: Event
    member: Member
    registration: EventRegistration | None
    rooms: list[EventRoom]


def get_attendee(
    session: SessionDep,
    caller: CurrentMember,
    event: Annotated[Event, Depends(get_visible_event)],
) -> Attendee:
    registration = service.registration_of(session, event.id, caller.id)
    if registration is not None and registration.status == RegistrationStatus.registered:
        room = session.get(EventRoom, registration.room_id) if registration.room_id else None
        return Attendee(event, caller, registration, [room] if room else [])
    if service.is_coach(session, event.id, caller.id):
        return Attendee(event, caller, None, service.rooms_led_by(session, event.id, caller.id))
    raise NotFoundError(_NOT_REGISTERED)


def _is_admin(caller: Member | None) -> bool:
    return caller is not None and caller.is_admin


VisibleEvent = Annotated[Event, Depends(get_visible_event)]
ManagedEvent = Annotated[Event, Depends(get_managed_event)]
OwnRegistration = Annotated[EventRegistration, Depends(get_own_registration)]
EventStaff = Annotated[StaffAccess, Depends(get_staff_access)]
EventAttendee = Annotated[Attendee, Depends(get_attendee)]
