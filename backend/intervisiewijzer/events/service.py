"""Thematic events: setting them up, registration with a waitlist, breakout rooms and attendance.

Capacity rule: registered participants never exceed the capacity; beyond it people join the
waitlist, and a freed place goes to the longest-waiting person. Once rooms are assigned, every
newly registered participant goes straight into the smallest room that still has room.
No HTTP here; callers commit.
"""

import secrets
import uuid
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from sqlalchemy import ColumnElement, bindparam, case, func, update
from sqlalchemy import select as sa_select
from sqlalchemy.orm.attributes import set_committed_value
from sqlmodel import Session, col, select

from intervisiewijzer.common import utcnow
from intervisiewijzer.errors import ConflictError, InvalidInputError, NotFoundError
from intervisiewijzer.events import rooms
from intervisiewijzer.events.models import (
    ACTIVE_REGISTRATION,
    STARTER_BELOW_YEARS,
    Event,
    EventCoach,
    EventRegistration,
    EventRoom,
    EventStatus,
    RegistrationStatus,
)
from intervisiewijzer.events.schemas import (
    AttendanceEntry,
    CoachCandidate,
    EventCreate,
    EventUpdate,
)
from intervisiewijzer.groups.models import Membership
from intervisiewijzer.members.models import Member, MemberKind

DISPLAY_ZONE = ZoneInfo("Europe/Amsterdam")


# --- Looking up ----------------------------------------------------------------------------


def require_event(session: Session, event_id: uuid.UUID) -> Event:
    event = session.get(Event, event_id)
    if event is None:
        raise NotFoundError("Deze bijeenkomst bestaat niet (meer).")
    return event


def is_coach(session: Session, event_id: uuid.UUID, member_id: uuid.UUID) -> bool:
    return session.get(EventCoach, (event_id, member_id)) is not None


def rooms_led_by(session: Session, event_id: uuid.UUID, member_id: uuid.UUID) -> list[EventRoom]:
    return list(
        session.exec(
            select(EventRoom)
            .where(EventRoom.event_id == event_id, EventRoom.coach_id == member_id)
            .order_by(col(EventRoom.number))
        )
    )


def registration_of(
    session: Session, event_id: uuid.UUID, member_id: uuid.UUID
) -> EventRegistration | None:
    return session.exec(
        select(EventRegistration).where(
            EventRegistration.event_id == event_id, EventRegistration.member_id == member_id
        )
    ).first()


def registrations_by_id(
    session: Session, event: Event, ids: Iterable[uuid.UUID]
) -> dict[uuid.UUID, EventRegistration]:
    wanted = set(ids)
    found = {
        registration.id: registration
        for registration in session.exec(
            select(EventRegistration).where(
                EventRegistration.event_id == event.id, col(EventRegistration.id).in_(wanted)
            )
        )
    }
    if len(found) != len(wanted):
        raise NotFoundError("Niet alle aanmeldingen horen bij deze bijeenkomst.")
    return found


def registration_open(event: Event) -> bool:
    return event.status == EventStatus.published and utcnow() < event.registration_closes_at


def is_experienced(member: Member) -> bool:
    return experienced(member.years_experience)


def experienced(years_experience: int | None) -> bool:
    """Unknown experience counts as experienced: only known starters are spread on purpose."""
    return years_experience is None or years_experience >= STARTER_BELOW_YEARS


# --- Setting up events ---------------------------------------------------------------------


TIME_FIELDS = ("starts_at", "ends_at", "registration_closes_at")


def create_event(session: Session, data: EventCreate) -> Event:
    event = Event(
        **data.model_dump(exclude={"plenary_url", "coach_ids", *TIME_FIELDS}),
        plenary_url=str(data.plenary_url) if data.plenary_url else None,
        starts_at=data.starts_at.astimezone(UTC),
        ends_at=data.ends_at.astimezone(UTC),
        registration_closes_at=(data.registration_closes_at or data.starts_at).astimezone(UTC),
    )
    session.add(event)
    session.flush()
    for member_id in dict.fromkeys(data.coach_ids):
        add_coach(session, event, member_id)
    return event


