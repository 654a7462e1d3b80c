"""The attendance list: who may record it and when, confirming one's own presence, and the
audit trail of every change."""

from datetime import timedelta

from fastapi.testclient import TestClient
from sqlmodel import Session, select

from intervisiewijzer.common import utcnow
from intervisiewijzer.main import create_app
from intervisiewijzer.sessions.models import Attendance
from tests.factories import add_membership, make_member
from tests.sessions.helpers import Caller, make_cast, make_session, past_session


def record(client: TestClient, headers: dict[str, str], session_id: object, *members: object):  # type: ignore[no-untyped-def]
    ids = [str(getattr(m, "id", m)) for m in members]
    return client.put(
        f"/api/v1/sessions/{session_id}/attendance",
        json={"present_member_ids": ids},
        headers=headers,
    )


def confirm(client: TestClient, headers: dict[str, str], session_id: object, **body: object):  # type: ignore[no-untyped-def]
    return client.post(
        f"/api/v1/sessions/{session_id}/attendance/confirm", json=body or None, headers=headers
    )


def test_facilitator_records_and_members_confirm(client: TestClient, session: Session) -> None:
    cast = make_cast(session)
    held = past_session(session, cast.group, facilitator_id=cast.facilitator.id)
    as_ = Caller(client)

    recorded = record(client, as_(cast.facilitator), held.id, cast.member, cast.facilitator)
    assert recorded.status_code == 200, recorded.text
    listed = recorded.json()
    assert listed["recorded"] is True
    assert listed["recorded_by"]["full_name"] == "Frank Facilitator"
    assert (listed["present_count"], listed["confirmed_count"]) == (2, 0)
    assert [(e["member"]["full_name"], e["present"]) for e in listed["entries"]] == [
        ("Frank Facilitator", True),
        ("Zoë Brontë", True),
        ("Carla Coördinator", False),
    ]

    confirmed = confirm(client, as_(cast.member), held.id)
    assert confirmed.status_code == 200, confirmed.text
    assert confirmed.json()["present"] is True
    first_time = confirmed.json()["confirmed_at"]
    assert first_time is not None
    again = confirm(client, as_(cast.member), held.id)
    assert again.json()["confirmed_at"] == first_time  # confirming twice keeps the first time

    after = client.get(f"/api/v1/sessions/{held.id}/attendance", headers=as_(cast.coordinator))
    assert after.json()["confirmed_count"] == 1
    seen = client.get(f"/api/v1/sessions/{held.id}", headers=as_(cast.member)).json()
    assert seen["status"] == "held"
    assert seen["my_attendance"] == {"present": True, "confirmed_at": first_time}


def test_rsvp_is_shown_on_the_list_to_fill_in(client: TestClient, session: Session) -> None:
    cast = make_cast(session)
    upcoming = make_session(session, cast.group, starts_at=utcnow() + timedelta(minutes=5))
    as_ = Caller(client)
    client.put(
        f"/api/v1/sessions/{upcoming.id}/response",
        json={"answer": "absent"},
        headers=as_(cast.member),
    )
    blank = client.get(f"/api/v1/sessions/{upcoming.id}/attendance", headers=as_(cast.member))
    assert blank.json()["recorded"] is False
    by_name = {e["member"]["full_name"]: e for e in blank.json()["entries"]}
    assert by_name["Zoë Brontë"]["rsvp"] == "absent"
    assert by_name["Carla Coördinator"]["rsvp"] is None
    assert not any(e["present"] for e in blank.json()["entries"])


def test_not_before_the_session_starts(client: TestClient, session: Session) -> None:
    cast = make_cast(session)
    upcoming = make_session(session, cast.group, starts_at=utcnow() + timedelta(minutes=5))
    response = record(client, Caller(client)(cast.coordinator), upcoming.id, cast.member)
    assert response.status_code == 409
    assert "begonnen" in response.json()["detail"]
    started = make_session(session, cast.group, starts_at=utcnow() - timedelta(minutes=5))
    assert record(client, Caller(client)(cast.coordinator), started.id).status_code == 200


def test_not_for_cancelled_sessions(client: TestClient, session: Session) -> None:
    cast = make_cast(session)
    group_session = make_session(session, cast.group, starts_at=utcnow() + timedelta(minutes=1))
    as_ = Caller(client)
    client.post(
        f"/api/v1/sessions/{group_session.id}/cancel", json={}, headers=as_(cast.coordinator)
    )
    group_session.starts_at = utcnow() - timedelta(hours=1)
    session.add(group_session)
    session.flush()
    assert record(client, as_(cast.coordinator), group_session.id, cast.member).status_code == 409


def test_only_the_sessions_facilitator_or_a_coordinator_records(
    client: TestClient, session: Session
) -> None:
    cast = make_cast(session)
    other_facilitator = make_member(session)
    add_membership(session, cast.group, other_facilitator)
    held = past_session(session, cast.group, facilitator_id=other_facilitator.id)
    as_ = Caller(client)
    # Frank is a facilitator in the group, but not of this session
    assert record(client, as_(cast.facilitator), held.id, cast.member).status_code == 403
    assert record(client, as_(cast.member), held.id, cast.member).status_code == 403
    assert record(client, as_(other_facilitator), held.id, cast.member).status_code == 200
    assert record(client, as_(cast.coordinator), held.id, cast.member).status_code == 200
    admin = make_member(session, is_admin=True)
    assert record(client, as_(admin), held.id, cast.member).status_code == 200


def test_only_members_can_be_marked_present(client: TestClient, session: Session) -> None:
    cast = make_cast(session)
    held = past_session(session, cast.group)
    response = record(client, Caller(client)(cast.coordinator), held.id, cast.member, cast.outsider)
    assert response.status_code == 422
    assert response.json()["member_ids"] == [str(cast.outsider.id)]
    assert session.exec(select(Attendance).where(Attendance.session_id == held.id)).all() == []


