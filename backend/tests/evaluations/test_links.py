"""Personal evaluation links: valid, expired, tampered, of another kind, or for a session
the member did not attend; and the invitations the notifications package sends."""

from datetime import timedelta

from fastapi.testclient import TestClient
from jose import jwt
from sqlmodel import Session, select

from intervisiewijzer.common import utcnow
from intervisiewijzer.config import get_settings
from intervisiewijzer.evaluations import links
from intervisiewijzer.evaluations.models import SessionEvaluation
from intervisiewijzer.evaluations.service import create_evaluation_invitations
from intervisiewijzer.sessions.models import SessionStatus
from tests.evaluations.helpers import (
    OPEN_DAYS_AGO,
    add_evaluation,
    attended_session,
    make_circle,
    session_answers,
)
from tests.factories import login
from tests.sessions.helpers import make_session

BY_TOKEN = "/api/v1/evaluations/by-token/{token}"


def token_for(member_id: object, session_id: object, *, days: float = 10) -> str:
    return links.create_link_token(
        get_settings(),
        member_id,
        session_id,
        utcnow() + timedelta(days=days),  # type: ignore[arg-type]
    )


def test_invitations_for_everyone_present_who_has_not_answered(session: Session) -> None:
    circle = make_circle(session)
    first, second = circle.members[:2]
    held = attended_session(session, circle.group, [first, second], days=OPEN_DAYS_AGO)
    add_evaluation(session, held, second)

    invitations = create_evaluation_invitations(session, held.id)
    assert [i.member_id for i in invitations] == [first.id]
    invitation = invitations[0]
    assert invitation.url == f"http://127.0.0.1:8000/evaluatie/{invitation.token}"
    assert invitation.answer_until == held.ends_at + timedelta(days=14)
    claims = links.read_link_token(get_settings(), invitation.token)
    assert (claims.member_id, claims.session_id) == (first.id, held.id)

    assert create_evaluation_invitations(session, make_session(session, circle.group).id) == []
    closed = attended_session(session, circle.group, [first], days=30)
    assert create_evaluation_invitations(session, closed.id) == []
    held.status = SessionStatus.cancelled
    session.add(held)
    session.flush()
    assert create_evaluation_invitations(session, held.id) == []


def test_a_link_answers_once_without_logging_in(client: TestClient, session: Session) -> None:
    circle = make_circle(session)
    member = circle.members[0]
    held = attended_session(session, circle.group, [member], days=OPEN_DAYS_AGO)
    (invitation,) = create_evaluation_invitations(session, held.id)
    url = BY_TOKEN.format(token=invitation.token)

    form = client.get(url)
    assert form.status_code == 200, form.text
    body = form.json()
    assert body["session_id"] == str(held.id)
    assert body["group"]["name"] == circle.group.name
    assert body["already_answered"] is False
    assert [q["key"] for q in body["questions"]][:2] == ["safety", "structure"]
    assert form.headers["cache-control"] == "private, no-store"

    answered = client.post(url, json=session_answers(free_text="Via de link-canary"))
    assert answered.status_code == 201, answered.text
    assert answered.json()["session_id"] == str(held.id)

    again = client.post(url, json=session_answers(safety=1))
    assert again.status_code == 409
    reread = client.get(url)
    assert reread.json()["already_answered"] is True
    assert "link-canary" not in reread.text  # a forwarded link never shows the answers
    row = session.exec(select(SessionEvaluation)).one()
    assert (row.member_id, row.safety) == (member.id, 4)


def test_expired_tampered_and_foreign_tokens_are_refused(
    client: TestClient, session: Session
) -> None:
    circle = make_circle(session)
    member = circle.members[0]
    held = attended_session(session, circle.group, [member], days=OPEN_DAYS_AGO)

    expired = client.get(BY_TOKEN.format(token=token_for(member.id, held.id, days=-1)))
    assert expired.status_code == 404
    assert expired.json()["reason"] == "expired"
    assert "verlopen" in expired.json()["detail"]

    valid = token_for(member.id, held.id)
    header, _payload, signature = valid.split(".")
    other = token_for(circle.members[1].id, held.id).split(".")[1]
    for tampered in (f"{header}.{other}.{signature}", valid[:-4] + "AAAA", "x" * 40):
        response = client.get(BY_TOKEN.format(token=tampered))
        assert response.status_code == 404, tampered
        assert response.json()["reason"] == "invalid"

    wrong_key = jwt.encode(
        {"typ": "evaluation", "sub": str(member.id), "sid": str(held.id), "exp": 4102444800},
        "another-secret",
        algorithm="HS256",
    )
    assert client.get(BY_TOKEN.format(token=wrong_key)).status_code == 404
    no_expiry = jwt.encode(
        {"typ": "evaluation", "sub": str(member.id), "sid": str(held.id)},
        get_settings().secret_key,
        algorithm="HS256",
    )
    assert client.get(BY_TOKEN.format(token=no_expiry)).status_code == 404
    unsigned = jwt.encode(
        {"typ": "evaluation", "sub": str(member.id), "sid": str(held.id), "exp": 4102444800},
        "",
        algorithm="HS256",
    )
    assert client.get(BY_TOKEN.format(token=unsigned)).status_code == 404


def test_a_login_token_is_no_link_and_a_link_is_no_login(
    client: TestClient, session: Session
) -> None:
    circle = make_circle(session)
    member = circle.members[0]
    held = attended_session(session, circle.group, [member], days=OPEN_DAYS_AGO)
    access_token = login(client, member)["Authorization"].removeprefix("Bearer ")
    assert client.get(BY_TOKEN.format(token=access_token)).status_code == 404

    link = token_for(member.id, held.id)
    me = client.get("/api/v1/me", headers={"Authorization": f"Bearer {link}"})
    assert me.status_code == 401


def test_a_link_works_only_for_the_session_and_member_it_was_made_for(
    client: TestClient, session: Session
) -> None:
    circle = make_circle(session)
    member, other = circle.members[:2]
    attended = attended_session(session, circle.group, [member, other], days=OPEN_DAYS_AGO)
    missed = attended_session(session, circle.group, [other], days=OPEN_DAYS_AGO)

    # A validly signed link for a session the member was not at gets nothing.
    refused = client.post(
        BY_TOKEN.format(token=token_for(member.id, missed.id)), json=session_answers()
    )
    assert refused.status_code == 403
    assert client.get(BY_TOKEN.format(token=token_for(member.id, missed.id))).status_code == 403

    # The link of one session answers that session only, for its own member only.
    answered = client.post(
        BY_TOKEN.format(token=token_for(member.id, attended.id)), json=session_answers()
    )
    assert answered.status_code == 201
    rows = session.exec(select(SessionEvaluation.session_id, SessionEvaluation.member_id)).all()
    assert rows == [(attended.id, member.id)]

    # Someone taken off the attendance list afterwards loses the link too.
    from intervisiewijzer.sessions.models import Attendance

    row = session.exec(
        select(Attendance).where(
            Attendance.session_id == attended.id, Attendance.member_id == other.id
        )
    ).one()
    session.delete(row)
    session.flush()
    assert client.get(BY_TOKEN.format(token=token_for(other.id, attended.id))).status_code == 403


def test_a_link_respects_the_answering_window(client: TestClient, session: Session) -> None:
    circle = make_circle(session)
    member = circle.members[0]
    closed = attended_session(session, circle.group, [member], days=20)
    # Even a link that has not expired cannot answer once the window has closed.
    late = client.post(
        BY_TOKEN.format(token=token_for(member.id, closed.id)), json=session_answers()
    )
    assert late.status_code == 409
