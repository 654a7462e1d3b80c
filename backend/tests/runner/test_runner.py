"""The session runner: phase order and bounds, the timer, cards without repeats, notes with
optimistic concurrency, and open follow-ups of earlier cases first."""

import random
from datetime import timedelta

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import text
from sqlmodel import Session, select

from intervisiewijzer.common import utcnow
from intervisiewijzer.methods.library import get_library
from intervisiewijzer.runner.models import SessionRun
from intervisiewijzer.runner.router import card_random
from intervisiewijzer.sessions.models import GroupSession, SessionStatus
from tests.cases.helpers import SECRET_MARKER, make_case, method_id, record_outcome
from tests.sessions.helpers import Caller, Cast, make_cast, make_session, past_session


def run_url(group_session: GroupSession) -> str:
    return f"/api/v1/sessions/{group_session.id}/run"


def planned(session: Session, cast: Cast, method: str | None = "incidentmethode") -> GroupSession:
    return make_session(
        session,
        cast.group,
        starts_at=utcnow().replace(microsecond=0) - timedelta(minutes=5),
        facilitator_id=cast.facilitator.id,
        method_id=method_id(session, method) if method else None,
    )


def phase_keys(slug: str) -> list[str]:
    method = get_library().method(slug)
    assert method is not None
    return [phase.key for phase in method.phases]


def test_before_the_start_members_see_the_plan(client: TestClient, session: Session) -> None:
    cast = make_cast(session)
    group_session = planned(session, cast)
    state = client.get(run_url(group_session), headers=Caller(client)(cast.member)).json()
    assert state["status"] == "not_started"
    assert state["method"] == {"slug": "incidentmethode", "name": "Incidentmethode"}
    assert [p["key"] for p in state["phases"]] == phase_keys("incidentmethode")
    assert state["planned_minutes"] == 90
    assert state["current_phase"] is None and state["timer"] is None
    assert state["can_lead"] is False and state["notes"]["version"] == 0


def test_phases_run_in_the_methods_order_within_bounds(
    client: TestClient, session: Session
) -> None:
    cast = make_cast(session)
    group_session = planned(session, cast)
    headers = Caller(client)(cast.facilitator)
    url = run_url(group_session)

    started = client.post(url, headers=headers)
    assert started.status_code == 201, started.text
    state = started.json()
    assert state["status"] == "running" and state["can_lead"] is True
    assert (state["phase_index"], state["current_phase"]["key"]) == (0, "opening")
    assert client.post(url + "/previous", headers=headers).status_code == 409

    seen = [state["current_phase"]["key"]]
    for _ in range(len(phase_keys("incidentmethode")) - 1):
        state = client.post(url + "/next", headers=headers).json()
        seen.append(state["current_phase"]["key"])
    assert seen == phase_keys("incidentmethode")
    last = client.post(url + "/next", headers=headers)
    assert last.status_code == 409
    assert "laatste fase" in last.json()["detail"]

    back = client.post(url + "/previous", headers=headers).json()
    assert back["current_phase"]["key"] == seen[-2]
    assert client.post(url, headers=headers).status_code == 409  # already started


def test_the_current_phase_carries_its_helping_questions(
    client: TestClient, session: Session
) -> None:
    cast = make_cast(session)
    group_session = planned(session, cast, "roddelmethode")
    headers = Caller(client)(cast.facilitator)
    client.post(run_url(group_session), headers=headers)
    for _ in range(3):
        state = client.post(run_url(group_session) + "/next", headers=headers).json()
    phase = state["current_phase"]
    assert phase["key"] == "roddelronde" and phase["minutes"] == 25
    assert phase["helping_questions"] and phase["question_kinds"]


def test_a_stale_screen_cannot_skip_a_phase(client: TestClient, session: Session) -> None:
    cast = make_cast(session)
    group_session = planned(session, cast)
    headers = Caller(client)(cast.facilitator)
    client.post(run_url(group_session), headers=headers)
    first = client.post(run_url(group_session) + "/next", json={"from_phase": 0}, headers=headers)
    assert first.json()["phase_index"] == 1
    again = client.post(run_url(group_session) + "/next", json={"from_phase": 0}, headers=headers)
    assert again.status_code == 409


