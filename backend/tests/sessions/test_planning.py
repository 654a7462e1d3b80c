"""Planning single sessions, changing them with If-Match, cancelling, listing, and keeping the
location among members."""

from datetime import timedelta

import pytest
from fastapi.testclient import TestClient
from sqlmodel import Session

from intervisiewijzer.common import utcnow
from tests.factories import add_membership, make_group, make_member
from tests.sessions.helpers import (
    Caller,
    count_queries,
    held_session,
    make_cast,
    make_session,
    past_session,
)

START = "2026-12-01T19:30:00+01:00"
END = "2026-12-01T21:30:00+01:00"


def create(client: TestClient, headers: dict[str, str], group_ref: object, **body: object):  # type: ignore[no-untyped-def]
    payload = {"starts_at": START, "ends_at": END, **body}
    return client.post(f"/api/v1/groups/{group_ref}/sessions", json=payload, headers=headers)


def test_coordinator_plans_a_session(client: TestClient, session: Session) -> None:
    cast = make_cast(session)
    response = create(
        client,
        Caller(client)(cast.coordinator),
        cast.group.slug,
        location_text="  Bij Ans thuis, Dorpsstraat 1  ",
        online_url="https://meet.example.nl/intervisie",
        method="roddelmethode",
        facilitator_id=str(cast.facilitator.id),
        case_bringer_id=str(cast.member.id),
        notes="Neem je casusformulier mee.",
    )
    assert response.status_code == 201, response.text
    body = response.json()
    assert response.headers["ETag"] == f'"{body["id"].replace("-", "")[:12]}-1"'
    assert body["starts_at"] == "2026-12-01T18:30:00Z"
    assert body["ends_at"] == "2026-12-01T20:30:00Z"
    assert body["duration_minutes"] == 120
    assert body["location_text"] == "Bij Ans thuis, Dorpsstraat 1"
    assert body["method"] == {"slug": "roddelmethode", "name": "Roddelmethode"}
    assert body["facilitator"]["full_name"] == "Frank Facilitator"
    assert body["case_bringer"]["full_name"] == "Zoë Brontë"
    assert body["group"] == {
        "id": str(cast.group.id),
        "slug": cast.group.slug,
        "name": cast.group.name,
    }
    assert body["status"] == "planned" and body["series_id"] is None
    assert body["response_counts"] == {"present": 0, "absent": 0, "unanswered": 3}
    assert body["my_response"] is None and body["my_attendance"] is None


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"ends_at": START}, "body"),  # end not after start
        ({"ends_at": "2026-12-02T09:30:00+01:00"}, "body"),  # longer than 12 hours
        ({"starts_at": "2026-12-01T19:30:00"}, "starts_at"),  # no time zone
        ({"online_url": "meet.example.nl"}, "online_url"),
        ({"method": "bestaat-niet"}, None),
    ],
)
def test_invalid_sessions_are_refused(
    client: TestClient,
    session: Session,
    body: dict,  # type: ignore[type-arg]
    field: str | None,
) -> None:
    cast = make_cast(session)
    response = create(client, Caller(client)(cast.coordinator), cast.group.id, **body)
    assert response.status_code == 422, response.text
    problem = response.json()
    assert problem["title"] == "Ongeldige invoer"
    if field:
        assert problem["errors"][0]["field"] == field


def test_facilitator_and_case_bringer_must_be_members(client: TestClient, session: Session) -> None:
    cast = make_cast(session)
    headers = Caller(client)(cast.coordinator)
    outsider = create(client, headers, cast.group.id, facilitator_id=str(cast.outsider.id))
    assert outsider.status_code == 422
    assert outsider.json()["errors"][0]["field"] == "facilitator_id"
    assert "lid" in outsider.json()["detail"]
    bringer = create(client, headers, cast.group.id, case_bringer_id=str(cast.outsider.id))
    assert bringer.json()["errors"][0]["field"] == "case_bringer_id"
    same = create(
        client,
        headers,
        cast.group.id,
        facilitator_id=str(cast.member.id),
        case_bringer_id=str(cast.member.id),
    )
    assert same.status_code == 422
    assert same.json()["errors"][0]["field"] == "case_bringer_id"


def test_members_cannot_plan(client: TestClient, session: Session) -> None:
    cast = make_cast(session)
    as_ = Caller(client)
    assert create(client, as_(cast.member), cast.group.id).status_code == 403
    assert create(client, as_(cast.facilitator), cast.group.id).status_code == 403


def test_platform_admin_may_plan(client: TestClient, session: Session) -> None:
    cast = make_cast(session)
    admin = make_member(session, is_admin=True)
    assert create(client, Caller(client)(admin), cast.group.id).status_code == 201