def update_event(session: Session, event: Event, data: EventUpdate) -> Event:
    """Change the fields sent. A lower capacity keeps everyone already registered;
    a higher one moves people up from the waitlist."""
    changes = data.model_dump(exclude_unset=True)
    nullable = {"plenary_url"}
    for field, value in changes.items():
        if value is None and field not in nullable:
            raise InvalidInputError(f"Het veld '{field}' mag niet leeg zijn.")
    for field in TIME_FIELDS:
        if field in changes:
            changes[field] = changes[field].astimezone(UTC)
    _follow_start(event, changes)
    _check_times(
        changes.get("starts_at", event.starts_at),
        changes.get("ends_at", event.ends_at),
        changes.get("registration_closes_at", event.registration_closes_at),
    )
    if "room_size_max" in changes:
        _check_rooms_fit(session, event, changes["room_size_max"])
    if changes.get("status") == EventStatus.draft and event.status != EventStatus.draft:
        _check_no_registrations(session, event)
    if "plenary_url" in changes:
        changes["plenary_url"] = str(data.plenary_url) if data.plenary_url else None
    for field, value in changes.items():
        setattr(event, field, value)
    event.updated_at = utcnow()
    session.add(event)
    session.flush()
    promote_from_waitlist(session, event)
    return event


def _follow_start(event: Event, changes: dict[str, object]) -> None:
    """Registration that closed at the start keeps closing at the start when it moves."""
    if (
        "starts_at" in changes
        and "registration_closes_at" not in changes
        and event.registration_closes_at == event.starts_at
    ):
        changes["registration_closes_at"] = changes["starts_at"]


def _check_times(starts_at: datetime, ends_at: datetime, closes_at: datetime) -> None:
    if ends_at <= starts_at:
        raise InvalidInputError("De bijeenkomst moet eindigen na het begin.")
    if closes_at > starts_at:
        raise InvalidInputError(
            "De aanmelding moet uiterlijk bij het begin van de bijeenkomst sluiten."
        )


def _check_rooms_fit(session: Session, event: Event, room_size_max: int) -> None:
    sizes = _room_sizes(session, event)
    numbers = {room.id: room.number for room in rooms_of(session, event.id)}
    too_big = sorted(numbers[room_id] for room_id, size in sizes.items() if size > room_size_max)
    if too_big:
        rooms_text = (
            f"Kamer {too_big[0]} heeft"
            if len(too_big) == 1
            else f"Kamers {', '.join(map(str, too_big))} hebben"
        )
        raise ConflictError(
            f"{rooms_text} al meer dan {room_size_max} deelnemers. "
            "Verplaats eerst deelnemers of wijs de kamers daarna opnieuw in."
        )


def _check_no_registrations(session: Session, event: Event) -> None:
    if sum(status_counts(session, [event.id])[event.id].values()) > 0:
        raise ConflictError(
            "Er zijn al aanmeldingen; een gepubliceerde bijeenkomst kan niet terug naar concept. "
            "Annuleer de bijeenkomst als die niet doorgaat."
        )


def add_coach(session: Session, event: Event, member_id: uuid.UUID) -> EventCoach:
    member = session.get(Member, member_id)
    if member is None or not member.is_active:
        raise NotFoundError("Deze persoon bestaat niet of heeft geen actief account.")
    existing = session.get(EventCoach, (event.id, member_id))
    if existing is not None:
        return existing
    registration = registration_of(session, event.id, member_id)
    if registration is not None and registration.status in ACTIVE_REGISTRATION:
        raise ConflictError(
            f"{member.full_name} is als deelnemer aangemeld. Die aanmelding moet eerst "
            "geannuleerd worden voordat hij of zij coach kan zijn."
        )
    coach = EventCoach(event_id=event.id, member_id=member_id)
    session.add(coach)
    session.flush()
    return coach


def remove_coach(session: Session, event: Event, member_id: uuid.UUID) -> None:
    """A coach who leads a room hands it to a spare coach; without a spare, that is refused."""
    coach = session.get(EventCoach, (event.id, member_id))
    if coach is None:
        raise NotFoundError("Deze persoon is geen coach bij deze bijeenkomst.")
    led = rooms_led_by(session, event.id, member_id)
    spares = [spare for spare in _spare_coach_ids(session, event) if spare != member_id]
    if len(spares) < len(led):
        numbers = ", ".join(str(room.number) for room in led)
        raise ConflictError(
            f"Deze coach leidt kamer {numbers} en er is geen reservecoach om het over te "
            "nemen. Voeg eerst een andere coach toe."
        )
    for room, spare in zip(led, spares, strict=False):
        room.coach_id = spare
        session.add(room)
    session.delete(coach)
    session.flush()


