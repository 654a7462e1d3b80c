"""Registering for an event: places, the waitlist, cancelling and moving up."""

from datetime import timedelta
from typing import Any

from fastapi.testclient import TestClient
from sqlmodel import Session

from intervisiewijzer.common import utcnow
from intervisiewijzer.events.models import Event, EventStatus, RegistrationStatus
from intervisiewijzer.members.models import Member
from tests.events.helpers import add_coaches, add_registration, make_event, register
from tests.factories import login, make_member


def my_registration(client: TestClient, event: Event, member: Member) -> dict[str, Any]:
    response = client.get(
        f"/api/v1/events/{event.id}/my-registration", headers=login(client, member)
    )
    assert response.status_code == 200, response.text
    result: dict[str, Any] = response.json()
    return result


def test_register_and_see_own_registration(client: TestClient, session: Session) -> None:
    event = make_event(session)
    member = make_member(session)
    created = register(client, event, member, household_code="  Gezinshuis De Linde ")
    assert created["status"] == "registered"
    assert created["household_code"] == "gezinshuis de linde"
    assert created["plenary_url"] == "https://meet.example.nl/plenair-trauma"
    assert created["room"] is None and created["waitlist_position"] is None
    assert my_registration(client, event, member)["id"] == created["id"]
    public = client.get(f"/api/v1/events/{event.id}").json()
    assert (public["registered_count"], public["spots_left"]) == (1, 39)


def test_not_registered_gives_404(client: TestClient, session: Session) -> None:
    event = make_event(session)
    response = client.get(
        f"/api/v1/events/{event.id}/my-registration", headers=login(client, make_member(session))
    )
    assert response.status_code == 404


def test_registering_twice_is_a_conflict(client: TestClient, session: Session) -> None:
    event = make_event(session)
    member = make_member(session)
    register(client, event, member)
    again = client.post(
        f"/api/v1/events/{event.id}/registrations", json={}, headers=login(client, member)
    )
    assert again.status_code == 409
    assert again.json()["detail"] == "Je bent al aangemeld voor deze bijeenkomst."


def test_full_event_puts_people_on_the_waitlist_in_order(
    client: TestClient, session: Session
) -> None:
    event = make_event(session, capacity=1)
    first, second, third = (make_member(session) for _ in range(3))
    assert register(client, event, first)["status"] == "registered"
    waiting_a = register(client, event, second)
    waiting_b = register(client, event, third)
    assert (waiting_a["status"], waiting_a["waitlist_position"]) == ("waitlisted", 1)
    assert (waiting_b["status"], waiting_b["waitlist_position"]) == ("waitlisted", 2)
    # waitlisted people do not get the plenary link yet
    assert waiting_a["plenary_url"] is None
    public = client.get(f"/api/v1/events/{event.id}").json()
    assert (public["spots_left"], public["waitlist_count"]) == (0, 2)


def test_cancelling_moves_the_first_waitlisted_up(client: TestClient, session: Session) -> None:
    event = make_event(session, capacity=1)
    first, second, third = (make_member(session) for _ in range(3))
    register(client, event, first)
    register(client, event, second)
    register(client, event, third)
    cancelled = client.delete(
        f"/api/v1/events/{event.id}/registrations/me", headers=login(client, first)
    )
    assert cancelled.status_code == 204
    assert my_registration(client, event, second)["status"] == "registered"
    assert my_registration(client, event, third)["waitlist_position"] == 1
    gone = client.get(f"/api/v1/events/{event.id}/my-registration", headers=login(client, first))
    assert gone.status_code == 404
    again = client.delete(
        f"/api/v1/events/{event.id}/registrations/me", headers=login(client, first)
    )
    assert again.status_code == 404


def test_leaving_the_waitlist_moves_nobody_up(client: TestClient, session: Session) -> None:
    event = make_event(session, capacity=1)
    first, second, third = (make_member(session) for _ in range(3))
    register(client, event, first)
    register(client, event, second)
    register(client, event, third)
    client.delete(f"/api/v1/events/{event.id}/registrations/me", headers=login(client, second))
    assert my_registration(client, event, first)["status"] == "registered"
    assert my_registration(client, event, third)["waitlist_position"] == 1


def test_registering_again_after_cancelling_goes_to_the_back(
    client: TestClient, session: Session
) -> None:
    event = make_event(session, capacity=1)
    first, second = make_member(session), make_member(session)
    register(client, event, first)
    register(client, event, second)
    client.delete(f"/api/v1/events/{event.id}/registrations/me", headers=login(client, first))
    back = register(client, event, first)
    assert (back["status"], back["waitlist_position"]) == ("waitlisted", 1)