def test_cannot_confirm_an_unrecorded_session(client: TestClient, session: Session) -> None:
    cast = make_cast(session)
    held = past_session(session, cast.group)
    response = confirm(client, Caller(client)(cast.member), held.id)
    assert response.status_code == 409
    assert "nog niet vastgelegd" in response.json()["detail"]


def test_cannot_confirm_when_not_marked_present(client: TestClient, session: Session) -> None:
    cast = make_cast(session)
    held = past_session(session, cast.group)
    as_ = Caller(client)
    record(client, as_(cast.coordinator), held.id, cast.facilitator)
    response = confirm(client, as_(cast.member), held.id)
    assert response.status_code == 409
    assert "niet als aanwezig" in response.json()["detail"]


def test_nobody_confirms_for_someone_else(client: TestClient, session: Session) -> None:
    cast = make_cast(session)
    held = past_session(session, cast.group)
    as_ = Caller(client)
    record(client, as_(cast.coordinator), held.id, cast.member, cast.facilitator)
    # a member id in the body is ignored: the caller can only ever confirm themselves
    sneaky = confirm(client, as_(cast.coordinator), held.id, member_id=str(cast.member.id))
    assert sneaky.status_code == 409
    by_facilitator = confirm(client, as_(cast.facilitator), held.id, member_id=str(cast.member.id))
    assert by_facilitator.status_code == 200
    rows = {
        row.member_id: row.confirmed_at
        for row in session.exec(select(Attendance).where(Attendance.session_id == held.id))
    }
    assert rows[cast.facilitator.id] is not None
    assert rows[cast.member.id] is None
    spec = create_app().openapi()
    operation = spec["paths"]["/api/v1/sessions/{session_id}/attendance/confirm"]["post"]
    assert "requestBody" not in operation
    assert [p["name"] for p in operation.get("parameters", [])] == ["session_id"]


def test_rerecording_keeps_confirmations_and_writes_the_audit_trail(
    client: TestClient, session: Session
) -> None:
    cast = make_cast(session)
    held = past_session(session, cast.group)
    as_ = Caller(client)
    record(client, as_(cast.coordinator), held.id, cast.member, cast.facilitator)
    confirm(client, as_(cast.member), held.id)
    confirm(client, as_(cast.facilitator), held.id)

    redone = record(client, as_(cast.coordinator), held.id, cast.member, cast.coordinator)
    entries = {e["member"]["full_name"]: e for e in redone.json()["entries"]}
    assert entries["Zoë Brontë"]["confirmed_at"] is not None  # still present: kept
    assert entries["Frank Facilitator"]["present"] is False  # taken off: confirmation lapses
    assert entries["Frank Facilitator"]["confirmed_at"] is None
    assert entries["Carla Coördinator"]["present"] is True
    assert entries["Carla Coördinator"]["confirmed_at"] is None

    audit = client.get(
        f"/api/v1/sessions/{held.id}/attendance/audit", headers=as_(cast.coordinator)
    ).json()
    assert audit["total"] == 6
    trail = sorted(
        (e["action"], e["member"]["full_name"], e["actor"]["full_name"]) for e in audit["items"]
    )
    assert trail == [
        ("confirmed", "Frank Facilitator", "Frank Facilitator"),
        ("confirmed", "Zoë Brontë", "Zoë Brontë"),
        ("marked_absent", "Frank Facilitator", "Carla Coördinator"),
        ("marked_present", "Carla Coördinator", "Carla Coördinator"),
        ("marked_present", "Frank Facilitator", "Carla Coördinator"),
        ("marked_present", "Zoë Brontë", "Carla Coördinator"),
    ]
    newest_first = [e["at"] for e in audit["items"]]
    assert newest_first == sorted(newest_first, reverse=True)
    page = client.get(
        f"/api/v1/sessions/{held.id}/attendance/audit",
        params={"limit": 2, "offset": 4},
        headers=as_(cast.coordinator),
    ).json()
    assert (len(page["items"]), page["total"]) == (2, 6)


def test_audit_trail_is_for_coordinators(client: TestClient, session: Session) -> None:
    cast = make_cast(session)
    held = past_session(session, cast.group, facilitator_id=cast.facilitator.id)
    as_ = Caller(client)
    url = f"/api/v1/sessions/{held.id}/attendance/audit"
    assert client.get(url, headers=as_(cast.member)).status_code == 403
    assert client.get(url, headers=as_(cast.facilitator)).status_code == 403
    assert client.get(url, headers=as_(cast.coordinator)).status_code == 200


def test_someone_who_left_the_group_can_still_confirm(client: TestClient, session: Session) -> None:
    cast = make_cast(session)
    held = past_session(session, cast.group)
    as_ = Caller(client)
    record(client, as_(cast.coordinator), held.id, cast.member)
    client.delete(
        f"/api/v1/groups/{cast.group.id}/members/{cast.member.id}", headers=as_(cast.member)
    )
    assert confirm(client, as_(cast.member), held.id).status_code == 200
    # but the rest of the session stays for members
    assert client.get(f"/api/v1/sessions/{held.id}", headers=as_(cast.member)).status_code == 404
    # and the list still shows them, so re-recording can keep them on it
    listed = client.get(f"/api/v1/sessions/{held.id}/attendance", headers=as_(cast.coordinator))
    assert [e["member"]["full_name"] for e in listed.json()["entries"] if e["present"]] == [
        "Zoë Brontë"
    ]
    assert record(client, as_(cast.coordinator), held.id, cast.member).status_code == 200