def test_list_upcoming_and_past(client: TestClient, session: Session) -> None:
    cast = make_cast(session)
    soon = make_session(session, cast.group, starts_at=utcnow() + timedelta(days=2))
    later = make_session(session, cast.group, starts_at=utcnow() + timedelta(days=30))
    recent = past_session(session, cast.group, days_ago=3)
    older = past_session(session, cast.group, days_ago=60)
    make_session(session, cast.other_group)
    headers = Caller(client)(cast.member)
    url = f"/api/v1/groups/{cast.group.id}/sessions"

    upcoming = client.get(url, headers=headers).json()
    assert [s["id"] for s in upcoming["items"]] == [str(soon.id), str(later.id)]
    assert (upcoming["total"], upcoming["limit"], upcoming["offset"]) == (2, 20, 0)
    past = client.get(url, params={"when": "past"}, headers=headers).json()
    assert [s["id"] for s in past["items"]] == [str(recent.id), str(older.id)]
    everything = client.get(url, params={"when": "all", "limit": 3}, headers=headers).json()
    assert everything["total"] == 4 and len(everything["items"]) == 3
    second_page = client.get(
        url, params={"when": "all", "limit": 3, "offset": 3}, headers=headers
    ).json()
    assert [s["id"] for s in second_page["items"]] == [str(later.id)]


def test_cancelled_sessions_can_be_left_out(client: TestClient, session: Session) -> None:
    cast = make_cast(session)
    kept = make_session(session, cast.group)
    dropped = make_session(session, cast.group, starts_at=utcnow() + timedelta(days=9))
    as_ = Caller(client)
    cancelled = client.post(
        f"/api/v1/sessions/{dropped.id}/cancel",
        json={"reason": "Te weinig aanmeldingen"},
        headers=as_(cast.coordinator),
    )
    assert cancelled.status_code == 200
    assert cancelled.json()["status"] == "cancelled"
    assert cancelled.json()["cancel_reason"] == "Te weinig aanmeldingen"
    url = f"/api/v1/groups/{cast.group.id}/sessions"
    listed = client.get(url, headers=as_(cast.member)).json()["items"]
    assert [s["status"] for s in listed] == ["planned", "cancelled"]
    only_active = client.get(
        url, params={"include_cancelled": False}, headers=as_(cast.member)
    ).json()
    assert [s["id"] for s in only_active["items"]] == [str(kept.id)]


def test_update_with_if_match(client: TestClient, session: Session) -> None:
    cast = make_cast(session)
    group_session = make_session(session, cast.group)
    headers = Caller(client)(cast.coordinator)
    url = f"/api/v1/sessions/{group_session.id}"
    etag = client.get(url, headers=headers).headers["ETag"]

    changed = client.patch(
        url,
        json={"location_text": "Bij Frank", "case_bringer_id": str(cast.member.id)},
        headers={**headers, "If-Match": etag},
    )
    assert changed.status_code == 200, changed.text
    assert changed.json()["location_text"] == "Bij Frank"
    assert changed.json()["case_bringer"]["id"] == str(cast.member.id)
    assert changed.headers["ETag"] != etag
    stale = client.patch(url, json={"notes": "x"}, headers={**headers, "If-Match": etag})
    assert stale.status_code == 412
    cleared = client.patch(url, json={"case_bringer_id": None, "method": None}, headers=headers)
    assert cleared.json()["case_bringer"] is None and cleared.json()["version"] == 3


def test_update_checks_times_and_people(client: TestClient, session: Session) -> None:
    cast = make_cast(session)
    group_session = make_session(session, cast.group, facilitator_id=cast.facilitator.id)
    headers = Caller(client)(cast.coordinator)
    url = f"/api/v1/sessions/{group_session.id}"
    earlier = (group_session.starts_at - timedelta(hours=1)).isoformat()
    assert client.patch(url, json={"ends_at": earlier}, headers=headers).status_code == 422
    assert client.patch(url, json={"starts_at": None}, headers=headers).status_code == 422
    outsider = client.patch(url, json={"facilitator_id": str(cast.outsider.id)}, headers=headers)
    assert outsider.status_code == 422
    same = client.patch(url, json={"case_bringer_id": str(cast.facilitator.id)}, headers=headers)
    assert same.status_code == 422
    later = (group_session.ends_at + timedelta(hours=1)).isoformat()
    moved = client.patch(url, json={"ends_at": later}, headers=headers)
    assert moved.status_code == 200 and moved.json()["duration_minutes"] == 180


