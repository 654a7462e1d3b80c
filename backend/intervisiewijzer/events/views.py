"""Read models of events for the API: public and admin views, one's own registration and
events, the admin's registration list and the room overview with its report. Every function
uses a fixed number of queries, however many events or people it shows."""

import uuid
from collections import Counter, defaultdict
from collections.abc import Sequence

from sqlalchemy import func
from sqlmodel import Session, col, select

from intervisiewijzer.common import Page, Pagination, utcnow
from intervisiewijzer.events import rooms, service
from intervisiewijzer.events.models import (
    ACTIVE_REGISTRATION,
    Event,
    EventCoach,
    EventRegistration,
    EventRoom,
    EventStatus,
    RegistrationStatus,
)
from intervisiewijzer.events.schemas import (
    AssignmentReportPublic,
    AttendanceRecord,
    CoachRef,
    ConstraintScore,
    EventAdmin,
    EventPublic,
    EventRole,
    MyEvent,
    MyRegistration,
    MyRoom,
    RegistrationForAdmin,
    RoomCoach,
    RoomOverview,
    RoomParticipant,
    RoomView,
)
from intervisiewijzer.members.models import Member

CONSTRAINT_LABELS = {
    rooms.Constraint.one_coach_per_room: "Elke kamer heeft precies één eigen coach",
    rooms.Constraint.max_size: "Geen kamer boven de maximale grootte",
    rooms.Constraint.size_balance: "Kamers verschillen hooguit één deelnemer in grootte",
    rooms.Constraint.role_balance: (
        "Gezinshuisouders en jeugdzorgwerkers gelijk over de kamers verdeeld"
    ),
    rooms.Constraint.experience_balance: "Starters en ervaren deelnemers gelijk verdeeld",
    rooms.Constraint.households_apart: "Huisgenoten uit één gezinshuis in verschillende kamers",
    rooms.Constraint.groups_apart: "Leden van dezelfde intervisiegroep over de kamers verspreid",
}


def present_events(session: Session, events: Sequence[Event]) -> list[EventPublic]:
    counts = service.status_counts(session, [event.id for event in events])
    return [_public(event, counts[event.id]) for event in events]


def _public(event: Event, counts: Counter[str]) -> EventPublic:
    registered = counts[RegistrationStatus.registered]
    return EventPublic(
        id=event.id,
        theme=event.theme,
        title=event.title,
        description=event.description,
        expert_name=event.expert_name,
        starts_at=event.starts_at,
        ends_at=event.ends_at,
        capacity=event.capacity,
        room_size_max=event.room_size_max,
        registration_closes_at=event.registration_closes_at,
        registration_open=service.registration_open(event),
        status=EventStatus(event.status),
        registered_count=registered,
        waitlist_count=counts[RegistrationStatus.waitlisted],
        spots_left=max(event.capacity - registered, 0),
        rooms_assigned=event.rooms_assigned_at is not None,
    )


def present_events_for_admin(session: Session, events: Sequence[Event]) -> list[EventAdmin]:
    ids = [event.id for event in events]
    counts = service.status_counts(session, ids)
    coaches = _coaches_of(session, ids)
    attended = _attended_counts(session, ids)
    return [
        EventAdmin(
            **_public(event, counts[event.id]).model_dump(),
            plenary_url=event.plenary_url,
            coaches=coaches.get(event.id, []),
            attended_count=attended.get(event.id, 0),
            rooms_assigned_at=event.rooms_assigned_at,
            created_at=event.created_at,
            updated_at=event.updated_at,
        )
        for event in events
    ]