def _spare_coach_ids(session: Session, event: Event) -> list[uuid.UUID]:
    leading = select(EventRoom.coach_id).where(
        EventRoom.event_id == event.id, col(EventRoom.coach_id).is_not(None)
    )
    return list(
        session.exec(
            select(EventCoach.member_id)
            .where(EventCoach.event_id == event.id, col(EventCoach.member_id).not_in(leading))
            .order_by(col(EventCoach.member_id))
        )
    )


def find_coach_candidates(session: Session, query: str, limit: int) -> list[CoachCandidate]:
    """Active members by name or email; intervisors first."""
    members = session.exec(
        select(Member)
        .where(
            col(Member.is_active),
            col(Member.full_name).icontains(query, autoescape=True)
            | col(Member.email).icontains(query, autoescape=True),
        )
        .order_by(case((col(Member.kind) == MemberKind.intervisor, 0), else_=1), Member.full_name)
        .limit(limit)
    ).all()
    return [CoachCandidate.model_validate(member, from_attributes=True) for member in members]


# --- Registration --------------------------------------------------------------------------


def register(
    session: Session, event: Event, member: Member, household_code: str | None
) -> EventRegistration:
    """Register, or join the waitlist when the event is full."""
    _lock(session, event)
    _check_open_for_registration(event)
    if is_coach(session, event.id, member.id):
        raise ConflictError("Je bent coach bij deze bijeenkomst; aanmelden is niet nodig.")
    registration = registration_of(session, event.id, member.id)
    if registration is not None and registration.status in ACTIVE_REGISTRATION:
        raise ConflictError(
            "Je staat al op de wachtlijst voor deze bijeenkomst."
            if registration.status == RegistrationStatus.waitlisted
            else "Je bent al aangemeld voor deze bijeenkomst."
        )
    registered = status_counts(session, [event.id])[event.id][RegistrationStatus.registered]
    status = (
        RegistrationStatus.registered
        if registered < event.capacity
        else RegistrationStatus.waitlisted
    )
    if registration is None:
        registration = EventRegistration(event_id=event.id, member_id=member.id, status=status)
    registration.status = status
    registration.household_code = normalise_household_code(household_code)
    registration.registered_at = utcnow()
    registration.cancelled_at = None
    registration.room_id = None
    _clear_attendance(registration)
    session.add(registration)
    session.flush()
    if registration.status == RegistrationStatus.registered:
        place_in_room(session, event, registration)
    return registration


def normalise_household_code(code: str | None) -> str | None:
    if code is None:
        return None
    return " ".join(code.split()).lower() or None


def _check_open_for_registration(event: Event) -> None:
    if event.status == EventStatus.cancelled:
        raise ConflictError("Deze bijeenkomst gaat niet door.")
    if event.status != EventStatus.published:
        raise ConflictError("Aanmelden kan pas als de bijeenkomst gepubliceerd is.")
    if utcnow() >= event.registration_closes_at:
        raise ConflictError("De aanmelding voor deze bijeenkomst is gesloten.")


def cancel_registration(session: Session, event: Event, registration: EventRegistration) -> None:
    """Cancel one's place (or waitlist place) until the event starts; a freed place goes to
    the first person on the waitlist."""
    _lock(session, event)
    if registration.status not in ACTIVE_REGISTRATION:
        raise ConflictError("Je aanmelding is al geannuleerd.")
    if utcnow() >= event.starts_at:
        raise ConflictError("De bijeenkomst is al begonnen; afmelden kan niet meer.")
    was_registered = registration.status == RegistrationStatus.registered
    registration.status = RegistrationStatus.cancelled
    registration.cancelled_at = utcnow()
    registration.room_id = None
    session.add(registration)
    session.flush()
    if was_registered:
        promote_from_waitlist(session, event)


