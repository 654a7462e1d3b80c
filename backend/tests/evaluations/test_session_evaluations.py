"""Answering the evaluation of a session: who may, when, and what comes back to whom."""

from datetime import timedelta

from fastapi.testclient import TestClient
from sqlmodel import Session, select

from intervisiewijzer.common import utcnow
from intervisiewijzer.evaluations.models import SessionEvaluation
from intervisiewijzer.sessions.models import SessionStatus
from tests.evaluations.helpers import (
    OPEN_DAYS_AGO,
    attended_session,
    make_circle,
    session_answers,
)
from tests.sessions.helpers import Caller, make_session


def put(client: TestClient, headers: dict[str, str], session_id: object, **changes: object):  # type: ignore[no-untyped-def]
    return client.put(
        f"/api/v1/sessions/{session_id}/evaluation",
        json=session_answers(**changes),
        headers=headers,
    )


def test_a_present_member_answers_reads_and_changes_their_evaluation(
    client: TestClient, session: Session
) -> None:
    circle = make_circle(session)
    member = circle.members[0]
    held = attended_session(session, circle.group, [member], days=OPEN_DAYS_AGO)
    headers = Caller(client)(member)

    answered = put(client, headers, held.id, free_text="Veel geleerd over hechting.")
    assert answered.status_code == 200, answered.text
    body = answered.json()
    assert body["safety"] == 4 and body["depth_level"] == 2
    assert body["free_text"] == "Veel geleerd over hechting."
    assert body["share_free_text_with_facilitator"] is False
    assert answered.headers["cache-control"] == "private, no-store"

    changed = put(client, headers, held.id, safety=2, facilitator=None, free_text="")
    assert changed.status_code == 200, changed.text
    assert (changed.json()["safety"], changed.json()["facilitator"]) == (2, None)
    assert changed.json()["free_text"] is None

    mine = client.get(f"/api/v1/sessions/{held.id}/evaluation", headers=headers)
    assert mine.status_code == 200
    assert mine.json()["safety"] == 2
    rows = session.exec(select(SessionEvaluation).where(SessionEvaluation.session_id == held.id))
    assert len(rows.all()) == 1  # changed, not answered twice


def test_the_group_set_up_is_kept_with_the_answer(client: TestClient, session: Session) -> None:
    circle = make_circle(session, meetings_per_year=8)
    held = attended_session(session, circle.group, circle.members[:1], days=OPEN_DAYS_AGO)
    put(client, Caller(client)(circle.members[0]), held.id)
    circle.group.meetings_per_year = 4  # the group changes later on
    session.add(circle.group)
    session.flush()
    row = session.exec(select(SessionEvaluation)).one()
    assert (row.facilitator_type, row.mode, row.meetings_per_year) == ("peer", "in_person", 8)


def test_only_members_on_the_attendance_list_may_answer(
    client: TestClient, session: Session
) -> None:
    circle = make_circle(session)
    present, absent = circle.members[0], circle.members[1]
    held = attended_session(session, circle.group, [present], days=OPEN_DAYS_AGO)
    as_ = Caller(client)

    refused = put(client, as_(absent), held.id)
    assert refused.status_code == 403
    assert "presentielijst" in refused.json()["detail"]
    assert put(client, as_(circle.coordinator), held.id).status_code == 403
    assert put(client, as_(circle.outsider), held.id).status_code == 404
    assert put(client, {}, held.id).status_code == 401


def test_a_member_who_left_the_group_can_still_evaluate_the_session_they_attended(
    client: TestClient, session: Session
) -> None:
    from intervisiewijzer.groups.models import Membership

    circle = make_circle(session)
    leaver = circle.members[0]
    held = attended_session(session, circle.group, [leaver], days=OPEN_DAYS_AGO)
    membership = session.exec(select(Membership).where(Membership.member_id == leaver.id)).one()
    session.delete(membership)
    session.flush()
    assert put(client, Caller(client)(leaver), held.id).status_code == 200


