"""Join requests, decisions, the waitlist and offered spots, with their capacity edge cases."""

from fastapi.testclient import TestClient
from sqlmodel import Session

from intervisiewijzer.groups.models import Group, GroupLifecycle, GroupRole
from intervisiewijzer.members.models import Member
from tests.factories import add_membership, login, make_group, make_member

MOTIVATION = {"motivation": "Ik ben sinds twee jaar gezinshuisouder en zoek een vaste groep."}


def ask(client: TestClient, group: Group, member: Member) -> dict:  # type: ignore[type-arg]
    response = client.post(
        f"/api/v1/groups/{group.id}/join-requests", json=MOTIVATION, headers=login(client, member)
    )
    assert response.status_code == 201, response.text
    return response.json()


def decide(client: TestClient, request_id: str, action: str, coordinator: Member, **body: str):  # type: ignore[no-untyped-def]
    return client.post(
        f"/api/v1/join-requests/{request_id}/{action}",
        json=body,
        headers=login(client, coordinator),
    )


def group_with_coordinator(session: Session, **fields: object) -> tuple[Group, Member]:
    coordinator = make_member(session)
    return make_group(session, coordinator=coordinator, **fields), coordinator


def test_request_accept_and_see_group_under_my_groups(client: TestClient, session: Session) -> None:
    group, coordinator = group_with_coordinator(session, size_max=6)
    seeker = make_member(session, full_name="Sanne Zoeker")
    request = ask(client, group, seeker)
    assert request["status"] == "pending" and request["waitlist_position"] is None

    listed = client.get(
        f"/api/v1/groups/{group.id}/join-requests", headers=login(client, coordinator)
    ).json()
    assert [(r["requester"]["full_name"], r["motivation"]) for r in listed] == [
        ("Sanne Zoeker", MOTIVATION["motivation"])
    ]

    accepted = decide(client, request["id"], "accept", coordinator, message="Welkom!")
    assert accepted.status_code == 200
    assert accepted.json()["status"] == "accepted"
    mine = client.get("/api/v1/me/groups", headers=login(client, seeker)).json()
    assert [(g["group"]["id"], g["role"]) for g in mine] == [(str(group.id), "member")]
    answered = client.get(
        "/api/v1/me/join-requests", params={"include_closed": True}, headers=login(client, seeker)
    ).json()
    assert answered[0]["response_message"] == "Welkom!"


def test_decline_with_message(client: TestClient, session: Session) -> None:
    group, coordinator = group_with_coordinator(session)
    seeker = make_member(session)
    request = ask(client, group, seeker)
    declined = decide(client, request["id"], "decline", coordinator, message="Wij zoeken starters.")
    assert declined.json()["status"] == "declined"
    assert decide(client, request["id"], "accept", coordinator).status_code == 409
    assert client.get("/api/v1/me/groups", headers=login(client, seeker)).json() == []


def test_no_duplicate_requests_or_requests_from_members(
    client: TestClient, session: Session
) -> None:
    group, coordinator = group_with_coordinator(session)
    seeker = make_member(session)
    ask(client, group, seeker)
    again = client.post(
        f"/api/v1/groups/{group.id}/join-requests", json=MOTIVATION, headers=login(client, seeker)
    )
    assert again.status_code == 409
    own = client.post(
        f"/api/v1/groups/{group.id}/join-requests",
        json=MOTIVATION,
        headers=login(client, coordinator),
    )
    assert own.status_code == 409


def test_closed_group_takes_no_requests(client: TestClient, session: Session) -> None:
    group, _ = group_with_coordinator(session, lifecycle=GroupLifecycle.closed)
    response = client.post(
        f"/api/v1/groups/{group.id}/join-requests",
        json=MOTIVATION,
        headers=login(client, make_member(session)),
    )
    assert response.status_code == 409


def test_motivation_is_required(client: TestClient, session: Session) -> None:
    group, _ = group_with_coordinator(session)
    response = client.post(
        f"/api/v1/groups/{group.id}/join-requests",
        json={"motivation": "hoi"},
        headers=login(client, make_member(session)),
    )
    assert response.status_code == 422


def test_last_spot_then_waitlist_in_order(client: TestClient, session: Session) -> None:
    group, coordinator = group_with_coordinator(session, size_max=3, members=1)  # 2 of 3 taken
    first, second, third = (make_member(session) for _ in range(3))

    last_spot = ask(client, group, first)
    assert last_spot["status"] == "pending"
    assert decide(client, last_spot["id"], "accept", coordinator).status_code == 200

    waiting_a = ask(client, group, second)
    waiting_b = ask(client, group, third)
    assert (waiting_a["status"], waiting_a["waitlist_position"]) == ("waitlisted", 1)
    assert (waiting_b["status"], waiting_b["waitlist_position"]) == ("waitlisted", 2)
    public = client.get(f"/api/v1/groups/{group.id}").json()
    assert (public["status"], public["open_spots"], public["waitlist_count"]) == ("full", 0, 2)
    # a full group cannot accept anyone directly
    assert decide(client, waiting_a["id"], "accept", coordinator).status_code == 409