def promote_from_waitlist(session: Session, event: Event) -> list[EventRegistration]:
    """Give free places to the longest-waiting people (until the event starts)."""
    if event.status != EventStatus.published or utcnow() >= event.starts_at:
        return []
    registered = status_counts(session, [event.id])[event.id][RegistrationStatus.registered]
    free = event.capacity - registered
    if free <= 0:
        return []
    waiting = session.exec(
        select(EventRegistration)
        .where(
            EventRegistration.event_id == event.id,
            EventRegistration.status == RegistrationStatus.waitlisted,
        )
        .order_by(col(EventRegistration.registered_at), col(EventRegistration.id))
        .limit(free)
    ).all()
    for registration in waiting:
        registration.status = RegistrationStatus.registered
        session.add(registration)
        session.flush()
        place_in_room(session, event, registration)
    return list(waiting)


def _lock(session: Session, event: Event) -> None:
    """Serialise registrations per event so two people cannot take the last place (Postgres;
    SQLite writes are serialised anyway)."""
    session.refresh(event, with_for_update=True)


def _clear_attendance(registration: EventRegistration) -> None:
    registration.attended = None
    registration.attendance_recorded_at = None
    registration.attendance_recorded_by = None


# --- Rooms ---------------------------------------------------------------------------------


@dataclass(slots=True)
class Seat:
    """A registered participant as the rooms need them: a few columns of the registration and
    the member, without loading (and tracking) the full rows."""

    registration_id: uuid.UUID
    member_id: uuid.UUID
    full_name: str
    kind: MemberKind
    years_experience: int | None
    household_code: str | None
    room_id: uuid.UUID | None
    attended: bool | None


@dataclass(frozen=True, slots=True)
class RoomInfo:
    id: uuid.UUID
    number: int
    coach_id: uuid.UUID | None
    video_url: str


@dataclass(slots=True)
class RoomState:
    """The rooms of an event and everyone registered, as plain values that stay valid after
    the commit; participants (with their groups) only when already worked out."""

    event_rooms: list[RoomInfo]
    seats: list[Seat]
    participants: list[rooms.Participant] | None = None


def assign_rooms(session: Session, event: Event, video_base_url: str) -> RoomState:
    """(Re)divide all registered participants over rooms. The same registrations and coaches
    give the same rooms; room N keeps its video link, hand-made moves are replaced."""
    seats = registered_seats(session, event.id)
    coach_ids = session.exec(
        select(EventCoach.member_id).where(EventCoach.event_id == event.id)
    ).all()
    participants = participants_for(session, event.id, seats)
    try:
        plan = rooms.assign(participants, [str(c) for c in coach_ids], event.room_size_max)
    except rooms.NoParticipantsError as error:
        raise ConflictError("Er zijn nog geen aanmeldingen om over kamers te verdelen.") from error
    except rooms.NotEnoughCoachesError as error:
        raise ConflictError(
            f"Voor {len(seats)} deelnemers in kamers van hoogstens {event.room_size_max} zijn "
            f"{error.needed} coaches nodig; er zijn er {error.available}. Voeg er nog "
            f"{error.needed - error.available} toe of vergroot de kamers.",
            coaches_needed=error.needed,
            coaches_available=error.available,
        ) from error
    saved = _save_plan(session, event, plan, seats, video_base_url)
    event.rooms_assigned_at = utcnow()
    event.updated_at = event.rooms_assigned_at
    session.add(event)
    session.flush()
    return RoomState(event_rooms=saved, seats=seats, participants=participants)


def _save_plan(
    session: Session,
    event: Event,
    plan: rooms.Assignment,
    seats: Sequence[Seat],
    video_base_url: str,
) -> list[RoomInfo]:
    existing = {room.number: room for room in rooms_of(session, event.id)}
    by_id = {str(seat.registration_id): seat for seat in seats}
    saved: list[tuple[EventRoom, rooms.Room]] = []
    for planned in plan.rooms:
        room = existing.pop(planned.number, None) or EventRoom(
            event_id=event.id,
            number=planned.number,
            video_url=room_video_url(video_base_url, event, planned.number),
        )
        room.coach_id = uuid.UUID(planned.coach_id) if planned.coach_id else None
        session.add(room)
        saved.append((room, planned))
    session.flush()
    moved: dict[uuid.UUID, uuid.UUID] = {}
    for room, planned in saved:
        for registration_id in planned.participant_ids:
            seat = by_id[registration_id]
            if seat.room_id != room.id:
                seat.room_id = room.id
                moved[seat.registration_id] = room.id
    _write_room_ids(session, moved)
    for surplus in existing.values():
        session.delete(surplus)
    session.flush()
    return sorted(
        (RoomInfo(room.id, room.number, room.coach_id, room.video_url) for room, _ in saved),
        key=lambda info: info.number,
    )