def test_the_timer_counts_from_the_start_of_the_phase(client: TestClient, session: Session) -> None:
    cast = make_cast(session)
    group_session = planned(session, cast)
    client.post(run_url(group_session), headers=Caller(client)(cast.facilitator))
    run = session.exec(select(SessionRun)).one()
    run.phase_started_at = utcnow() - timedelta(minutes=7)
    session.add(run)
    session.flush()
    timer = client.get(run_url(group_session), headers=Caller(client)(cast.member)).json()["timer"]
    assert timer["planned_seconds"] == 5 * 60
    assert 7 * 60 <= timer["elapsed_seconds"] < 7 * 60 + 30
    assert timer["remaining_seconds"] == timer["planned_seconds"] - timer["elapsed_seconds"]
    assert timer["overtime"] is True


def test_starting_needs_a_method(client: TestClient, session: Session) -> None:
    cast = make_cast(session)
    group_session = planned(session, cast, method=None)
    headers = Caller(client)(cast.coordinator)
    missing = client.post(run_url(group_session), headers=headers)
    assert missing.status_code == 422
    assert missing.json()["errors"][0]["field"] == "method"
    unknown = client.post(run_url(group_session), json={"method": "bestaat-niet"}, headers=headers)
    assert unknown.status_code == 422
    chosen = client.post(run_url(group_session), json={"method": "cirkelmethode"}, headers=headers)
    assert chosen.status_code == 201
    assert chosen.json()["current_phase"]["key"] == "openingsrondje"


def test_no_run_for_a_cancelled_session(client: TestClient, session: Session) -> None:
    cast = make_cast(session)
    group_session = planned(session, cast)
    group_session.status = SessionStatus.cancelled
    session.add(group_session)
    session.flush()
    response = client.post(run_url(group_session), headers=Caller(client)(cast.facilitator))
    assert response.status_code == 409


def test_controls_need_a_started_run(client: TestClient, session: Session) -> None:
    cast = make_cast(session)
    group_session = planned(session, cast)
    headers = Caller(client)(cast.facilitator)
    for action in ("/next", "/previous", "/draw-card", "/finish"):
        assert client.post(run_url(group_session) + action, headers=headers).status_code == 409
    notes = client.put(
        run_url(group_session) + "/notes", json={"text": "x", "version": 0}, headers=headers
    )
    assert notes.status_code == 409


@pytest.fixture
def seeded_cards(app: FastAPI) -> None:
    app.dependency_overrides[card_random] = lambda: random.Random(7)


def test_cards_are_drawn_without_repeats(
    client: TestClient, session: Session, seeded_cards: None
) -> None:
    cast = make_cast(session)
    group_session = planned(session, cast)
    headers = Caller(client)(cast.facilitator)
    client.post(run_url(group_session), headers=headers)
    total = len(get_library().card_ids)
    drawn = []
    for _ in range(total):
        state = client.post(run_url(group_session) + "/draw-card", headers=headers).json()
        drawn.append(state["drawn_cards"][-1]["id"])
    assert sorted(drawn) == sorted(get_library().card_ids)
    assert state["cards_left"] == 0
    assert client.post(run_url(group_session) + "/draw-card", headers=headers).status_code == 409


def test_card_draws_are_deterministic_with_a_seeded_source(
    client: TestClient, session: Session, seeded_cards: None
) -> None:
    cast = make_cast(session)
    headers = Caller(client)(cast.facilitator)
    sequences = []
    for _ in range(2):
        group_session = planned(session, cast)
        client.post(run_url(group_session), headers=headers)
        state = {}
        for _ in range(3):
            state = client.post(run_url(group_session) + "/draw-card", headers=headers).json()
        sequences.append([card["id"] for card in state["drawn_cards"]])
    assert sequences[0] == sequences[1]


def test_cards_from_one_category(client: TestClient, session: Session) -> None:
    cast = make_cast(session)
    group_session = planned(session, cast)
    headers = Caller(client)(cast.facilitator)
    client.post(run_url(group_session), headers=headers)
    url = run_url(group_session) + "/draw-card"
    state = client.post(url, json={"category": "toekomstgericht"}, headers=headers).json()
    assert state["drawn_cards"][-1]["category"] == "toekomstgericht"
    assert client.post(url, json={"category": "bestaat-niet"}, headers=headers).status_code == 422