def _coaches_of(session: Session, ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, list[CoachRef]]:
    result: dict[uuid.UUID, list[CoachRef]] = defaultdict(list)
    if not ids:
        return result
    room_numbers = {
        (event_id, coach_id): number
        for event_id, coach_id, number in session.exec(
            select(EventRoom.event_id, EventRoom.coach_id, EventRoom.number).where(
                col(EventRoom.event_id).in_(ids)
            )
        )
    }
    for event_id, member in session.exec(
        select(EventCoach.event_id, Member)
        .join(Member, col(Member.id) == EventCoach.member_id)
        .where(col(EventCoach.event_id).in_(ids))
        .order_by(Member.full_name)
    ):
        result[event_id].append(
            CoachRef(
                member_id=member.id,
                full_name=member.full_name,
                kind=member.kind,
                room_number=room_numbers.get((event_id, member.id)),
            )
        )
    for coaches in result.values():
        coaches.sort(key=lambda coach: (coach.room_number is None, coach.room_number or 0))
    return result


def _attended_counts(session: Session, ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, int]:
    if not ids:
        return {}
    return dict(
        session.exec(
            select(EventRegistration.event_id, func.count())
            .where(
                col(EventRegistration.event_id).in_(ids), col(EventRegistration.attended).is_(True)
            )
            .group_by(col(EventRegistration.event_id))
        ).all()
    )


def list_events(
    session: Session, page: Pagination, *, include_past: bool, statuses: Sequence[EventStatus]
) -> tuple[list[Event], int]:
    query = select(Event).where(col(Event.status).in_(statuses))
    if not include_past:
        query = query.where(Event.ends_at >= utcnow())
    total = session.exec(select(func.count()).select_from(query.subquery())).one()
    events = session.exec(
        query.order_by(col(Event.starts_at), col(Event.id)).offset(page.offset).limit(page.limit)
    ).all()
    return list(events), total


def waitlist_positions(
    session: Session, registrations: Sequence[EventRegistration]
) -> dict[uuid.UUID, int]:
    """1-based place in line of each waitlisted registration, in one query."""
    event_ids = {r.event_id for r in registrations if r.status == RegistrationStatus.waitlisted}
    if not event_ids:
        return {}
    positions: dict[uuid.UUID, int] = {}
    seen: Counter[uuid.UUID] = Counter()
    for registration_id, event_id in session.exec(
        select(EventRegistration.id, EventRegistration.event_id)
        .where(
            col(EventRegistration.event_id).in_(event_ids),
            EventRegistration.status == RegistrationStatus.waitlisted,
        )
        .order_by(col(EventRegistration.registered_at), col(EventRegistration.id))
    ):
        seen[event_id] += 1
        positions[registration_id] = seen[event_id]
    return positions


def present_my_registrations(
    session: Session, registrations: Sequence[EventRegistration]
) -> list[MyRegistration]:
    positions = waitlist_positions(session, registrations)
    events = _events_by_id(session, {r.event_id for r in registrations})
    rooms_by_id = _my_rooms(session, {r.room_id for r in registrations if r.room_id})
    result = []
    for registration in registrations:
        registered = registration.status == RegistrationStatus.registered
        result.append(
            MyRegistration(
                id=registration.id,
                event_id=registration.event_id,
                status=registration.status,
                waitlist_position=positions.get(registration.id),
                household_code=registration.household_code,
                registered_at=registration.registered_at,
                plenary_url=events[registration.event_id].plenary_url if registered else None,
                room=rooms_by_id.get(registration.room_id) if registration.room_id else None,
                attended=registration.attended,
            )
        )
    return result


def _events_by_id(session: Session, ids: set[uuid.UUID]) -> dict[uuid.UUID, Event]:
    if not ids:
        return {}
    return {event.id: event for event in session.exec(select(Event).where(col(Event.id).in_(ids)))}


def _my_rooms(session: Session, room_ids: set[uuid.UUID]) -> dict[uuid.UUID, MyRoom]:
    if not room_ids:
        return {}
    rows = session.exec(
        select(EventRoom, Member)
        .join(Member, col(Member.id) == EventRoom.coach_id, isouter=True)
        .where(col(EventRoom.id).in_(room_ids))
    ).all()
    return {
        room.id: MyRoom(
            number=room.number,
            video_url=room.video_url,
            coach=_room_coach(coach) if coach else None,
        )
        for room, coach in rows
    }


