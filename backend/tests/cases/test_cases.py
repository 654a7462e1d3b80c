"""Bringing in a case, reading and changing it, the outcome and follow-ups, encryption at
rest and the access log."""

import uuid
from datetime import timedelta

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import text
from sqlmodel import Session, select

from intervisiewijzer.cases.models import Case, CaseAccessAction, CaseAccessLog
from intervisiewijzer.common import utcnow
from intervisiewijzer.sessions.models import SessionStatus
from tests.cases.helpers import SECRET_MARKER, case_body, make_admin, make_case, topic
from tests.sessions.helpers import Caller, make_cast, make_session, past_session


def cases_url(group_session_id: object) -> str:
    return f"/api/v1/sessions/{group_session_id}/cases"


def actions_for(session: Session, case_id: object) -> list[CaseAccessAction]:
    rows = session.exec(
        select(CaseAccessLog.action)
        .where(CaseAccessLog.case_id == case_id)
        .order_by(CaseAccessLog.at)  # type: ignore[arg-type]
    ).all()
    return [CaseAccessAction(action) for action in rows]


def test_a_member_brings_in_a_case_the_group_reads_ahead(
    client: TestClient, session: Session
) -> None:
    cast = make_cast(session)
    group_session = make_session(session, cast.group)
    caller = Caller(client)
    response = client.post(
        cases_url(group_session.id), json=case_body(), headers=caller(cast.member)
    )
    assert response.status_code == 201, response.text
    created = response.json()
    assert created["case_bringer"]["id"] == str(cast.member.id)
    assert created["is_mine"] and created["can_edit"]
    assert [t["slug"] for t in created["topics"]] == ["afstand-en-nabijheid", "hechting"]
    assert created["core_question"] == case_body()["core_question"]
    assert created["action_plan"] == [] and created["insights"] == ""
    assert created["session"]["group"]["slug"] == cast.group.slug

    listed = client.get(cases_url(group_session.id), headers=caller(cast.facilitator)).json()
    assert [c["id"] for c in listed] == [created["id"]]
    assert listed[0]["is_mine"] is False and listed[0]["can_edit"] is False
    assert listed[0]["description"] == case_body()["description"]


def test_delete_after_follows_the_retention_setting(client: TestClient, session: Session) -> None:
    cast = make_cast(session)
    group_session = make_session(session, cast.group)
    case = make_case(session, group_session, cast.member)
    body = client.get(f"/api/v1/cases/{case.id}", headers=Caller(client)(cast.member)).json()
    expected = group_session.ends_at + timedelta(days=90)
    assert body["delete_after"].startswith(expected.strftime("%Y-%m-%dT%H:%M"))


@pytest.mark.parametrize(
    "changes",
    [{"anonymised_confirmed": False}, {"anonymised_confirmed": None}],
    ids=["false", "null"],
)
def test_the_case_bringer_must_confirm_anonymity(
    client: TestClient, session: Session, changes: dict[str, object]
) -> None:
    cast = make_cast(session)
    group_session = make_session(session, cast.group)
    headers = Caller(client)(cast.member)
    response = client.post(cases_url(group_session.id), json=case_body(**changes), headers=headers)
    assert response.status_code == 422
    assert response.json()["errors"][0]["field"] == "anonymised_confirmed"
    body = case_body()
    del body["anonymised_confirmed"]
    assert client.post(cases_url(group_session.id), json=body, headers=headers).status_code == 422


def test_changes_must_confirm_anonymity_again(client: TestClient, session: Session) -> None:
    cast = make_cast(session)
    case = make_case(session, make_session(session, cast.group), cast.member)
    response = client.patch(
        f"/api/v1/cases/{case.id}", json={"title": "Nieuw"}, headers=Caller(client)(cast.member)
    )
    assert response.status_code == 422


def test_identifying_data_is_refused_with_a_dutch_message_per_field(
    client: TestClient, session: Session
) -> None:
    cast = make_cast(session)
    group_session = make_session(session, cast.group)
    body = case_body(
        background="Bel de voogd op 06-12345678 of mail voogd@example.nl.",
        earlier_actions="Het kind is geboren op 12 maart 2015 en woont nu in 3511 AB.",
    )
    response = client.post(
        cases_url(group_session.id), json=body, headers=Caller(client)(cast.member)
    )
    assert response.status_code == 422
    problem = response.json()
    assert problem["type"].endswith("/niet-anoniem")
    assert (
        "In 'Achtergrond en context' staat iets dat op een telefoonnummer lijkt."
        in (problem["detail"])
    )
    found = {(error["field"], error["type"]) for error in problem["errors"]}
    assert found == {
        ("background", "identifier.phone"),
        ("background", "identifier.email"),
        ("earlier_actions", "identifier.birth_date"),
        ("earlier_actions", "identifier.postcode"),
    }
    # The matched values are never echoed back.
    assert "12345678" not in response.text and "example.nl" not in response.text
    assert session.exec(select(Case).where(Case.session_id == group_session.id)).all() == []