def _write_room_ids(session: Session, moved: dict[uuid.UUID, uuid.UUID]) -> None:
    """One executemany UPDATE for the registrations whose room changed; registrations already
    loaded in the session get the new value too."""
    if not moved:
        return
    table = EventRegistration.__table__  # type: ignore[attr-defined]
    session.connection().execute(
        update(table)
        .where(table.c.id == bindparam("registration_id"))
        .values(room_id=bindparam("new_room_id")),
        [
            {"registration_id": registration_id, "new_room_id": room_id}
            for registration_id, room_id in moved.items()
        ],
    )
    for loaded in list(session.identity_map.values()):
        if isinstance(loaded, EventRegistration) and loaded.id in moved:
            set_committed_value(loaded, "room_id", moved[loaded.id])


def room_video_url(base_url: str, event: Event, number: int) -> str:
    """Unguessable: the random part keeps outsiders out of the room."""
    token = secrets.token_hex(8)
    return f"{base_url.rstrip('/')}/intervisiewijzer-{event.id.hex[:8]}-kamer-{number}-{token}"


def place_in_room(
    session: Session, event: Event, registration: EventRegistration
) -> EventRoom | None:
    """Late arrivals: the smallest room with room left, preferring one without a housemate and
    with fewest people of the same role. None when rooms are not assigned yet or all are full."""
    if event.rooms_assigned_at is None:
        return None
    member = session.get(Member, registration.member_id)
    assert member is not None
    sizes: Counter[uuid.UUID] = Counter()
    same_role: Counter[uuid.UUID] = Counter()
    housemates: Counter[uuid.UUID] = Counter()
    for other in registered_seats(session, event.id):
        if other.room_id is None or other.registration_id == registration.id:
            continue
        sizes[other.room_id] += 1
        same_role[other.room_id] += other.kind == member.kind
        housemates[other.room_id] += bool(
            registration.household_code and other.household_code == registration.household_code
        )
    candidates = [
        room for room in rooms_of(session, event.id) if sizes[room.id] < event.room_size_max
    ]
    if not candidates:
        return None
    room = min(
        candidates,
        key=lambda r: (sizes[r.id], housemates[r.id], same_role[r.id], r.number),
    )
    registration.room_id = room.id
    session.add(registration)
    session.flush()
    return room


def move_registration(
    session: Session, event: Event, registration_id: uuid.UUID, room_number: int
) -> None:
    registration = registrations_by_id(session, event, [registration_id])[registration_id]
    if registration.status != RegistrationStatus.registered:
        raise ConflictError("Alleen aangemelde deelnemers (niet de wachtlijst) krijgen een kamer.")
    room = session.exec(
        select(EventRoom).where(EventRoom.event_id == event.id, EventRoom.number == room_number)
    ).first()
    if room is None:
        raise NotFoundError(f"Kamer {room_number} bestaat niet. Wijs eerst de kamers in.")
    if registration.room_id == room.id:
        return
    size = _room_sizes(session, event)[room.id]
    if size >= event.room_size_max:
        raise ConflictError(
            f"Kamer {room_number} is vol ({size} van {event.room_size_max}). "
            "Verplaats eerst iemand anders uit die kamer."
        )
    registration.room_id = room.id
    session.add(registration)
    session.flush()


def rooms_of(session: Session, event_id: uuid.UUID) -> list[EventRoom]:
    return list(
        session.exec(
            select(EventRoom).where(EventRoom.event_id == event_id).order_by(col(EventRoom.number))
        )
    )


def _room_sizes(session: Session, event: Event) -> Counter[uuid.UUID]:
    rows = session.exec(
        select(EventRegistration.room_id, func.count())
        .where(
            EventRegistration.event_id == event.id,
            EventRegistration.status == RegistrationStatus.registered,
            col(EventRegistration.room_id).is_not(None),
        )
        .group_by(col(EventRegistration.room_id))
    ).all()
    return Counter({room_id: count for room_id, count in rows if room_id is not None})


