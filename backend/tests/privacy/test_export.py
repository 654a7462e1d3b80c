import json

from fastapi.testclient import TestClient
from sqlmodel import Session, select

from intervisiewijzer.privacy.models import AuditEvent, AuditKind
from tests.cases.helpers import SECRET_MARKER
from tests.factories import login, make_member
from tests.privacy.helpers import FREE_TEXT, MOTIVATION, RSVP_REASON, make_subject

URL = "/api/v1/me/data-export"


def test_the_export_is_a_json_download_of_everything_about_me(
    client: TestClient, session: Session
) -> None:
    subject = make_subject(session)
    response = client.get(URL, headers=login(client, subject.member))

    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/json")
    disposition = response.headers["content-disposition"]
    assert disposition.startswith("attachment;") and ".json" in disposition
    assert response.headers["cache-control"] == "private, no-store"
    doc = response.json()

    assert doc["format"] == "intervisiewijzer-gegevensexport"
    profile = doc["profile"]
    assert profile["email"] == subject.member.email
    assert profile["full_name"] == "Sanne Subject"
    assert profile["registration_number"] == "12345678"
    assert [m["group_name"] for m in doc["memberships"]] == [subject.group.name]
    assert doc["organisations"][0]["organisation_name"] == "Zorg Voorbeeld BV"
    assert doc["join_requests"][0]["motivation"] == MOTIVATION
    assert doc["rsvps"][0]["reason"] == RSVP_REASON
    assert [a["session_id"] for a in doc["attendance"]] == [str(subject.held.id)]
    assert doc["evidence"]["confirmed_count"] == 1
    assert doc["session_evaluations"][0]["free_text"] == FREE_TEXT
    assert doc["group_evaluations"][0]["free_text"] == FREE_TEXT
    roles = {r["session_id"]: r["roles"] for r in doc["session_roles"]}
    assert roles[str(subject.upcoming.id)] == ["facilitator", "case_bringer"]
    assert len(doc["contract_agreements"]) == 1
    assert doc["notifications"][0]["title"] == "Nieuwe bijeenkomst"
    assert doc["notification_preferences"][0]["email"] is False
    assert doc["calendar_feed"]["active"] is True
    assert doc["event_registrations"][0]["household_code"] == "GH-12"
    assert doc["event_registrations"][0]["event_title"] == subject.event.title

    # The case bringer gets their own case text, decrypted, with the action plan.
    (case,) = doc["cases"]
    assert case["id"] == str(subject.case.id)
    assert SECRET_MARKER in case["texts"]["description"]
    assert case["texts"]["insights"] == "Inzicht"
    assert SECRET_MARKER in case["action_plan"][0]["text"]
    assert {"Afstand en nabijheid", "Hechting"} <= set(case["topics"])
    assert {row["action"] for row in doc["case_access_log"]} >= {"create", "update"}


def test_the_export_holds_no_secrets_and_nobody_elses_data(
    client: TestClient, session: Session
) -> None:
    subject = make_subject(session)
    text = client.get(URL, headers=login(client, subject.member)).text

    assert "$argon2" not in text
    assert "hashed_password" not in text and "token_hash" not in text
    assert "content_encrypted" not in text and "f" * 64 not in text
    # Other people: neither their names nor their free text.
    assert "Piet Peer" not in text and "Carla" not in text
    assert "Van Piet" not in text


def test_each_member_only_ever_gets_their_own_export(client: TestClient, session: Session) -> None:
    subject = make_subject(session)
    other = make_member(session, full_name="Olga Ander")
    admin = make_member(session, is_admin=True, full_name="Beheerder")

    for caller in (other, admin):
        doc = client.get(URL, headers=login(client, caller)).json()
        assert doc["profile"]["id"] == str(caller.id)
        text = json.dumps(doc)
        assert subject.member.email not in text and SECRET_MARKER not in text
        assert FREE_TEXT not in text
    # The endpoint takes no member id at all: there is no way to ask for someone else's.
    assert client.get(f"{URL}?member_id={subject.member.id}", headers=login(client, other)).json()[
        "profile"
    ]["id"] == str(other.id)


def test_downloading_requires_login_and_is_audited(client: TestClient, session: Session) -> None:
    assert client.get(URL).status_code == 401
    member = make_member(session)
    assert client.get(URL, headers=login(client, member)).status_code == 200

    (event,) = session.exec(select(AuditEvent).where(AuditEvent.actor_id == member.id)).all()
    assert event.kind == AuditKind.data_export
    assert event.target_id == member.id
