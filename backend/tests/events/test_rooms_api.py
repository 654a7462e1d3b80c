"""Breakout rooms through the API: assigning, moving, late arrivals, who sees which room,
the personal calendar file and attendance."""

import uuid
from datetime import timedelta
from typing import Any

from fastapi.testclient import TestClient
from icalendar import Calendar
from sqlmodel import Session, select

from intervisiewijzer.common import utcnow
from intervisiewijzer.config import Settings, get_settings
from intervisiewijzer.events.models import Event, EventRoom, RegistrationStatus
from intervisiewijzer.evidence.service import attended_events
from intervisiewijzer.members.models import Member, MemberKind
from tests.events.helpers import (
    add_coaches,
    add_registration,
    assign,
    make_admin,
    make_event,
    register,
)
from tests.factories import add_membership, login, make_group, make_member


def mixed_registrants(session: Session, event: Event, count: int) -> list[Member]:
    """Every third a jeugdzorgwerker, every fourth a starter."""
    people = []
    for index in range(count):
        member = make_member(
            session,
            kind=MemberKind.jeugdzorgwerker if index % 3 == 0 else MemberKind.gezinshuisouder,
            years_experience=1 if index % 4 == 0 else 6,
        )
        add_registration(session, event, member)
        people.append(member)
    return people