def test_freed_spot_is_offered_to_first_on_waitlist(client: TestClient, session: Session) -> None:
    group, coordinator = group_with_coordinator(session, size_max=2)
    leaver = make_member(session)
    add_membership(session, group, leaver)
    first, second = make_member(session), make_member(session)
    waiting_first = ask(client, group, first)
    ask(client, group, second)

    left = client.delete(
        f"/api/v1/groups/{group.id}/members/{leaver.id}", headers=login(client, leaver)
    )
    assert left.status_code == 204
    mine = client.get("/api/v1/me/join-requests", headers=login(client, first)).json()
    assert mine[0]["status"] == "offered"
    theirs = client.get("/api/v1/me/join-requests", headers=login(client, second)).json()
    assert (theirs[0]["status"], theirs[0]["waitlist_position"]) == ("waitlisted", 1)
    # the offered spot is held: the group still counts as full
    assert client.get(f"/api/v1/groups/{group.id}").json()["open_spots"] == 0

    taken = client.post(
        f"/api/v1/join-requests/{waiting_first['id']}/accept-offer", headers=login(client, first)
    )
    assert taken.status_code == 200 and taken.json()["status"] == "accepted"
    roles = client.get(f"/api/v1/groups/{group.id}/members", headers=login(client, first)).json()
    assert {m["member_id"] for m in roles} == {str(coordinator.id), str(first.id)}


def test_declining_an_offer_passes_it_on(client: TestClient, session: Session) -> None:
    group, coordinator = group_with_coordinator(session, size_min=1, size_max=1)
    first, second = make_member(session), make_member(session)
    request_first = ask(client, group, first)
    ask(client, group, second)
    grown = client.patch(
        f"/api/v1/groups/{group.id}", json={"size_max": 2}, headers=login(client, coordinator)
    )
    assert grown.status_code == 200, grown.text
    assert (
        client.get("/api/v1/me/join-requests", headers=login(client, first)).json()[0]["status"]
        == "offered"
    )
    withdrawn = client.post(
        f"/api/v1/join-requests/{request_first['id']}/withdraw", headers=login(client, first)
    )
    assert withdrawn.json()["status"] == "withdrawn"
    assert (
        client.get("/api/v1/me/join-requests", headers=login(client, second)).json()[0]["status"]
        == "offered"
    )


def test_withdraw_from_waitlist_moves_others_up(client: TestClient, session: Session) -> None:
    group, _ = group_with_coordinator(session, size_max=1)
    first, second = make_member(session), make_member(session)
    request_first = ask(client, group, first)
    ask(client, group, second)
    client.post(
        f"/api/v1/join-requests/{request_first['id']}/withdraw", headers=login(client, first)
    )
    mine = client.get("/api/v1/me/join-requests", headers=login(client, second)).json()
    assert mine[0]["waitlist_position"] == 1
    again = client.post(
        f"/api/v1/join-requests/{request_first['id']}/withdraw", headers=login(client, first)
    )
    assert again.status_code == 409


def test_requests_are_hidden_from_everyone_else(client: TestClient, session: Session) -> None:
    group, coordinator = group_with_coordinator(session)
    seeker = make_member(session)
    request = ask(client, group, seeker)
    plain_member = make_member(session)
    add_membership(session, group, plain_member, GroupRole.member)
    other_group, other_coordinator = group_with_coordinator(session)
    for caller in (plain_member, other_coordinator, make_member(session)):
        headers = login(client, caller)
        assert decide(client, request["id"], "accept", caller).status_code == 404
        assert (
            client.post(
                f"/api/v1/join-requests/{request['id']}/withdraw", headers=headers
            ).status_code
            == 404
        )
        assert (
            client.get(f"/api/v1/groups/{group.id}/join-requests", headers=headers).status_code
            == 403
        )
    # the coordinator cannot withdraw on the seeker's behalf
    assert (
        client.post(
            f"/api/v1/join-requests/{request['id']}/withdraw", headers=login(client, coordinator)
        ).status_code
        == 404
    )
    assert other_group.id != group.id


def test_platform_admin_can_review(client: TestClient, session: Session) -> None:
    group, _ = group_with_coordinator(session)
    request = ask(client, group, make_member(session))
    admin = make_member(session, is_admin=True)
    assert decide(client, request["id"], "accept", admin).status_code == 200


def test_only_coordinator_cannot_leave(client: TestClient, session: Session) -> None:
    group, coordinator = group_with_coordinator(session)
    response = client.delete(
        f"/api/v1/groups/{group.id}/members/{coordinator.id}", headers=login(client, coordinator)
    )
    assert response.status_code == 409