def test_answering_is_possible_only_after_the_session_and_within_the_window(
    client: TestClient, session: Session
) -> None:
    circle = make_circle(session)
    member = circle.members[0]
    headers = Caller(client)(member)

    running = attended_session(session, circle.group, [member], days=0.02)  # started 30 min ago
    too_early = put(client, headers, running.id)
    assert too_early.status_code == 409
    assert "afgelopen" in too_early.json()["detail"]

    closed = attended_session(session, circle.group, [member], days=20)
    too_late = put(client, headers, closed.id)
    assert too_late.status_code == 409
    assert "gesloten" in too_late.json()["detail"]

    cancelled = attended_session(session, circle.group, [member], days=OPEN_DAYS_AGO)
    cancelled.status = SessionStatus.cancelled
    session.add(cancelled)
    session.flush()
    assert put(client, headers, cancelled.id).status_code == 409

    planned = make_session(session, circle.group)  # next week, nobody on a list yet
    assert put(client, headers, planned.id).status_code == 403


def test_bad_answers_are_refused_with_dutch_field_errors(
    client: TestClient, session: Session
) -> None:
    circle = make_circle(session)
    member = circle.members[0]
    held = attended_session(session, circle.group, [member], days=OPEN_DAYS_AGO)
    headers = Caller(client)(member)

    for changes in ({"safety": 6}, {"depth_level": 4}, {"learned": 0}, {"structure": "veel"}):
        response = put(client, headers, held.id, **changes)
        assert response.status_code == 422, changes
        assert response.headers["content-type"].startswith("application/problem+json")
    too_long = put(client, headers, held.id, free_text="x" * 2001)
    assert too_long.status_code == 422
    assert too_long.json()["errors"][0]["field"] == "free_text"
    missing = client.put(
        f"/api/v1/sessions/{held.id}/evaluation", json={"safety": 3}, headers=headers
    )
    assert missing.status_code == 422
    assert {e["field"] for e in missing.json()["errors"]} >= {"structure", "depth_level"}


def test_nobody_else_reads_an_individual_evaluation(client: TestClient, session: Session) -> None:
    circle = make_circle(session)
    member = circle.members[0]
    held = attended_session(
        session,
        circle.group,
        [member, circle.facilitator],
        days=OPEN_DAYS_AGO,
        facilitator_id=circle.facilitator.id,
    )
    as_ = Caller(client)
    put(client, as_(member), held.id, free_text="Geheim-canary-7781", safety=1)
    from tests.factories import make_member

    admin = make_member(session, is_admin=True)

    for other, expected in (
        (circle.facilitator, 404),
        (circle.coordinator, 404),
        (admin, 404),
        (circle.outsider, 404),
    ):
        response = client.get(f"/api/v1/sessions/{held.id}/evaluation", headers=as_(other))
        assert response.status_code == expected
        assert "Geheim-canary-7781" not in response.text


def test_pending_evaluations_list_what_i_still_have_to_answer(
    client: TestClient, session: Session
) -> None:
    circle = make_circle(session)
    member = circle.members[0]
    headers = Caller(client)(member)
    first = attended_session(session, circle.group, [member], days=3)
    second = attended_session(session, circle.group, [member], days=OPEN_DAYS_AGO)
    attended_session(session, circle.group, [circle.members[1]], days=OPEN_DAYS_AGO)  # absent
    attended_session(session, circle.group, [member], days=40)  # closed

    def pending_sessions(**params: object) -> dict:  # type: ignore[type-arg]
        response = client.get("/api/v1/me/evaluations/pending", params=params, headers=headers)
        assert response.status_code == 200, response.text
        return response.json()

    body = pending_sessions()
    sessions = [item for item in body["items"] if item["kind"] == "session"]
    assert [item["session_id"] for item in sessions] == [str(second.id), str(first.id)]
    assert sessions[0]["group"]["slug"] == circle.group.slug
    assert sessions[0]["answer_until"] is not None

    put(client, headers, second.id)
    after = [i["session_id"] for i in pending_sessions()["items"] if i["kind"] == "session"]
    assert after == [str(first.id)]