def my_events(
    session: Session, member: Member, page: Pagination, *, include_past: bool
) -> Page[MyEvent]:
    """Events one is registered for (or waitlisted) or coaches, soonest first."""
    registered_for = select(EventRegistration.event_id).where(
        EventRegistration.member_id == member.id,
        col(EventRegistration.status).in_(ACTIVE_REGISTRATION),
    )
    coaching = select(EventCoach.event_id).where(EventCoach.member_id == member.id)
    query = select(Event).where(
        Event.status != EventStatus.draft,
        col(Event.id).in_(registered_for) | col(Event.id).in_(coaching),
    )
    if not include_past:
        query = query.where(Event.ends_at >= utcnow())
    total = session.exec(select(func.count()).select_from(query.subquery())).one()
    events = session.exec(
        query.order_by(col(Event.starts_at), col(Event.id)).offset(page.offset).limit(page.limit)
    ).all()
    ids = [event.id for event in events]
    registrations = (
        session.exec(
            select(EventRegistration).where(
                EventRegistration.member_id == member.id,
                col(EventRegistration.event_id).in_(ids),
                col(EventRegistration.status).in_(ACTIVE_REGISTRATION),
            )
        ).all()
        if ids
        else []
    )
    mine = {r.event_id: r for r in present_my_registrations(session, registrations)}
    led = session.exec(
        select(EventRoom.id, EventRoom.event_id).where(
            col(EventRoom.event_id).in_(ids), EventRoom.coach_id == member.id
        )
    ).all()
    led_rooms = _my_rooms(session, {room_id for room_id, _ in led})
    coached: dict[uuid.UUID, list[MyRoom]] = defaultdict(list)
    for room_id, event_id in led:
        coached[event_id].append(led_rooms[room_id])
    items = [
        MyEvent(
            event=public,
            role=EventRole.participant if public.id in mine else EventRole.coach,
            registration=mine.get(public.id),
            coached_rooms=sorted(coached.get(public.id, []), key=lambda room: room.number),
        )
        for public in present_events(session, events)
    ]
    return Page(items=items, total=total, limit=page.limit, offset=page.offset)


def registrations_for_admin(
    session: Session, event: Event, page: Pagination, status: RegistrationStatus | None
) -> Page[RegistrationForAdmin]:
    query = (
        select(EventRegistration, Member)
        .join(Member, col(Member.id) == EventRegistration.member_id)
        .where(EventRegistration.event_id == event.id)
    )
    if status is not None:
        query = query.where(EventRegistration.status == status)
    total = session.exec(select(func.count()).select_from(query.subquery())).one()
    rows = session.exec(
        query.order_by(col(EventRegistration.registered_at), col(EventRegistration.id))
        .offset(page.offset)
        .limit(page.limit)
    ).all()
    positions = waitlist_positions(session, [registration for registration, _ in rows])
    numbers = {room.id: room.number for room in service.rooms_of(session, event.id)}
    items = [
        RegistrationForAdmin(
            id=registration.id,
            member_id=member.id,
            full_name=member.full_name,
            email=member.email,
            kind=member.kind,
            years_experience=member.years_experience,
            experienced=service.is_experienced(member),
            status=registration.status,
            waitlist_position=positions.get(registration.id),
            household_code=registration.household_code,
            room_number=numbers.get(registration.room_id) if registration.room_id else None,
            attended=registration.attended,
            registered_at=registration.registered_at,
            cancelled_at=registration.cancelled_at,
        )
        for registration, member in rows
    ]
    return Page(items=items, total=total, limit=page.limit, offset=page.offset)


