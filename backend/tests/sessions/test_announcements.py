"""Planning, changing and recording sessions reaches members as notifications and partners as
webhooks; the worker's reminder query finds the right sessions and people."""

from datetime import timedelta

from fastapi.testclient import TestClient
from sqlmodel import Session, select

from intervisiewijzer.common import utcnow
from intervisiewijzer.mail.models import OutboxEmail
from intervisiewijzer.notifications.models import Notification, NotificationKind
from intervisiewijzer.notifications.reminders import due_session_reminders
from intervisiewijzer.sessions.announcements import upcoming_sessions
from intervisiewijzer.sessions.models import RsvpAnswer, SessionRsvp
from tests.factories import login
from tests.sessions.helpers import make_cast, make_session, past_session


def kinds_for(session: Session, member_id: object) -> list[str]:
    rows = session.exec(select(Notification).where(Notification.member_id == member_id)).all()
    return sorted(str(row.kind) for row in rows)


def test_planning_a_series_notifies_members_once(client: TestClient, session: Session) -> None:
    cast = make_cast(session)
    start = (utcnow() + timedelta(days=10)).date()
    response = client.post(
        f"/api/v1/groups/{cast.group.id}/sessions/series",
        json={
            "first_date": start.isoformat(),
            "start_time": "19:30",
            "end_time": "21:30",
            "interval_weeks": 8,
            "count": 4,
        },
        headers=login(client, cast.coordinator),
    )
    assert response.status_code == 201, response.text
    assert kinds_for(session, cast.member.id) == [NotificationKind.session_planned]
    assert kinds_for(session, cast.coordinator.id) == []


def test_cancelling_tells_the_group(client: TestClient, session: Session) -> None:
    cast = make_cast(session)
    planned = make_session(session, cast.group)
    response = client.post(
        f"/api/v1/sessions/{planned.id}/cancel",
        json={"reason": "Ziek"},
        headers=login(client, cast.coordinator),
    )
    assert response.status_code == 200, response.text
    assert NotificationKind.session_changed in kinds_for(session, cast.member.id)


def test_recording_attendance_invites_present_members_to_evaluate(
    client: TestClient, session: Session
) -> None:
    cast = make_cast(session)
    held = past_session(session, cast.group)
    response = client.put(
        f"/api/v1/sessions/{held.id}/attendance",
        json={"present_member_ids": [str(cast.member.id)]},
        headers=login(client, cast.coordinator),
    )
    assert response.status_code == 200, response.text
    assert NotificationKind.evaluation_waiting in kinds_for(session, cast.member.id)
    assert NotificationKind.evaluation_waiting not in kinds_for(session, cast.facilitator.id)


def test_evaluation_email_carries_a_personal_link_that_answers_without_login(
    client: TestClient, session: Session
) -> None:
    cast = make_cast(session)
    held = past_session(session, cast.group)
    client.put(
        f"/api/v1/sessions/{held.id}/attendance",
        json={"present_member_ids": [str(cast.member.id)]},
        headers=login(client, cast.coordinator),
    )
    email = session.exec(
        select(OutboxEmail).where(OutboxEmail.to_address == cast.member.email)
    ).one()
    link = next(line for line in email.body.splitlines() if "/evaluatie/" in line)
    token = link.rsplit("/evaluatie/", 1)[1]
    client.cookies.clear()
    response = client.get(f"/api/v1/evaluations/by-token/{token}")
    assert response.status_code == 200, response.text


def test_reminders_skip_people_who_said_they_will_not_come(session: Session) -> None:
    cast = make_cast(session)
    soon = make_session(session, cast.group, starts_at=utcnow() + timedelta(days=1))
    make_session(session, cast.group, starts_at=utcnow() + timedelta(days=5))
    session.add(SessionRsvp(session_id=soon.id, member_id=cast.member.id, answer=RsvpAnswer.absent))
    session.flush()

    found = upcoming_sessions(session, utcnow(), utcnow() + timedelta(days=2))
    assert [meeting.session_id for meeting in found] == [soon.id]
    assert due_session_reminders(session, utcnow(), upcoming_sessions) == 1
    assert NotificationKind.session_reminder in kinds_for(session, cast.facilitator.id)
    assert NotificationKind.session_reminder not in kinds_for(session, cast.member.id)
