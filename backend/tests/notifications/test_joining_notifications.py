"""Joining a group notifies the right people, in the app and by email, without sensitive text."""

from fastapi.testclient import TestClient
from sqlmodel import Session

from intervisiewijzer.groups.models import GroupRole
from intervisiewijzer.notifications.models import NotificationKind
from tests.factories import add_membership, login, make_group, make_member
from tests.notifications.helpers import emails_to, notifications_of

MOTIVATION = "Ik zoek een groep met ervaren collega's in de buurt van Utrecht."


def ask(client: TestClient, group_id: object, member: object) -> str:
    response = client.post(
        f"/api/v1/groups/{group_id}/join-requests",
        json={"motivation": MOTIVATION},
        headers=login(client, member),  # type: ignore[arg-type]
    )
    assert response.status_code == 201, response.text
    return str(response.json()["id"])


def test_coordinators_hear_of_a_request_without_the_requesters_details(
    client: TestClient, session: Session
) -> None:
    coordinator, second = make_member(session), make_member(session)
    group = make_group(session, coordinator=coordinator, name="Kring Zeist", slug="kring-zeist")
    add_membership(session, group, second, GroupRole.coordinator)
    plain_member = make_member(session)
    add_membership(session, group, plain_member)
    seeker = make_member(session, full_name="Sanne de Zoeker")

    ask(client, group.id, seeker)

    for person in (coordinator, second):
        [notification] = notifications_of(session, person)
        assert notification.kind == NotificationKind.join_request_received
        assert notification.title == "Nieuwe aanvraag voor Kring Zeist"
        assert notification.link == "/groepen/kring-zeist/aanmeldingen"
        [email] = emails_to(session, person)
        assert email.subject == notification.title
        assert "http://127.0.0.1:8000/groepen/kring-zeist/aanmeldingen" in email.body
        for text in (notification.body, email.body):
            assert "Sanne" not in text and MOTIVATION not in text and seeker.email not in text
    assert notifications_of(session, plain_member) == []
    assert notifications_of(session, seeker) == []


def test_a_full_group_says_the_request_is_on_the_waitlist(
    client: TestClient, session: Session
) -> None:
    coordinator = make_member(session)
    group = make_group(session, coordinator=coordinator, size_max=1)
    ask(client, group.id, make_member(session))
    [notification] = notifications_of(session, coordinator)
    assert "wachtlijst" in notification.body


def test_requester_hears_accepted_and_declined(client: TestClient, session: Session) -> None:
    coordinator = make_member(session)
    group = make_group(session, coordinator=coordinator, name="Kring Baarn", slug="kring-baarn")
    welcome, sorry = make_member(session), make_member(session)
    for seeker, action in ((welcome, "accept"), (sorry, "decline")):
        request_id = ask(client, group.id, seeker)
        decided = client.post(
            f"/api/v1/join-requests/{request_id}/{action}",
            json={"message": "Persoonlijk bericht van de coördinator"},
            headers=login(client, coordinator),
        )
        assert decided.status_code == 200

    [accepted] = notifications_of(session, welcome)
    assert accepted.kind == NotificationKind.join_request_answered
    assert accepted.title == "Welkom bij Kring Baarn!"
    assert accepted.link == "/groepen/kring-baarn"
    [declined] = notifications_of(session, sorry)
    assert declined.title == "Antwoord op je aanvraag voor Kring Baarn"
    assert declined.link == "/mijn-groepen"
    [email] = emails_to(session, sorry)
    assert "Persoonlijk bericht" not in email.body
    assert email.body.startswith("Hoi Lid,")


def test_first_on_the_waitlist_hears_of_a_freed_spot(client: TestClient, session: Session) -> None:
    coordinator, leaver = make_member(session), make_member(session)
    group = make_group(session, coordinator=coordinator, size_max=2, name="Kring Eemnes")
    add_membership(session, group, leaver)
    first, second = make_member(session), make_member(session)
    ask(client, group.id, first)
    ask(client, group.id, second)

    left = client.delete(
        f"/api/v1/groups/{group.id}/members/{leaver.id}", headers=login(client, leaver)
    )
    assert left.status_code == 204
    [offer] = notifications_of(session, first)
    assert offer.kind == NotificationKind.waitlist_spot_offered
    assert offer.title == "Er is plek voor je in Kring Eemnes"
    assert notifications_of(session, second) == []


def test_inactive_members_get_nothing(client: TestClient, session: Session) -> None:
    coordinator = make_member(session, is_active=False)
    group = make_group(session, coordinator=coordinator)
    ask(client, group.id, make_member(session))
    assert notifications_of(session, coordinator) == []
    assert emails_to(session, coordinator) == []