def scores(overview: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {score["constraint"]: score for score in overview["report"]["scores"]}


def room_of(overview: dict[str, Any], member: Member) -> int:
    return next(
        room["number"]
        for room in overview["rooms"]
        for person in room["participants"]
        if person["member_id"] == str(member.id)
    )


def test_assign_balances_rooms_and_reports(client: TestClient, session: Session) -> None:
    event = make_event(session, room_size_max=4)
    add_coaches(session, event, 4)
    people = mixed_registrants(session, event, 9)
    group = make_group(session)
    for member in people[:3]:
        add_membership(session, group, member)
    partner_a, partner_b = make_member(session), make_member(session)
    add_registration(session, event, partner_a, household_code="de linde")
    add_registration(session, event, partner_b, household_code="de linde")

    overview = assign(client, event, make_admin(session))
    assert [room["size"] for room in overview["rooms"]] == [4, 4, 3]
    assert all(room["coach"] is not None for room in overview["rooms"])
    assert len({room["coach"]["member_id"] for room in overview["rooms"]}) == 3
    assert len(overview["spare_coaches"]) == 1
    assert overview["unplaced"] == []
    report = overview["report"]
    assert (report["participants"], report["rooms"], report["spare_coaches"]) == (11, 3, 1)
    assert report["hard_constraints_met"] is True
    assert all(score["met"] for score in report["scores"]), report["scores"]
    assert scores(overview)["households_apart"]["label"].startswith("Huisgenoten")
    assert room_of(overview, partner_a) != room_of(overview, partner_b)
    assert len({room_of(overview, member) for member in people[:3]}) == 3
    for room in overview["rooms"]:
        assert room["video_url"].startswith("https://meet.jit.si/intervisiewijzer-")
        assert f"-kamer-{room['number']}-" in room["video_url"]
    assert len({room["video_url"] for room in overview["rooms"]}) == 3


def test_reassigning_is_deterministic_and_keeps_links(client: TestClient, session: Session) -> None:
    event = make_event(session)
    add_coaches(session, event, 3)
    mixed_registrants(session, event, 20)
    admin = make_admin(session)
    first = assign(client, event, admin)
    second = assign(client, event, admin)
    assert first["rooms"] == second["rooms"]
    assert first["report"] == second["report"]


def test_too_few_coaches_says_how_many_are_needed(client: TestClient, session: Session) -> None:
    event = make_event(session, room_size_max=8)
    add_coaches(session, event, 2)
    mixed_registrants(session, event, 17)
    response = client.post(
        f"/api/v1/events/{event.id}/rooms/assign", headers=login(client, make_admin(session))
    )
    assert response.status_code == 409
    body = response.json()
    assert (body["coaches_needed"], body["coaches_available"]) == (3, 2)
    assert "3 coaches nodig" in body["detail"]


def test_no_registrants_is_a_clear_problem(client: TestClient, session: Session) -> None:
    event = make_event(session)
    add_coaches(session, event, 1)
    response = client.post(
        f"/api/v1/events/{event.id}/rooms/assign", headers=login(client, make_admin(session))
    )
    assert response.status_code == 409
    assert "geen aanmeldingen" in response.json()["detail"]


def test_single_registrant_without_jeugdzorgwerkers(client: TestClient, session: Session) -> None:
    event = make_event(session)
    add_coaches(session, event, 2)
    add_registration(session, event)
    overview = assign(client, event, make_admin(session))
    assert [room["size"] for room in overview["rooms"]] == [1]
    assert overview["report"]["hard_constraints_met"] is True


def test_rooms_follow_a_configured_video_server(client: TestClient, session: Session) -> None:
    client.app.dependency_overrides[get_settings] = lambda: Settings(  # type: ignore[attr-defined]
        environment="test", video_base_url="https://jitsi.example.nl/"
    )
    event = make_event(session)
    add_coaches(session, event, 1)
    add_registration(session, event)
    overview = assign(client, event, make_admin(session))
    assert overview["rooms"][0]["video_url"].startswith(
        "https://jitsi.example.nl/intervisiewijzer-"
    )


def test_admin_moves_someone_and_full_rooms_refuse(client: TestClient, session: Session) -> None:
    event = make_event(session, room_size_max=3)
    add_coaches(session, event, 2)
    mixed_registrants(session, event, 5)
    admin = make_admin(session)
    headers = login(client, admin)
    overview = assign(client, event, admin)
    big, small = sorted(overview["rooms"], key=lambda room: -room["size"])
    first, second = big["participants"][0], big["participants"][1]

    def move(registration_id: str, room_number: int) -> Any:
        return client.post(
            f"/api/v1/events/{event.id}/rooms/move",
            json={"registration_id": registration_id, "room_number": room_number},
            headers=headers,
        )

    moved = move(first["registration_id"], small["number"])
    assert moved.status_code == 200, moved.text
    rooms = {room["number"]: room for room in moved.json()["rooms"]}
    assert (rooms[big["number"]]["size"], rooms[small["number"]]["size"]) == (2, 3)
    assert first in rooms[small["number"]]["participants"]
    full = move(second["registration_id"], small["number"])
    assert full.status_code == 409
    assert "vol (3 van 3)" in full.json()["detail"]
    assert move(first["registration_id"], 9).status_code == 404


def test_moving_by_hand_shows_in_the_report(client: TestClient, session: Session) -> None:
    event = make_event(session, room_size_max=4)
    add_coaches(session, event, 2)
    mixed_registrants(session, event, 6)
    admin = make_admin(session)
    overview = assign(client, event, admin)
    mover = overview["rooms"][0]["participants"][0]
    moved = client.post(
        f"/api/v1/events/{event.id}/rooms/move",
        json={"registration_id": mover["registration_id"], "room_number": 2},
        headers=login(client, admin),
    ).json()
    assert [room["size"] for room in moved["rooms"]] == [2, 4]
    assert scores(moved)["size_balance"]["value"] == 2
    assert moved["report"]["hard_constraints_met"] is False


def test_waitlisted_people_cannot_be_moved_into_a_room(
    client: TestClient, session: Session
) -> None:
    event = make_event(session)
    add_coaches(session, event, 1)
    add_registration(session, event)
    waiting = add_registration(session, event, status=RegistrationStatus.waitlisted)
    admin = make_admin(session)
    assign(client, event, admin)
    response = client.post(
        f"/api/v1/events/{event.id}/rooms/move",
        json={"registration_id": str(waiting.id), "room_number": 1},
        headers=login(client, admin),
    )
    assert response.status_code == 409


def test_late_registration_goes_to_the_smallest_room(client: TestClient, session: Session) -> None:
    event = make_event(session, room_size_max=3, capacity=10)
    add_coaches(session, event, 2)
    mixed_registrants(session, event, 5)
    admin = make_admin(session)
    overview = assign(client, event, admin)
    smallest = min(overview["rooms"], key=lambda room: room["size"])["number"]
    late = make_member(session)
    placed = register(client, event, late)
    assert placed["room"]["number"] == smallest
    assert placed["room"]["video_url"].startswith("https://meet.jit.si/")

    # both rooms are full now (3 + 3): the next one waits without a room, and admins see it
    unlucky = make_member(session, full_name="Laat Aangemeld")
    assert register(client, event, unlucky)["room"] is None
    rooms = client.get(f"/api/v1/events/{event.id}/rooms", headers=login(client, admin)).json()
    assert [person["full_name"] for person in rooms["unplaced"]] == ["Laat Aangemeld"]
    assert rooms["report"]["unplaced"] == 1


def test_promoted_from_waitlist_gets_a_room(client: TestClient, session: Session) -> None:
    event = make_event(session, capacity=2)
    add_coaches(session, event, 1)
    leaving, staying, waiting = (make_member(session) for _ in range(3))
    register(client, event, leaving)
    register(client, event, staying)
    register(client, event, waiting)
    assign(client, event, make_admin(session))
    client.delete(f"/api/v1/events/{event.id}/registrations/me", headers=login(client, leaving))
    mine = client.get(
        f"/api/v1/events/{event.id}/my-registration", headers=login(client, waiting)
    ).json()
    assert (mine["status"], mine["room"]["number"]) == ("registered", 1)


def test_coach_sees_only_own_room_with_names(client: TestClient, session: Session) -> None:
    event = make_event(session, room_size_max=3)
    coaches = add_coaches(session, event, 2)
    mixed_registrants(session, event, 6)
    overview = assign(client, event, make_admin(session))
    coach_of_room_2 = next(
        c for c in coaches if str(c.id) == overview["rooms"][1]["coach"]["member_id"]
    )
    seen = client.get(
        f"/api/v1/events/{event.id}/rooms", headers=login(client, coach_of_room_2)
    ).json()
    assert [room["number"] for room in seen["rooms"]] == [2]
    assert seen["rooms"][0]["participants"] == overview["rooms"][1]["participants"]
    assert all(person["full_name"] for person in seen["rooms"][0]["participants"])
    assert (seen["report"], seen["unplaced"], seen["spare_coaches"]) == (None, [], [])


def test_participant_sees_own_room_but_not_the_room_list(
    client: TestClient, session: Session
) -> None:
    event = make_event(session, room_size_max=2)
    add_coaches(session, event, 2)
    participant = make_member(session)
    add_registration(session, event, participant)
    mixed_registrants(session, event, 3)
    overview = assign(client, event, make_admin(session))
    headers = login(client, participant)
    mine = client.get(f"/api/v1/events/{event.id}/my-registration", headers=headers).json()
    room = next(r for r in overview["rooms"] if r["number"] == room_of(overview, participant))
    assert mine["room"] == {
        "number": room["number"],
        "video_url": room["video_url"],
        "coach": room["coach"],
    }
    other_links = {r["video_url"] for r in overview["rooms"]} - {room["video_url"]}
    assert not any(link in str(mine) for link in other_links)
    assert client.get(f"/api/v1/events/{event.id}/rooms", headers=headers).status_code == 403
    public = client.get(f"/api/v1/events/{event.id}").text
    assert "meet.jit.si" not in public and "plenair-trauma" not in public


def test_calendar_file_has_plenary_and_own_room_link(client: TestClient, session: Session) -> None:
    event = make_event(session)
    add_coaches(session, event, 1)
    participant = make_member(session)
    add_registration(session, event, participant)
    overview = assign(client, event, make_admin(session))
    response = client.get(f"/api/v1/events/{event.id}.ics", headers=login(client, participant))
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("text/calendar")
    assert response.headers["content-disposition"].endswith('.ics"')
    calendar = Calendar.from_ical(response.content)
    [entry] = calendar.walk("VEVENT")
    room_link = overview["rooms"][0]["video_url"]
    assert str(entry["SUMMARY"]) == f"{event.theme}: {event.title}"
    assert entry.decoded("DTSTART") == event.starts_at.replace(microsecond=0)
    assert entry.decoded("DTEND") == event.ends_at.replace(microsecond=0)
    assert str(entry["LOCATION"]) == room_link
    description = str(entry["DESCRIPTION"])
    assert room_link in description and "kamer 1" in description
    assert "https://meet.example.nl/plenair-trauma" in description
    assert str(entry["UID"]) == f"themabijeenkomst-{event.id}@intervisiewijzer.nl"


def test_calendar_for_coach_and_before_rooms(client: TestClient, session: Session) -> None:
    event = make_event(session)
    [coach] = add_coaches(session, event, 1)
    participant = make_member(session)
    add_registration(session, event, participant)
    before = client.get(f"/api/v1/events/{event.id}.ics", headers=login(client, participant))
    [entry] = Calendar.from_ical(before.content).walk("VEVENT")
    assert "breakoutkamer volgt" in str(entry["DESCRIPTION"])
    overview = assign(client, event, make_admin(session))
    as_coach = client.get(f"/api/v1/events/{event.id}.ics", headers=login(client, coach))
    [coach_entry] = Calendar.from_ical(as_coach.content).walk("VEVENT")
    assert "coach van kamer 1" in str(coach_entry["DESCRIPTION"])
    assert overview["rooms"][0]["video_url"] in str(coach_entry["DESCRIPTION"])


def test_calendar_only_for_those_taking_part(client: TestClient, session: Session) -> None:
    event = make_event(session)
    waiting = make_member(session)
    add_registration(session, event, waiting, status=RegistrationStatus.waitlisted)
    assert client.get(f"/api/v1/events/{event.id}.ics").status_code == 401
    for outsider in (make_member(session), waiting):
        response = client.get(f"/api/v1/events/{event.id}.ics", headers=login(client, outsider))
        assert response.status_code == 404


def test_removing_a_coach_hands_the_room_to_a_spare(client: TestClient, session: Session) -> None:
    event = make_event(session)
    first, spare = add_coaches(session, event, 2)
    add_registration(session, event)
    admin = make_admin(session)
    overview = assign(client, event, admin)
    leader = overview["rooms"][0]["coach"]["member_id"]
    other = str(spare.id) if leader == str(first.id) else str(first.id)
    headers = login(client, admin)
    removed = client.delete(f"/api/v1/events/{event.id}/coaches/{leader}", headers=headers)
    assert removed.status_code == 200, removed.text
    assert [(c["member_id"], c["room_number"]) for c in removed.json()["coaches"]] == [(other, 1)]
    refused = client.delete(f"/api/v1/events/{event.id}/coaches/{other}", headers=headers)
    assert refused.status_code == 409


def test_smaller_room_size_must_fit_the_rooms(client: TestClient, session: Session) -> None:
    event = make_event(session, room_size_max=4)
    add_coaches(session, event, 1)
    mixed_registrants(session, event, 4)
    admin = make_admin(session)
    assign(client, event, admin)
    response = client.patch(
        f"/api/v1/events/{event.id}", json={"room_size_max": 3}, headers=login(client, admin)
    )
    assert response.status_code == 409


# --- Attendance ----------------------------------------------------------------------------


def finished_event_with_rooms(
    client: TestClient, session: Session
) -> tuple[Event, list[Member], dict[str, Any], Member]:
    event = make_event(session, starts_in=timedelta(days=-1), room_size_max=2)
    coaches = add_coaches(session, event, 2)
    mixed_registrants(session, event, 4)
    admin = make_admin(session)
    return event, coaches, assign(client, event, admin), admin


def test_admin_records_attendance_which_counts_as_reflection(
    client: TestClient, session: Session
) -> None:
    event, _, overview, admin = finished_event_with_rooms(client, session)
    present, absent = overview["rooms"][0]["participants"]
    response = client.put(
        f"/api/v1/events/{event.id}/attendance",
        json={
            "records": [
                {"registration_id": present["registration_id"], "attended": True},
                {"registration_id": absent["registration_id"], "attended": False},
            ]
        },
        headers=login(client, admin),
    )
    assert response.status_code == 200, response.text
    recorded = {r["registration_id"]: r["attended"] for r in response.json()}
    assert recorded == {present["registration_id"]: True, absent["registration_id"]: False}
    assert all(r["recorded_at"] for r in response.json())

    present_member, absent_member = uuid.UUID(present["member_id"]), uuid.UUID(absent["member_id"])
    activities = attended_events(session, present_member, since=utcnow() - timedelta(days=365))
    assert [(a.source, a.title, a.minutes) for a in activities] == [
        ("event", f"Themabijeenkomst: {event.title}", 150)
    ]
    assert activities[0].confirmed_at is not None
    assert attended_events(session, absent_member, since=event.starts_at) == []
    later = attended_events(session, present_member, since=event.starts_at + timedelta(minutes=1))
    assert later == []
    evidence = client.get(
        "/api/v1/me/evidence", headers=login(client, session.get(Member, present_member))
    ).json()
    assert [a["title"] for a in evidence["activities"]] == [f"Themabijeenkomst: {event.title}"]
    manage = client.get(f"/api/v1/events/{event.id}/manage", headers=login(client, admin))
    assert manage.json()["attended_count"] == 1


def test_coach_records_attendance_for_own_room_only(client: TestClient, session: Session) -> None:
    event, coaches, overview, _ = finished_event_with_rooms(client, session)
    own_room, other_room = overview["rooms"]
    coach = next(c for c in coaches if str(c.id) == own_room["coach"]["member_id"])
    headers = login(client, coach)
    own = client.put(
        f"/api/v1/events/{event.id}/attendance",
        json={
            "records": [
                {"registration_id": p["registration_id"], "attended": True}
                for p in own_room["participants"]
            ]
        },
        headers=headers,
    )
    assert own.status_code == 200
    other = client.put(
        f"/api/v1/events/{event.id}/attendance",
        json={
            "records": [
                {
                    "registration_id": other_room["participants"][0]["registration_id"],
                    "attended": True,
                }
            ]
        },
        headers=headers,
    )
    assert other.status_code == 403
    seen = client.get(f"/api/v1/events/{event.id}/rooms", headers=headers).json()
    assert [p["attended"] for p in seen["rooms"][0]["participants"]] == [True, True]


def test_attendance_waits_for_the_start(client: TestClient, session: Session) -> None:
    event = make_event(session)
    add_coaches(session, event, 1)
    registration = add_registration(session, event)
    admin = make_admin(session)
    assign(client, event, admin)
    response = client.put(
        f"/api/v1/events/{event.id}/attendance",
        json={"records": [{"registration_id": str(registration.id), "attended": True}]},
        headers=login(client, admin),
    )
    assert response.status_code == 409


def test_attendance_of_unknown_or_waitlisted_registrations(
    client: TestClient, session: Session
) -> None:
    event, _, _, admin = finished_event_with_rooms(client, session)
    waiting = add_registration(session, event, status=RegistrationStatus.waitlisted)
    headers = login(client, admin)
    unknown = client.put(
        f"/api/v1/events/{event.id}/attendance",
        json={
            "records": [
                {"registration_id": "00000000-0000-4000-8000-000000000000", "attended": True}
            ]
        },
        headers=headers,
    )
    assert unknown.status_code == 404
    waitlisted = client.put(
        f"/api/v1/events/{event.id}/attendance",
        json={"records": [{"registration_id": str(waiting.id), "attended": True}]},
        headers=headers,
    )
    assert waitlisted.status_code == 409


def test_room_rows_are_kept_when_reassigning(client: TestClient, session: Session) -> None:
    """Room 1 keeps its link on a re-run; surplus rooms disappear when fewer are needed."""
    event = make_event(session, room_size_max=2)
    add_coaches(session, event, 3)
    registrations = [add_registration(session, event) for _ in range(5)]
    admin = make_admin(session)
    first = assign(client, event, admin)
    assert len(first["rooms"]) == 3
    for registration in registrations[:2]:
        registration.status = RegistrationStatus.cancelled
        registration.room_id = None
        session.add(registration)
    session.flush()
    second = assign(client, event, admin)
    assert len(second["rooms"]) == 2
    assert [r["video_url"] for r in second["rooms"]] == [r["video_url"] for r in first["rooms"][:2]]
    stored = session.exec(select(EventRoom).where(EventRoom.event_id == event.id)).all()
    assert sorted(room.number for room in stored) == [1, 2]