def room_infos(session: Session, event_id: uuid.UUID) -> list[RoomInfo]:
    return [
        RoomInfo(*row)
        for row in session.exec(
            select(EventRoom.id, EventRoom.number, EventRoom.coach_id, EventRoom.video_url)
            .where(EventRoom.event_id == event_id)
            .order_by(col(EventRoom.number))
        ).all()
    ]


def room_state(session: Session, event_id: uuid.UUID) -> RoomState:
    rooms_now = room_infos(session, event_id)
    return RoomState(event_rooms=rooms_now, seats=registered_seats(session, event_id))


def _registered(event_id: uuid.UUID) -> tuple[ColumnElement[bool], ...]:
    return (
        col(EventRegistration.event_id) == event_id,
        col(EventRegistration.status) == RegistrationStatus.registered,
    )


def registered_seats(session: Session, event_id: uuid.UUID) -> list[Seat]:
    """Everyone registered for the event by name (then registration id), only the columns the
    rooms need: no ORM objects, so thousands of them stay cheap."""
    query = (
        sa_select(
            col(EventRegistration.id),
            col(EventRegistration.member_id),
            col(Member.full_name),
            col(Member.kind),
            col(Member.years_experience),
            col(EventRegistration.household_code),
            col(EventRegistration.room_id),
            col(EventRegistration.attended),
        )
        .join(Member, col(Member.id) == EventRegistration.member_id)
        .where(*_registered(event_id))
        .order_by(col(Member.full_name), col(EventRegistration.id))
    )
    kinds = {kind.value: kind for kind in MemberKind}
    return [
        Seat(reg_id, member_id, name, kinds.get(kind) or MemberKind(kind), years, code, room, came)
        for reg_id, member_id, name, kind, years, code, room, came in session.connection()
        .execute(query)
        .all()
    ]


def participants_for(
    session: Session, event_id: uuid.UUID, seats: Sequence[Seat]
) -> list[rooms.Participant]:
    groups: dict[uuid.UUID, set[str]] = defaultdict(set)
    if seats:
        for member_id, group_id in session.exec(
            select(Membership.member_id, Membership.group_id)
            .join(EventRegistration, col(EventRegistration.member_id) == Membership.member_id)
            .where(*_registered(event_id))
        ):
            groups[member_id].add(str(group_id))
    return [
        rooms.Participant(
            id=str(seat.registration_id),
            role=str(seat.kind),
            experienced=experienced(seat.years_experience),
            household=seat.household_code,
            groups=frozenset(groups[seat.member_id]),
        )
        for seat in seats
    ]


# --- Attendance ----------------------------------------------------------------------------


def record_attendance(
    session: Session,
    event: Event,
    registrations: dict[uuid.UUID, EventRegistration],
    entries: Sequence[AttendanceEntry],
    recorder: Member,
) -> list[EventRegistration]:
    if utcnow() < event.starts_at:
        raise ConflictError("Aanwezigheid kun je vastleggen vanaf het begin van de bijeenkomst.")
    if any(r.status != RegistrationStatus.registered for r in registrations.values()):
        raise ConflictError(
            "Alleen aangemelde deelnemers (niet de wachtlijst) kunnen aanwezig zijn."
        )
    now = utcnow()
    for entry in entries:
        registration = registrations[entry.registration_id]
        registration.attended = entry.attended
        registration.attendance_recorded_at = now
        registration.attendance_recorded_by = recorder.id
        session.add(registration)
    session.flush()
    return list(registrations.values())


def status_counts(
    session: Session, event_ids: Sequence[uuid.UUID]
) -> dict[uuid.UUID, Counter[str]]:
    counts: dict[uuid.UUID, Counter[str]] = {event_id: Counter() for event_id in event_ids}
    if event_ids:
        for event_id, status, number in session.exec(
            select(EventRegistration.event_id, EventRegistration.status, func.count())
            .where(col(EventRegistration.event_id).in_(event_ids))
            .group_by(col(EventRegistration.event_id), col(EventRegistration.status))
        ).all():
            counts[event_id][status] = number
    return counts