def test_registration_closed_is_a_conflict(client: TestClient, session: Session) -> None:
    event = make_event(session, registration_closes_at=utcnow() - timedelta(minutes=1))
    response = client.post(
        f"/api/v1/events/{event.id}/registrations",
        json={},
        headers=login(client, make_member(session)),
    )
    assert response.status_code == 409
    assert response.json()["detail"] == "De aanmelding voor deze bijeenkomst is gesloten."
    assert client.get(f"/api/v1/events/{event.id}").json()["registration_open"] is False


def test_cancelled_event_takes_no_registrations(client: TestClient, session: Session) -> None:
    event = make_event(session, status=EventStatus.cancelled)
    response = client.post(
        f"/api/v1/events/{event.id}/registrations",
        json={},
        headers=login(client, make_member(session)),
    )
    assert response.status_code == 409


def test_draft_event_is_not_found_for_members(client: TestClient, session: Session) -> None:
    event = make_event(session, status=EventStatus.draft)
    response = client.post(
        f"/api/v1/events/{event.id}/registrations",
        json={},
        headers=login(client, make_member(session)),
    )
    assert response.status_code == 404


def test_cannot_cancel_after_the_start(client: TestClient, session: Session) -> None:
    event = make_event(session, starts_in=timedelta(minutes=-10))
    member = make_member(session)
    add_registration(session, event, member)
    response = client.delete(
        f"/api/v1/events/{event.id}/registrations/me", headers=login(client, member)
    )
    assert response.status_code == 409


def test_a_coach_does_not_register(client: TestClient, session: Session) -> None:
    event = make_event(session)
    [coach] = add_coaches(session, event, 1)
    response = client.post(
        f"/api/v1/events/{event.id}/registrations", json={}, headers=login(client, coach)
    )
    assert response.status_code == 409


def test_household_code_is_validated(client: TestClient, session: Session) -> None:
    event = make_event(session)
    response = client.post(
        f"/api/v1/events/{event.id}/registrations",
        json={"household_code": "<script>"},
        headers=login(client, make_member(session)),
    )
    assert response.status_code == 422


def test_admin_sees_registrations_with_waitlist_positions(
    client: TestClient, session: Session
) -> None:
    event = make_event(session, capacity=1)
    first = make_member(session, full_name="Eerste Aanmelder", years_experience=1)
    second = make_member(session, full_name="Tweede Aanmelder", years_experience=12)
    register(client, event, first, household_code="huis-1")
    register(client, event, second)
    admin = make_member(session, is_admin=True)
    listed = client.get(
        f"/api/v1/events/{event.id}/registrations", headers=login(client, admin)
    ).json()
    assert listed["total"] == 2
    assert [
        (r["full_name"], r["status"], r["waitlist_position"], r["experienced"])
        for r in listed["items"]
    ] == [
        ("Eerste Aanmelder", "registered", None, False),
        ("Tweede Aanmelder", "waitlisted", 1, True),
    ]
    only_waiting = client.get(
        f"/api/v1/events/{event.id}/registrations",
        params={"status": RegistrationStatus.waitlisted.value},
        headers=login(client, admin),
    ).json()
    assert [r["full_name"] for r in only_waiting["items"]] == ["Tweede Aanmelder"]


def test_my_events_lists_registrations_and_coaching(client: TestClient, session: Session) -> None:
    member = make_member(session)
    registered_for = make_event(session, title="Aangemeld", starts_in=timedelta(days=3))
    coached = make_event(session, title="Als coach", starts_in=timedelta(days=5))
    make_event(session, title="Niets mee te maken")
    register(client, registered_for, member)
    client.post(
        f"/api/v1/events/{coached.id}/coaches",
        json={"member_id": str(member.id)},
        headers=login(client, make_member(session, is_admin=True)),
    )
    mine = client.get("/api/v1/me/events", headers=login(client, member)).json()
    assert mine["total"] == 2
    assert [(item["event"]["title"], item["role"]) for item in mine["items"]] == [
        ("Aangemeld", "participant"),
        ("Als coach", "coach"),
    ]
    assert mine["items"][0]["registration"]["status"] == "registered"
    assert mine["items"][1]["registration"] is None


def test_registering_needs_no_body(client: TestClient, session: Session) -> None:
    event = make_event(session)
    response = client.post(
        f"/api/v1/events/{event.id}/registrations", headers=login(client, make_member(session))
    )
    assert response.status_code == 201
    assert response.json()["household_code"] is None