def room_overview(
    session: Session,
    event: Event,
    visible_room_ids: frozenset[uuid.UUID] | None,
    state: service.RoomState | None = None,
) -> RoomOverview:
    """All rooms with the report and the unplaced (visible_room_ids None: admins), or only the
    given rooms (a coach). `state` reuses what a room assignment just loaded and saved."""
    everything = visible_room_ids is None
    if state is None:
        state = service.room_state(session, event.id)
    event_rooms = [
        room
        for room in state.event_rooms
        if visible_room_ids is None or room.id in visible_room_ids
    ]
    coaches = _coach_names(session, event.id)
    by_room: dict[uuid.UUID | None, list[RoomParticipant]] = defaultdict(list)
    for seat in state.seats:
        by_room[seat.room_id].append(_room_participant(seat))
    room_views = [
        RoomView(
            number=room.number,
            video_url=room.video_url,
            coach=coaches.get(room.coach_id) if room.coach_id else None,
            size=len(by_room[room.id]),
            participants=by_room[room.id],
        )
        for room in event_rooms
    ]
    leading = {room.coach_id for room in event_rooms}
    spare = [coach for coach in coaches.values() if coach.member_id not in leading]
    return RoomOverview(
        event_id=event.id,
        room_size_max=event.room_size_max,
        rooms_assigned_at=event.rooms_assigned_at,
        rooms=room_views,
        unplaced=by_room[None] if everything else [],
        spare_coaches=spare if everything else [],
        report=_current_report(session, event, event_rooms, state, spare)
        if everything and event_rooms
        else None,
    )


def _coach_names(session: Session, event_id: uuid.UUID) -> dict[uuid.UUID, RoomCoach]:
    """The event's coaches by name, only the two columns the rooms show."""
    return {
        member_id: RoomCoach(member_id=member_id, full_name=full_name)
        for member_id, full_name in session.exec(
            select(Member.id, Member.full_name)
            .join(EventCoach, col(EventCoach.member_id) == Member.id)
            .where(EventCoach.event_id == event_id)
            .order_by(col(Member.full_name), col(Member.id))
        ).all()
    }


def _room_coach(member: Member) -> RoomCoach:
    return RoomCoach(member_id=member.id, full_name=member.full_name)


def _room_participant(seat: service.Seat) -> RoomParticipant:
    return RoomParticipant(
        registration_id=seat.registration_id,
        member_id=seat.member_id,
        full_name=seat.full_name,
        kind=seat.kind,
        experienced=service.experienced(seat.years_experience),
        attended=seat.attended,
    )


def _current_report(
    session: Session,
    event: Event,
    event_rooms: Sequence[service.RoomInfo],
    state: service.RoomState,
    spare: Sequence[RoomCoach],
) -> AssignmentReportPublic:
    """Score the rooms as they are now, moves by hand and late arrivals included."""
    members_of: dict[uuid.UUID, list[str]] = defaultdict(list)
    for seat in state.seats:
        if seat.room_id is not None:
            members_of[seat.room_id].append(str(seat.registration_id))
    participants = state.participants
    if participants is None:
        participants = service.participants_for(session, event.id, state.seats)
    report = rooms.evaluate(
        participants,
        [
            rooms.Room(
                number=room.number,
                coach_id=str(room.coach_id) if room.coach_id else None,
                participant_ids=tuple(members_of[room.id]),
            )
            for room in event_rooms
        ],
        event.room_size_max,
        [str(coach.member_id) for coach in spare],
    )
    return present_report(report)


def present_report(report: rooms.AssignmentReport) -> AssignmentReportPublic:
    return AssignmentReportPublic(
        participants=report.participants,
        rooms=report.rooms,
        unplaced=report.unplaced,
        spare_coaches=len(report.spare_coaches),
        hard_constraints_met=report.hard_constraints_met,
        scores=[
            ConstraintScore(
                constraint=score.constraint,
                label=CONSTRAINT_LABELS[score.constraint],
                hard=score.hard,
                value=score.value,
                best_possible=score.best_possible,
                met=score.met,
            )
            for score in report.scores
        ],
    )


def attendance_records(
    session: Session, registrations: Sequence[EventRegistration]
) -> list[AttendanceRecord]:
    members = {
        member.id: member
        for member in session.exec(
            select(Member).where(col(Member.id).in_({r.member_id for r in registrations}))
        )
    }
    records = [
        AttendanceRecord(
            registration_id=registration.id,
            member_id=registration.member_id,
            full_name=members[registration.member_id].full_name,
            attended=registration.attended,
            recorded_at=registration.attendance_recorded_at,
        )
        for registration in registrations
    ]
    return sorted(records, key=lambda record: (record.full_name, record.registration_id))
