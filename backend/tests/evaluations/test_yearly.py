"""The yearly group and process evaluation: members answer for themselves, within the year's
window, and nobody else reads their answers."""

from datetime import date, datetime

from fastapi.testclient import TestClient
from sqlmodel import Session

from intervisiewijzer.evaluations.service import yearly_window
from intervisiewijzer.sessions.localtime import local_today, to_local
from tests.evaluations.helpers import make_circle, yearly_answers
from tests.factories import make_member
from tests.sessions.helpers import Caller


def path(group: object, year: int) -> str:
    return f"/api/v1/groups/{group.slug}/yearly-evaluation/{year}"


def test_a_member_answers_reads_and_changes_the_yearly_evaluation(
    client: TestClient, session: Session
) -> None:
    circle = make_circle(session)
    member = circle.members[0]
    year = local_today().year
    headers = Caller(client)(member)

    assert client.get(path(circle.group, year), headers=headers).status_code == 404
    answered = client.put(
        path(circle.group, year), json=yearly_answers(free_text="Fijn jaar"), headers=headers
    )
    assert answered.status_code == 200, answered.text
    body = answered.json()
    assert (body["year"], body["agreements_kept"], body["free_text"]) == (year, 5, "Fijn jaar")
    until = to_local(datetime.fromisoformat(body["answer_until"]))
    assert until.date() == date(year + 1, 2, 1)

    changed = client.put(
        path(circle.group, year), json=yearly_answers(frequency=2), headers=headers
    )
    assert changed.json()["frequency"] == 2
    assert client.get(path(circle.group, year), headers=headers).json()["frequency"] == 2


def test_only_open_years_can_be_answered(client: TestClient, session: Session) -> None:
    circle = make_circle(session)
    headers = Caller(client)(circle.members[0])
    year = local_today().year
    closed = client.put(path(circle.group, year - 2), json=yearly_answers(), headers=headers)
    assert closed.status_code == 409
    assert "gesloten" in closed.json()["detail"]
    future = client.put(path(circle.group, year + 1), json=yearly_answers(), headers=headers)
    assert future.status_code == 409
    assert (
        client.put(path(circle.group, 1999), json=yearly_answers(), headers=headers).status_code
        == 422
    )


def test_the_yearly_window_runs_to_the_end_of_january(session: Session) -> None:
    opens, closes = yearly_window(2026)
    assert to_local(opens).isoformat() == "2026-01-01T00:00:00+01:00"
    assert to_local(closes).isoformat() == "2027-02-01T00:00:00+01:00"


def test_only_members_answer_and_only_for_themselves(client: TestClient, session: Session) -> None:
    circle = make_circle(session)
    year = local_today().year
    as_ = Caller(client)
    client.put(
        path(circle.group, year),
        json=yearly_answers(free_text="jaar-canary"),
        headers=as_(circle.members[0]),
    )
    admin = make_member(session, is_admin=True)
    assert (
        client.put(path(circle.group, year), json=yearly_answers(), headers=as_(admin)).status_code
        == 403
    )
    for other in (circle.coordinator, circle.facilitator, circle.members[1]):
        response = client.get(path(circle.group, year), headers=as_(other))
        assert response.status_code == 404
        assert "canary" not in response.text
    assert client.get(path(circle.group, year), headers=as_(admin)).status_code == 403
    assert client.get(path(circle.group, year), headers=as_(circle.outsider)).status_code == 403
    assert client.get(path(circle.group, year)).status_code == 401