def test_pending_pages_through_yearly_and_session_evaluations(session: Session) -> None:
    from intervisiewijzer.common import Pagination
    from intervisiewijzer.config import get_settings
    from intervisiewijzer.evaluations.service import pending_evaluations
    from intervisiewijzer.sessions.localtime import local_to_utc

    circle = make_circle(session)
    member = circle.members[0]
    held = [attended_session(session, circle.group, [member], days=d) for d in (1, 2, 3)]
    # 15 January: last year's yearly evaluation is due, and three sessions wait.
    now = utcnow()
    january = local_to_utc(now.date().replace(month=1, day=15), now.time().replace(hour=12))
    for s in held:  # move the sessions relative to that moment
        s.starts_at = january - (now - s.starts_at)
        s.ends_at = january - (now - s.ends_at)
        session.add(s)
    session.flush()

    settings = get_settings()
    pages = [
        pending_evaluations(session, settings, member, Pagination(limit=2, offset=o), january)
        for o in (0, 2)
    ]
    assert [p.total for p in pages] == [4, 4]
    first, second = pages
    assert [i.kind for i in first.items] == ["yearly", "session"]
    assert first.items[0].year == january.year - 1
    assert [i.session_id for i in first.items[1:] + second.items] == [s.id for s in held]
    summer = january + timedelta(days=150)
    assert all(
        i.kind == "session"
        for i in pending_evaluations(
            session, settings, member, Pagination(limit=10, offset=0), summer
        ).items
    )


def test_an_answer_never_reaches_anyone_else(client: TestClient, session: Session) -> None:
    """Sweep every reading endpoint as every other role: neither the private text nor who
    wrote what comes back."""
    from tests.evaluations.helpers import add_evaluation, add_yearly
    from tests.factories import make_member

    circle = make_circle(session, members=5)
    respondent = circle.members[0]
    held = attended_session(
        session, circle.group, circle.everyone, facilitator_id=circle.facilitator.id
    )
    for member in circle.everyone:
        text = "Prive-canary-4242" if member is respondent else "Gedeeld"
        add_evaluation(
            session,
            held,
            member,
            free_text=text,
            share_free_text_with_facilitator=text != "Prive-canary-4242",
        )
        add_yearly(session, circle.group, member, utcnow().year - 2, free_text=text)
    admin = make_member(session, is_admin=True)
    group, year = circle.group.slug, utcnow().year - 2
    paths = [
        f"/api/v1/sessions/{held.id}/evaluation",
        f"/api/v1/sessions/{held.id}/evaluations/summary",
        f"/api/v1/sessions/{held.id}/evaluations/shared-comments",
        f"/api/v1/groups/{group}/yearly-evaluation/{year}",
        f"/api/v1/groups/{group}/yearly-evaluations/{year}/summary",
        f"/api/v1/groups/{group}/yearly-evaluations/{year}/shared-comments",
        f"/api/v1/groups/{group}/health",
        "/api/v1/me/evaluations/pending",
        "/api/v1/admin/research/dashboard",
        "/api/v1/admin/research/export.csv",
        "/api/v1/research/summary",
    ]
    as_ = Caller(client)
    for other in (circle.coordinator, circle.facilitator, circle.members[1], admin):
        for path in paths:
            response = client.get(path, headers=as_(other))
            assert "Prive-canary-4242" not in response.text, (other.full_name, path)
            assert str(respondent.id) not in response.text, path
            assert respondent.full_name not in response.text, path
    own = client.get(f"/api/v1/sessions/{held.id}/evaluation", headers=as_(respondent))
    assert own.json()["free_text"] == "Prive-canary-4242"