def test_a_bsn_is_refused_but_ordinary_numbers_are_fine(
    client: TestClient, session: Session
) -> None:
    cast = make_cast(session)
    group_session = make_session(session, cast.group)
    headers = Caller(client)(cast.member)
    refused = client.post(
        cases_url(group_session.id),
        json=case_body(description="Zijn BSN is 123.456.782, zegt de voogd."),
        headers=headers,
    )
    assert refused.status_code == 422
    assert refused.json()["errors"][0]["type"] == "identifier.bsn"
    fine = client.post(
        cases_url(group_session.id),
        json=case_body(description="Hij is 12 jaar, woont hier sinds 2019; om 19:30 naar bed."),
        headers=headers,
    )
    assert fine.status_code == 201, fine.text


def test_case_text_is_encrypted_at_rest(client: TestClient, session: Session) -> None:
    cast = make_cast(session)
    group_session = make_session(session, cast.group)
    headers = Caller(client)(cast.member)
    created = client.post(cases_url(group_session.id), json=case_body(), headers=headers).json()
    outcome = {
        "insights": f"Inzicht {SECRET_MARKER}",
        "action_plan": [{"text": f"Actie {SECRET_MARKER}"}],
    }
    assert (
        client.put(
            f"/api/v1/cases/{created['id']}/outcome", json=outcome, headers=headers
        ).status_code
        == 200
    )
    session.expire_all()
    stored = [
        " ".join(str(value) for value in row)
        for table in ("intervision_case", "case_follow_up", "case_access_log")
        for row in session.execute(text(f"SELECT * FROM {table}")).all()
    ]
    assert stored
    plain = [case_body()[f] for f in ("title", "core_question", "background", "expectations")]
    for row in stored:
        assert SECRET_MARKER not in row
        for value in plain:
            assert value not in row


def test_changing_a_case(client: TestClient, session: Session) -> None:
    cast = make_cast(session)
    case = make_case(session, make_session(session, cast.group), cast.member)
    response = client.patch(
        f"/api/v1/cases/{case.id}",
        json={
            "core_question": "Wat heeft het kind van mij nodig?",
            "background": None,
            "topics": ["rouw-en-verlies"],
            "anonymised_confirmed": True,
        },
        headers=Caller(client)(cast.coordinator),
    )
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["core_question"] == "Wat heeft het kind van mij nodig?"
    assert body["background"] == case_body()["background"]  # null leaves it as it was
    assert [t["slug"] for t in body["topics"]] == ["rouw-en-verlies"]
    assert body["can_edit"] and not body["is_mine"]


def test_unknown_or_switched_off_topics_are_refused(client: TestClient, session: Session) -> None:
    cast = make_cast(session)
    group_session = make_session(session, cast.group)
    headers = Caller(client)(cast.member)
    unknown = client.post(
        cases_url(group_session.id), json=case_body(topics=["bestaat-niet"]), headers=headers
    )
    assert unknown.status_code == 422
    assert unknown.json()["errors"][0]["field"] == "topics"
    switched_off = topic(session, "hechting")
    switched_off.active = False
    session.add(switched_off)
    session.flush()
    assert (
        client.post(
            cases_url(group_session.id), json=case_body(topics=["hechting"]), headers=headers
        ).status_code
        == 422
    )
    assert (
        client.post(cases_url(group_session.id), json=case_body(topics=[]), headers=headers)
    ).status_code == 422


def test_no_cases_for_cancelled_or_long_gone_sessions(client: TestClient, session: Session) -> None:
    cast = make_cast(session)
    headers = Caller(client)(cast.member)
    cancelled = make_session(session, cast.group, status=SessionStatus.cancelled)
    assert (
        client.post(cases_url(cancelled.id), json=case_body(), headers=headers).status_code == 409
    )
    long_ago = past_session(session, cast.group, days_ago=120)
    assert client.post(cases_url(long_ago.id), json=case_body(), headers=headers).status_code == 409


