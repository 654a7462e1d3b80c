from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import text
from sqlmodel import Session, col, select

from intervisiewijzer.cases.models import Case, CaseAccessAction, CaseAccessLog, CaseFollowUp
from intervisiewijzer.evaluations.models import GroupEvaluation, SessionEvaluation
from intervisiewijzer.events.models import RegistrationStatus
from intervisiewijzer.groups.models import Group, GroupLifecycle, GroupRole, Membership
from intervisiewijzer.members.models import Member
from intervisiewijzer.memberships.models import JoinRequest, JoinRequestStatus
from intervisiewijzer.models import metadata
from intervisiewijzer.notifications.models import Notification, NotificationPreference
from intervisiewijzer.organisations.models import OrganisationMember
from intervisiewijzer.privacy import deletion
from intervisiewijzer.privacy.models import AuditEvent, AuditKind
from intervisiewijzer.sessions.models import Attendance, CalendarFeed, SessionRsvp
from tests.cases.helpers import SECRET_MARKER
from tests.factories import PASSWORD, add_membership, login, make_group, make_member
from tests.privacy.helpers import FREE_TEXT, MOTIVATION, RSVP_REASON, make_subject

URL = "/api/v1/me/delete"


def delete_account(client: TestClient, headers: dict[str, str], password: str = PASSWORD) -> Any:
    return client.post(URL, json={"password": password}, headers=headers)


def everything_in_the_database(session: Session) -> str:
    """Every row of every table as text, for 'this is gone everywhere' checks."""
    dump = []
    for table in metadata.sorted_tables:
        for row in session.execute(table.select()).all():
            dump.append(repr(tuple(row)))
    return "\n".join(dump)


def test_deleting_my_account_erases_my_personal_data(client: TestClient, session: Session) -> None:
    subject = make_subject(session)
    me = subject.member
    email = me.email
    headers = login(client, me)

    response = delete_account(client, headers)

    assert response.status_code == 204, response.text
    assert "iw_refresh" in response.headers.get("set-cookie", "")
    session.expire_all()
    member = session.get(Member, me.id)
    assert member is not None
    assert member.full_name == "Verwijderd lid"
    assert member.email.endswith("@verwijderd.invalid") and member.email != email
    assert member.is_active is False and member.deleted_at is not None
    assert member.registration_number is None and member.registration_body is None
    assert member.province is None and member.years_experience is None

    # Old tokens die, and nobody logs in with the old email or the new one.
    assert client.get("/api/v1/me", headers=headers).status_code == 401
    for username in (email, member.email):
        login_response = client.post(
            "/api/v1/auth/token", data={"username": username, "password": PASSWORD}
        )
        assert login_response.status_code == 401

    # Nothing that names or describes the person is left anywhere.
    dump = everything_in_the_database(session)
    for trace in (email, "Sanne Subject", "12345678", FREE_TEXT, MOTIVATION, RSVP_REASON, "GH-12"):
        assert trace not in dump, trace


def test_what_stays_is_anonymous_and_keeps_the_group_whole(
    client: TestClient, session: Session
) -> None:
    subject = make_subject(session)
    me = subject.member.id
    assert delete_account(client, login(client, subject.member)).status_code == 204
    session.expire_all()

    # Memberships ended; the group and the others are untouched.
    assert session.exec(select(Membership).where(Membership.member_id == me)).all() == []
    assert {
        m.member_id
        for m in session.exec(
            select(Membership).where(Membership.group_id == subject.group.id)
        ).all()
    } == {subject.coordinator.id, subject.peer.id}

    # Attendance is kept, linked to the anonymised member, so the list of the meeting stays
    # right; the others' attendance and evidence are intact.
    present = {
        a.member_id
        for a in session.exec(
            select(Attendance).where(Attendance.session_id == subject.held.id)
        ).all()
    }
    assert present == {me, subject.peer.id, subject.coordinator.id}
    evidence = client.get("/api/v1/me/evidence", headers=login(client, subject.peer)).json()
    assert evidence["confirmed_count"] == 1
    sheet = client.get(
        f"/api/v1/sessions/{subject.held.id}/attendance", headers=login(client, subject.peer)
    )
    assert sheet.status_code == 200
    assert "Verwijderd lid" in sheet.text and "Sanne" not in sheet.text

    # The case is gone with its action plan; its access trail keeps only ids.
    assert session.get(Case, subject.case.id) is None
    assert (
        session.exec(select(CaseFollowUp).where(CaseFollowUp.case_id == subject.case.id)).all()
        == []
    )
    trail = session.exec(
        select(CaseAccessLog).where(CaseAccessLog.case_id == subject.case.id)
    ).all()
    assert CaseAccessAction.delete in {row.action for row in trail}
    assert SECRET_MARKER not in everything_in_the_database(session)

    # Evaluation scores stay for the totals, without my free text; the peer's text stays.
    mine = session.exec(select(SessionEvaluation).where(SessionEvaluation.member_id == me)).one()
    assert mine.free_text is None and mine.safety is not None
    assert mine.share_free_text_with_facilitator is False
    assert (
        session.exec(select(GroupEvaluation).where(GroupEvaluation.member_id == me)).one().free_text
        is None
    )
    peer_eval = session.exec(
        select(SessionEvaluation).where(SessionEvaluation.member_id == subject.peer.id)
    ).one()
    assert peer_eval.free_text == "Van Piet"

    # Personal things are deleted; open requests and registrations withdrawn.
    for model in (
        SessionRsvp,
        Notification,
        NotificationPreference,
        CalendarFeed,
        OrganisationMember,
    ):
        assert session.exec(select(model).where(col(model.member_id) == me)).all() == []
    request = session.exec(select(JoinRequest).where(JoinRequest.member_id == me)).one()
    assert request.status == JoinRequestStatus.withdrawn and request.motivation == ""
    session.refresh(subject.registration)
    assert subject.registration.status == RegistrationStatus.cancelled
    assert subject.registration.household_code is None
    session.refresh(subject.upcoming)
    assert subject.upcoming.facilitator_id is None and subject.upcoming.case_bringer_id is None

    # One audit row, ids only.
    (event,) = session.exec(
        select(AuditEvent).where(AuditEvent.kind == AuditKind.account_deleted)
    ).all()
    assert event.actor_id == me and event.target_id == me


