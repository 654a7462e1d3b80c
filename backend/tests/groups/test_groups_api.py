"""Creating, reading and updating groups; who may do it; ETag/If-Match; privacy."""

from fastapi.testclient import TestClient
from sqlmodel import Session

from intervisiewijzer.groups.models import GroupRole
from tests.factories import add_membership, login, make_group, make_member

NEW_GROUP = {
    "name": "Gezinshuisouders Utrechtse Heuvelrug",
    "description": "Een vaste groep die elke acht weken samenkomt.",
    "mode": "in_person",
    "location": "3701 AB",
    "facilitator_type": "trained",
    "methods": ["incidentmethode", "spiegelmethode"],
    "audience": ["loondienst", "jeugdzorgwerker"],
    "size_min": 5,
    "size_max": 7,
    "weekday": "tuesday",
    "daypart": "evening",
}


def test_member_creates_group_and_becomes_coordinator(client: TestClient, session: Session) -> None:
    creator = make_member(session)
    headers = login(client, creator)
    response = client.post("/api/v1/groups", json=NEW_GROUP, headers=headers)
    assert response.status_code == 201, response.text
    group = response.json()
    assert group["slug"] == "gezinshuisouders-utrechtse-heuvelrug"
    assert group["place"] == "Zeist" and group["province"] == "utrecht"
    assert [m["slug"] for m in group["methods"]] == ["incidentmethode", "spiegelmethode"]
    assert group["member_count"] == 1 and group["open_spots"] == 6
    assert group["registration_bodies"] == ["skj"]
    members = client.get(f"/api/v1/groups/{group['id']}/members", headers=headers).json()
    assert [(m["full_name"], m["role"]) for m in members] == [(creator.full_name, "coordinator")]


def test_group_location_is_the_place_centre_not_the_postcode(
    client: TestClient, session: Session
) -> None:
    headers = login(client, make_member(session))
    by_postcode = client.post("/api/v1/groups", json=NEW_GROUP, headers=headers).json()
    by_place = client.post(
        "/api/v1/groups",
        json={**NEW_GROUP, "name": "Tweede groep", "location": "Zeist"},
        headers=headers,
    ).json()
    assert (by_postcode["lat"], by_postcode["lon"]) == (by_place["lat"], by_place["lon"])


def test_create_rejects_bad_input_without_storing(client: TestClient, session: Session) -> None:
    headers = login(client, make_member(session))
    cases = [
        {**NEW_GROUP, "location": None},
        {**NEW_GROUP, "location": "Nergenshuizen"},
        {**NEW_GROUP, "location": "Hengelo"},
        {**NEW_GROUP, "methods": ["tarot"]},
        {**NEW_GROUP, "size_min": 8, "size_max": 5},
        {**NEW_GROUP, "mode": "telepathic"},
    ]
    for body in cases:
        response = client.post("/api/v1/groups", json=body, headers=headers)
        assert response.status_code == 422, body
        assert response.headers["content-type"] == "application/problem+json"
    assert client.get("/api/v1/groups").json()["total"] == 0
    assert client.get("/api/v1/me/groups", headers=headers).json() == []


def test_online_group_needs_no_place(client: TestClient, session: Session) -> None:
    headers = login(client, make_member(session))
    body = {**NEW_GROUP, "mode": "online", "location": None, "name": "Online groep"}
    group = client.post("/api/v1/groups", json=body, headers=headers).json()
    assert (group["place"], group["lat"], group["lon"]) == (None, None, None)


def test_anonymous_cannot_create(client: TestClient) -> None:
    assert client.post("/api/v1/groups", json=NEW_GROUP).status_code == 401


def test_read_by_id_or_slug_with_etag(client: TestClient, session: Session) -> None:
    group = make_group(session, name="Lees mij", slug="lees-mij")
    by_slug = client.get("/api/v1/groups/lees-mij")
    by_id = client.get(f"/api/v1/groups/{group.id}")
    assert by_slug.status_code == by_id.status_code == 200
    assert by_slug.json() == by_id.json()
    assert by_slug.headers["etag"]
    assert client.get("/api/v1/groups/bestaat-niet").status_code == 404