def test_outcome_and_follow_ups(client: TestClient, session: Session) -> None:
    cast = make_cast(session)
    case = make_case(session, past_session(session, cast.group), cast.member)
    headers = Caller(client)(cast.member)
    url = f"/api/v1/cases/{case.id}"
    body = client.put(
        url + "/outcome",
        json={
            "insights": "Ik reageer sneller als ik moe ben.",
            "action_plan": [{"text": "Vaste avondroutine"}, {"text": "Partner neemt het over"}],
        },
        headers=headers,
    ).json()
    assert body["insights"] == "Ik reageer sneller als ik moe ben."
    assert body["outcome_recorded_at"] is not None
    first, second = body["action_plan"]
    assert (first["text"], first["status"], first["position"]) == ("Vaste avondroutine", "open", 0)

    done = client.post(f"{url}/follow-ups/{second['id']}/done", headers=headers).json()
    assert [item["status"] for item in done["action_plan"]] == ["open", "done"]
    assert done["action_plan"][1]["done_at"] is not None

    # Sending the plan again keeps ids; left-out items go, new ones come.
    again = client.put(
        url + "/outcome",
        json={
            "insights": "",
            "action_plan": [
                {"id": second["id"], "text": "Partner neemt het over", "status": "done"},
                {"text": "Bespreken met de voogd"},
            ],
        },
        headers=headers,
    ).json()
    assert [(i["id"] == second["id"], i["status"]) for i in again["action_plan"]] == [
        (True, "done"),
        (False, "open"),
    ]
    missing = client.post(f"{url}/follow-ups/{first['id']}/done", headers=headers)
    assert missing.status_code == 404


def test_identifiers_in_the_action_plan_are_refused(client: TestClient, session: Session) -> None:
    cast = make_cast(session)
    case = make_case(session, past_session(session, cast.group), cast.member)
    response = client.put(
        f"/api/v1/cases/{case.id}/outcome",
        json={"action_plan": [{"text": "Oké"}, {"text": "Bellen met 010-1234567"}]},
        headers=Caller(client)(cast.member),
    )
    assert response.status_code == 422
    error = response.json()["errors"][0]
    assert error["field"] == "action_plan.1.text"
    assert error["message"] == "In 'Actiepunt 2' staat iets dat op een telefoonnummer lijkt."


def test_my_cases_lists_my_own_cases_in_my_groups(client: TestClient, session: Session) -> None:
    cast = make_cast(session)
    older = make_case(session, past_session(session, cast.group, days_ago=20), cast.member)
    newer = make_case(session, make_session(session, cast.group), cast.member)
    make_case(session, make_session(session, cast.group), cast.facilitator)
    page = client.get("/api/v1/me/cases", headers=Caller(client)(cast.member)).json()
    assert page["total"] == 2
    assert [c["id"] for c in page["items"]] == [str(newer.id), str(older.id)]


def test_deleting_a_case(client: TestClient, session: Session) -> None:
    cast = make_cast(session)
    case = make_case(session, make_session(session, cast.group), cast.member)
    headers = Caller(client)(cast.member)
    assert client.delete(f"/api/v1/cases/{case.id}", headers=headers).status_code == 204
    assert client.get(f"/api/v1/cases/{case.id}", headers=headers).status_code == 404


def test_every_read_and_change_is_logged_without_text(client: TestClient, session: Session) -> None:
    cast = make_cast(session)
    group_session = make_session(session, cast.group)
    caller = Caller(client)
    created = client.post(
        cases_url(group_session.id), json=case_body(), headers=caller(cast.member)
    ).json()
    url = f"/api/v1/cases/{created['id']}"
    client.get(url, headers=caller(cast.facilitator))
    client.get(url, headers=caller(cast.facilitator))  # within the window: logged once
    client.get(cases_url(group_session.id), headers=caller(cast.coordinator))
    client.patch(
        url, json={"title": "Nieuw", "anonymised_confirmed": True}, headers=caller(cast.member)
    )
    client.delete(url, headers=caller(cast.member))
    case_id = uuid.UUID(created["id"])
    rows = session.exec(select(CaseAccessLog).where(CaseAccessLog.case_id == case_id)).all()
    assert sorted((row.action, row.member_id) for row in rows) == sorted(
        [
            (CaseAccessAction.create, cast.member.id),
            (CaseAccessAction.read, cast.facilitator.id),
            (CaseAccessAction.read, cast.coordinator.id),
            (CaseAccessAction.update, cast.member.id),
            (CaseAccessAction.delete, cast.member.id),
        ]
    )

    admin = make_admin(session)
    page = client.get(
        "/api/v1/admin/case-access-log",
        params={"case_id": created["id"]},
        headers=caller(admin),
    ).json()
    assert page["total"] == 5
    assert set(page["items"][0]) == {"id", "case_id", "member_id", "action", "at"}
    assert page["items"][0]["action"] == "delete"  # newest first
    assert SECRET_MARKER not in str(page)


def test_reads_are_logged_again_after_the_window(session: Session) -> None:
    from intervisiewijzer.cases.audit import READ_LOG_WINDOW, log_access

    cast = make_cast(session)
    case = make_case(session, make_session(session, cast.group), cast.member)
    now = utcnow()
    log_access(session, [case.id], cast.facilitator.id, CaseAccessAction.read, now)
    log_access(session, [case.id], cast.facilitator.id, CaseAccessAction.read, now)
    later = now + READ_LOG_WINDOW + timedelta(seconds=1)
    log_access(session, [case.id], cast.facilitator.id, CaseAccessAction.read, later)
    assert actions_for(session, case.id).count(CaseAccessAction.read) == 2