def test_a_wrong_password_deletes_nothing(client: TestClient, session: Session) -> None:
    subject = make_subject(session)
    headers = login(client, subject.member)

    response = delete_account(client, headers, password="niet-mijn-wachtwoord")

    assert response.status_code == 400
    assert response.headers["content-type"].startswith("application/problem+json")
    assert "wachtwoord" in response.json()["detail"]
    assert client.get("/api/v1/me", headers=headers).json()["full_name"] == "Sanne Subject"
    assert delete_account(client, {}).status_code == 401


def test_the_last_coordinator_must_hand_over_first(client: TestClient, session: Session) -> None:
    coordinator = make_member(session)
    group = make_group(session, coordinator=coordinator, members=2, name="De Linde")
    headers = login(client, coordinator)

    response = delete_account(client, headers)

    assert response.status_code == 409
    assert "De Linde" in response.json()["detail"]
    assert "coördinator" in response.json()["detail"]
    assert client.get("/api/v1/me", headers=headers).status_code == 200

    # With a second coordinator it works.
    other = session.exec(
        select(Membership).where(
            Membership.group_id == group.id, Membership.member_id != coordinator.id
        )
    ).first()
    assert other is not None
    other.role = GroupRole.coordinator
    session.add(other)
    session.flush()
    assert delete_account(client, headers).status_code == 204


def test_a_coordinator_alone_in_their_group_closes_it(client: TestClient, session: Session) -> None:
    coordinator = make_member(session)
    group = make_group(session, coordinator=coordinator)

    assert delete_account(client, login(client, coordinator)).status_code == 204

    session.refresh(group)
    assert group.lifecycle == GroupLifecycle.closed


def test_the_last_platform_admin_cannot_delete_themselves(
    client: TestClient, session: Session
) -> None:
    session.execute(text("UPDATE member SET is_admin = false"))
    admin = make_member(session, is_admin=True)
    response = delete_account(client, login(client, admin))
    assert response.status_code == 409
    assert "beheerder" in response.json()["detail"]


def test_nothing_is_half_written_when_deletion_fails(
    client: TestClient, session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    subject = make_subject(session)
    headers = login(client, subject.member)

    def broken(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr(deletion, "record_event", broken)
    assert delete_account(client, headers).status_code == 500

    session.expire_all()
    member = session.get(Member, subject.member.id)
    assert member is not None and member.full_name == "Sanne Subject"
    assert session.get(Case, subject.case.id) is not None
    assert session.exec(select(Membership).where(Membership.member_id == member.id)).all()
    assert client.get("/api/v1/me", headers=headers).status_code == 200


def test_a_member_who_left_can_still_be_shown_in_group_history(
    client: TestClient, session: Session
) -> None:
    coordinator = make_member(session)
    group = make_group(session, coordinator=coordinator)
    leaver = make_member(session, full_name="Lotte Vertrekt")
    add_membership(session, group, leaver)
    assert delete_account(client, login(client, leaver)).status_code == 204
    session.expire_all()
    assert session.get(Group, group.id) is not None
    assert session.get(Member, leaver.id) is not None