def test_coordinator_updates_with_if_match(client: TestClient, session: Session) -> None:
    coordinator = make_member(session)
    group = make_group(session, coordinator=coordinator)
    headers = login(client, coordinator)
    etag = client.get(f"/api/v1/groups/{group.id}").headers["etag"]

    updated = client.patch(
        f"/api/v1/groups/{group.id}",
        json={"name": "Nieuwe naam", "location": "Amersfoort"},
        headers={**headers, "If-Match": etag},
    )
    assert updated.status_code == 200, updated.text
    assert updated.json()["place"] == "Amersfoort"
    assert updated.json()["slug"] == "nieuwe-naam"
    assert updated.headers["etag"] != etag

    stale = client.patch(
        f"/api/v1/groups/{group.id}",
        json={"name": "Te laat"},
        headers={**headers, "If-Match": etag},
    )
    assert stale.status_code == 412
    assert client.get(f"/api/v1/groups/{group.id}").json()["name"] == "Nieuwe naam"


def test_only_coordinators_and_admins_update(client: TestClient, session: Session) -> None:
    group = make_group(session)
    plain_member = make_member(session)
    add_membership(session, group, plain_member, GroupRole.member)
    facilitator = make_member(session)
    add_membership(session, group, facilitator, GroupRole.facilitator)
    outsider = make_member(session)
    admin = make_member(session, is_admin=True)
    for caller, expected in (
        (plain_member, 403),
        (facilitator, 403),
        (outsider, 403),
        (admin, 200),
    ):
        response = client.patch(
            f"/api/v1/groups/{group.id}", json={"description": "x"}, headers=login(client, caller)
        )
        assert response.status_code == expected, caller.email


def test_member_list_is_for_members_only(client: TestClient, session: Session) -> None:
    group = make_group(session, members=2)
    other_group = make_group(session)
    member_of_other = make_member(session)
    add_membership(session, other_group, member_of_other)
    url = f"/api/v1/groups/{group.id}/members"
    assert client.get(url).status_code == 401
    assert client.get(url, headers=login(client, member_of_other)).status_code == 403
    inside = make_member(session)
    add_membership(session, group, inside)
    assert len(client.get(url, headers=login(client, inside)).json()) == 3


def test_coordinator_changes_roles_but_keeps_one_coordinator(
    client: TestClient, session: Session
) -> None:
    coordinator = make_member(session)
    group = make_group(session, coordinator=coordinator)
    other = make_member(session)
    add_membership(session, group, other)
    headers = login(client, coordinator)
    base = f"/api/v1/groups/{group.id}/members"

    demote_self = client.patch(f"{base}/{coordinator.id}", json={"role": "member"}, headers=headers)
    assert demote_self.status_code == 409
    promote = client.patch(f"{base}/{other.id}", json={"role": "facilitator"}, headers=headers)
    assert promote.json()["role"] == "facilitator"
    stranger = make_member(session)
    assert (
        client.patch(f"{base}/{stranger.id}", json={"role": "member"}, headers=headers).status_code
        == 404
    )
    assert (
        client.patch(
            f"{base}/{coordinator.id}", json={"role": "member"}, headers=login(client, other)
        ).status_code
        == 403
    )


def test_member_leaves_and_outsider_cannot_remove(client: TestClient, session: Session) -> None:
    group = make_group(session, coordinator=make_member(session))
    member = make_member(session)
    add_membership(session, group, member)
    outsider = make_member(session)
    url = f"/api/v1/groups/{group.id}/members/{member.id}"
    assert client.delete(url, headers=login(client, outsider)).status_code == 403
    assert client.delete(url, headers=login(client, member)).status_code == 204
    assert client.get("/api/v1/me/groups", headers=login(client, member)).json() == []


def test_methods_are_listed(client: TestClient) -> None:
    methods = client.get("/api/v1/methods").json()
    assert methods[0]["slug"] == "incidentmethode"
    assert len(methods) >= 8