def test_times_are_fixed_once_attendance_is_recorded(client: TestClient, session: Session) -> None:
    cast = make_cast(session)
    held = held_session(session, cast.group, [cast.member], starts_at=utcnow() - timedelta(days=1))
    headers = Caller(client)(cast.coordinator)
    url = f"/api/v1/sessions/{held.id}"
    moved = client.patch(url, json={"starts_at": utcnow().isoformat()}, headers=headers)
    assert moved.status_code == 409
    noted = client.patch(url, json={"notes": "Goede avond gehad."}, headers=headers)
    assert noted.status_code == 200
    assert client.post(f"{url}/cancel", json={}, headers=headers).status_code == 409


def test_cancelled_sessions_cannot_be_changed(client: TestClient, session: Session) -> None:
    cast = make_cast(session)
    group_session = make_session(session, cast.group)
    headers = Caller(client)(cast.coordinator)
    url = f"/api/v1/sessions/{group_session.id}"
    assert client.post(f"{url}/cancel", json={}, headers=headers).status_code == 200
    again = client.post(f"{url}/cancel", json={}, headers=headers)
    assert again.status_code == 200 and again.json()["status"] == "cancelled"
    assert client.patch(url, json={"notes": "toch"}, headers=headers).status_code == 409


def test_members_cannot_change_or_cancel(client: TestClient, session: Session) -> None:
    cast = make_cast(session)
    group_session = make_session(session, cast.group, facilitator_id=cast.facilitator.id)
    url = f"/api/v1/sessions/{group_session.id}"
    as_ = Caller(client)
    for caller in (cast.member, cast.facilitator):
        assert client.patch(url, json={"notes": "x"}, headers=as_(caller)).status_code == 403
        assert client.post(f"{url}/cancel", json={}, headers=as_(caller)).status_code == 403


def test_location_never_appears_on_public_group_pages(client: TestClient, session: Session) -> None:
    cast = make_cast(session)
    make_session(session, cast.group, location_text="Bij Ans thuis, Dorpsstraat 1")
    public = client.get(f"/api/v1/groups/{cast.group.slug}").text
    found = client.get("/api/v1/groups", params={"q": cast.group.name}).text
    assert "Dorpsstraat" not in public and "Dorpsstraat" not in found
    listed = client.get(
        f"/api/v1/groups/{cast.group.id}/sessions", headers=Caller(client)(cast.member)
    )
    assert listed.json()["items"][0]["location_text"] == "Bij Ans thuis, Dorpsstraat 1"


def test_my_sessions_across_groups(client: TestClient, session: Session) -> None:
    cast = make_cast(session)
    second = make_group(session, name="Tweede groep")
    add_membership(session, second, cast.member)
    first = make_session(session, cast.group, starts_at=utcnow() + timedelta(days=3))
    other = make_session(session, second, starts_at=utcnow() + timedelta(days=1))
    past_session(session, cast.group)
    make_session(session, cast.other_group)
    as_ = Caller(client)
    client.put(
        f"/api/v1/sessions/{first.id}/response",
        json={"answer": "present"},
        headers=as_(cast.member),
    )
    mine = client.get("/api/v1/me/sessions", headers=as_(cast.member)).json()
    assert [s["id"] for s in mine["items"]] == [str(other.id), str(first.id)]
    assert [s["group"]["name"] for s in mine["items"]] == ["Tweede groep", cast.group.name]
    assert mine["items"][0]["my_response"] is None
    assert mine["items"][1]["my_response"]["answer"] == "present"
    past = client.get("/api/v1/me/sessions", params={"when": "past"}, headers=as_(cast.member))
    assert past.json()["total"] == 1
    nothing = client.get("/api/v1/me/sessions", headers=as_(cast.outsider)).json()
    assert [s["group"]["id"] for s in nothing["items"]] == [str(cast.other_group.id)]


def test_listing_takes_the_same_queries_for_one_or_many(
    client: TestClient, session: Session
) -> None:
    cast = make_cast(session)
    headers = Caller(client)(cast.member)
    url = f"/api/v1/groups/{cast.group.id}/sessions"
    make_session(session, cast.group, facilitator_id=cast.facilitator.id, method_id=None)
    one = count_queries(session, lambda: client.get(url, headers=headers))
    for days in range(8, 15):
        make_session(
            session,
            cast.group,
            starts_at=utcnow() + timedelta(days=days),
            facilitator_id=cast.facilitator.id,
            case_bringer_id=cast.member.id,
        )
    many = count_queries(session, lambda: client.get(url, headers=headers))
    assert 0 < one == many
