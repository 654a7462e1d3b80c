"""Members answer for themselves whether they come; the group sees who comes."""

from datetime import timedelta

from fastapi.testclient import TestClient
from sqlmodel import Session

from intervisiewijzer.common import utcnow
from tests.factories import add_membership, make_member
from tests.sessions.helpers import Caller, make_cast, make_session, past_session


def answer(client: TestClient, headers: dict[str, str], session_id: object, **body: object):  # type: ignore[no-untyped-def]
    return client.put(f"/api/v1/sessions/{session_id}/response", json=body, headers=headers)


def test_answer_and_change_it(client: TestClient, session: Session) -> None:
    cast = make_cast(session)
    group_session = make_session(session, cast.group)
    as_ = Caller(client)

    coming = answer(client, as_(cast.member), group_session.id, answer="present", reason="x")
    assert coming.status_code == 200, coming.text
    assert coming.json()["my_response"]["answer"] == "present"
    assert coming.json()["my_response"]["reason"] is None  # a reason only goes with absence
    assert coming.json()["response_counts"] == {"present": 1, "absent": 0, "unanswered": 2}

    away = answer(
        client, as_(cast.member), group_session.id, answer="absent", reason="Kind is ziek"
    )
    assert away.json()["my_response"] == {
        "answer": "absent",
        "reason": "Kind is ziek",
        "responded_at": away.json()["my_response"]["responded_at"],
    }
    assert away.json()["response_counts"] == {"present": 0, "absent": 1, "unanswered": 2}


def test_who_comes_and_who_may_read_reasons(client: TestClient, session: Session) -> None:
    cast = make_cast(session)
    group_session = make_session(session, cast.group, facilitator_id=cast.facilitator.id)
    as_ = Caller(client)
    answer(client, as_(cast.member), group_session.id, answer="absent", reason="Kind is ziek")
    answer(client, as_(cast.facilitator), group_session.id, answer="present")
    url = f"/api/v1/sessions/{group_session.id}/responses"

    seen_by_coordinator = client.get(url, headers=as_(cast.coordinator)).json()
    assert [r["member"]["full_name"] for r in seen_by_coordinator["present"]] == [
        "Frank Facilitator"
    ]
    assert [(r["member"]["full_name"], r["reason"]) for r in seen_by_coordinator["absent"]] == [
        ("Zoë Brontë", "Kind is ziek")
    ]
    assert [p["full_name"] for p in seen_by_coordinator["unanswered"]] == ["Carla Coördinator"]
    facilitator_view = client.get(url, headers=as_(cast.facilitator)).json()
    assert facilitator_view["absent"][0]["reason"] == "Kind is ziek"
    own_view = client.get(url, headers=as_(cast.member)).json()
    assert own_view["absent"][0]["reason"] == "Kind is ziek"

    fellow = make_member(session)
    add_membership(session, cast.group, fellow)
    fellow_view = client.get(url, headers=as_(fellow)).json()
    assert fellow_view["absent"][0]["member"]["full_name"] == "Zoë Brontë"
    assert fellow_view["absent"][0]["reason"] is None


def test_no_answers_once_started_or_cancelled(client: TestClient, session: Session) -> None:
    cast = make_cast(session)
    as_ = Caller(client)
    started = make_session(session, cast.group, starts_at=utcnow() - timedelta(minutes=5))
    assert answer(client, as_(cast.member), started.id, answer="present").status_code == 409
    assert (
        answer(
            client, as_(cast.member), past_session(session, cast.group).id, answer="absent"
        ).status_code
        == 409
    )
    cancelled = make_session(session, cast.group)
    client.post(f"/api/v1/sessions/{cancelled.id}/cancel", json={}, headers=as_(cast.coordinator))
    response = answer(client, as_(cast.member), cancelled.id, answer="present")
    assert response.status_code == 409
    assert response.json()["detail"] == "Deze bijeenkomst is afgelast."


def test_only_members_answer(client: TestClient, session: Session) -> None:
    cast = make_cast(session)
    group_session = make_session(session, cast.group)
    as_ = Caller(client)
    admin = make_member(session, is_admin=True)
    assert answer(client, as_(admin), group_session.id, answer="present").status_code == 403
    assert answer(client, as_(cast.outsider), group_session.id, answer="present").status_code == 404
    invalid = answer(client, as_(cast.member), group_session.id, answer="misschien")
    assert invalid.status_code == 422


def test_answers_of_people_who_left_are_not_counted(client: TestClient, session: Session) -> None:
    cast = make_cast(session)
    group_session = make_session(session, cast.group)
    as_ = Caller(client)
    answer(client, as_(cast.member), group_session.id, answer="present")
    left = client.delete(
        f"/api/v1/groups/{cast.group.id}/members/{cast.member.id}", headers=as_(cast.member)
    )
    assert left.status_code == 204
    seen = client.get(f"/api/v1/sessions/{group_session.id}", headers=as_(cast.coordinator))
    assert seen.json()["response_counts"] == {"present": 0, "absent": 0, "unanswered": 2}