def test_notes_use_optimistic_concurrency(client: TestClient, session: Session) -> None:
    cast = make_cast(session)
    group_session = planned(session, cast)
    caller = Caller(client)
    client.post(run_url(group_session), headers=caller(cast.facilitator))
    url = run_url(group_session) + "/notes"
    saved = client.put(url, json={"text": "Eerste punt", "version": 0}, headers=caller(cast.member))
    assert saved.status_code == 200
    assert saved.json()["version"] == 1
    assert saved.json()["updated_by"]["id"] == str(cast.member.id)

    stale = client.put(
        url, json={"text": "Ander punt", "version": 0}, headers=caller(cast.coordinator)
    )
    assert stale.status_code == 409
    assert stale.json()["current_version"] == 1
    state = client.get(run_url(group_session), headers=caller(cast.coordinator)).json()
    assert state["notes"]["text"] == "Eerste punt" and state["notes"]["version"] == 1


def test_notes_are_encrypted_and_checked_for_identifiers(
    client: TestClient, session: Session
) -> None:
    cast = make_cast(session)
    group_session = planned(session, cast)
    caller = Caller(client)
    client.post(run_url(group_session), headers=caller(cast.facilitator))
    url = run_url(group_session) + "/notes"
    refused = client.put(
        url, json={"text": "Moeder: 06-12345678", "version": 0}, headers=caller(cast.member)
    )
    assert refused.status_code == 422
    assert refused.json()["errors"][0]["field"] == "notes"
    client.put(
        url, json={"text": f"Notitie {SECRET_MARKER}", "version": 0}, headers=caller(cast.member)
    )
    rows = session.execute(text("SELECT * FROM session_run")).all()
    assert rows and all(SECRET_MARKER not in " ".join(map(str, row)) for row in rows)


def test_finishing_ends_the_run(client: TestClient, session: Session) -> None:
    cast = make_cast(session)
    group_session = planned(session, cast)
    headers = Caller(client)(cast.facilitator)
    client.post(run_url(group_session), headers=headers)
    finished = client.post(run_url(group_session) + "/finish", headers=headers).json()
    assert finished["status"] == "finished" and finished["finished_at"] is not None
    assert finished["current_phase"] is None
    assert client.post(run_url(group_session) + "/next", headers=headers).status_code == 409
    assert client.post(run_url(group_session) + "/finish", headers=headers).status_code == 409


def test_open_follow_ups_of_earlier_cases_come_first(client: TestClient, session: Session) -> None:
    cast = make_cast(session)
    earlier = past_session(session, cast.group, days_ago=50)
    done_case = make_case(session, earlier, cast.member, title="Eerder afgerond")
    record_outcome(session, done_case, cast.member, "Al gedaan")
    from intervisiewijzer.cases.models import CaseFollowUp, FollowUpStatus

    for item in session.exec(select(CaseFollowUp).where(CaseFollowUp.case_id == done_case.id)):
        item.status = FollowUpStatus.done
        session.add(item)
    open_case = make_case(
        session, past_session(session, cast.group, days_ago=20), cast.facilitator, title="Eerder"
    )
    record_outcome(session, open_case, cast.facilitator, "Gesprek met school", "Rustmoment")
    group_session = planned(session, cast)
    make_case(session, group_session, cast.member, title="Vandaag")
    later = make_session(session, cast.group)
    record_outcome(session, make_case(session, later, cast.member, title="Later"), cast.member, "X")
    other = make_case(session, make_session(session, cast.other_group), cast.outsider)
    record_outcome(session, other, cast.outsider, "Andere groep")

    state = client.get(run_url(group_session), headers=Caller(client)(cast.member)).json()
    assert [(f["case_title"], f["text"]) for f in state["open_follow_ups"]] == [
        ("Eerder", "Gesprek met school"),
        ("Eerder", "Rustmoment"),
    ]
    assert state["open_follow_ups"][0]["case_bringer"]["id"] == str(cast.facilitator.id)
    assert state["open_follow_ups"][0]["can_mark_done"] is False  # not mine, not coordinator
    assert [case["title"] for case in state["cases"]] == ["Vandaag"]

    coordinator_view = client.get(run_url(group_session), headers=Caller(client)(cast.coordinator))
    assert coordinator_view.json()["open_follow_ups"][0]["can_mark_done"] is True
