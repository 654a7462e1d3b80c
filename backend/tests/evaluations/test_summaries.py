"""What the group sees of its evaluations: aggregates of at least k answers once answering
has closed, and free texts shared with the facilitator without names."""

from fastapi.testclient import TestClient
from sqlmodel import Session

from intervisiewijzer.groups.models import GroupRole
from tests.evaluations.helpers import (
    OPEN_DAYS_AGO,
    add_evaluation,
    add_yearly,
    attended_session,
    make_circle,
)
from tests.factories import add_membership, make_member
from tests.sessions.helpers import Caller


def summary(client: TestClient, headers: dict[str, str], session_id: object) -> dict:  # type: ignore[type-arg]
    response = client.get(f"/api/v1/sessions/{session_id}/evaluations/summary", headers=headers)
    assert response.status_code == 200, response.text
    return response.json()


def by_key(body: dict) -> dict[str, dict]:  # type: ignore[type-arg]
    return {cell["key"]: cell for cell in body["criteria"]}


def test_four_answers_show_nothing_five_show_the_aggregate(
    client: TestClient, session: Session
) -> None:
    circle = make_circle(session, members=6)
    four = attended_session(session, circle.group, circle.members[:4])
    five = attended_session(session, circle.group, circle.members[:5])
    for member in circle.members[:4]:
        add_evaluation(session, four, member, safety=5)
    for index, member in enumerate(circle.members[:5]):
        add_evaluation(session, five, member, safety=5 if index < 3 else 3, facilitator=None)
    headers = Caller(client)(circle.coordinator)

    hidden = summary(client, headers, four.id)
    assert hidden["available"] is True
    assert hidden["response_count"] is None
    assert "minder dan 5" in hidden["notice"]
    for cell in hidden["criteria"]:
        assert cell["suppressed"] is True
        assert (cell["count"], cell["mean"], cell["distribution"]) == (None, None, None)

    shown = summary(client, headers, five.id)
    assert shown["response_count"] == 5 and shown["notice"] is None
    safety = by_key(shown)["safety"]
    assert (safety["count"], safety["mean"], safety["suppressed"]) == (5, 4.2, False)
    # Bars of 3 and 2 answers would be cells below k: the distribution stays hidden.
    assert safety["distribution"] is None and safety["distribution_suppressed"] is True
    structure = by_key(shown)["structure"]  # everyone answered 4: bars of 0 and 5
    assert [bar["count"] for bar in structure["distribution"]] == [0, 0, 0, 5, 0]
    assert structure["distribution"][3]["label"] == "Eens"
    facilitator = by_key(shown)["facilitator"]  # nobody had a facilitator: an empty cell
    assert (facilitator["count"], facilitator["mean"], facilitator["suppressed"]) == (
        0,
        None,
        False,
    )


def test_nothing_is_shown_while_answering_is_open(client: TestClient, session: Session) -> None:
    circle = make_circle(session, members=6)
    held = attended_session(session, circle.group, circle.members, days=OPEN_DAYS_AGO)
    for member in circle.members:
        add_evaluation(session, held, member)
    body = summary(client, Caller(client)(circle.members[0]), held.id)
    assert body["available"] is False
    assert "verschijnt op" in body["notice"]
    assert body["response_count"] is None
    assert all(cell["suppressed"] for cell in body["criteria"])


def test_the_summary_is_for_the_group_only(client: TestClient, session: Session) -> None:
    circle = make_circle(session)
    held = attended_session(session, circle.group, circle.members)
    as_ = Caller(client)
    admin = make_member(session, is_admin=True)
    path = f"/api/v1/sessions/{held.id}/evaluations/summary"
    assert client.get(path, headers=as_(circle.members[3])).status_code == 200
    assert client.get(path, headers=as_(admin)).status_code == 200
    assert client.get(path, headers=as_(circle.outsider)).status_code == 404
    assert client.get(path).status_code == 401


def test_the_facilitator_reads_shared_texts_without_names(
    client: TestClient, session: Session
) -> None:
    circle = make_circle(session)
    sharer, private = circle.members[:2]
    held = attended_session(
        session, circle.group, [sharer, private], facilitator_id=circle.facilitator.id
    )
    add_evaluation(
        session,
        held,
        sharer,
        free_text="De tijd liep uit bij de reflectie.",
        share_free_text_with_facilitator=True,
    )
    add_evaluation(session, held, private, free_text="Alleen-voor-mij-canary")
    as_ = Caller(client)
    path = f"/api/v1/sessions/{held.id}/evaluations/shared-comments"

    response = client.get(path, headers=as_(circle.facilitator))
    assert response.status_code == 200, response.text
    assert response.json()["comments"] == ["De tijd liep uit bij de reflectie."]
    assert "canary" not in response.text
    for person in (sharer, private):
        assert str(person.id) not in response.text
        assert person.full_name not in response.text
        assert person.email not in response.text

    for other in (circle.coordinator, sharer, make_member(session, is_admin=True)):
        assert client.get(path, headers=as_(other)).status_code == 403
    assert client.get(path, headers=as_(circle.outsider)).status_code == 404
    assert client.get(path).status_code == 401


def test_shared_texts_wait_until_answering_has_closed(client: TestClient, session: Session) -> None:
    circle = make_circle(session)
    held = attended_session(
        session,
        circle.group,
        circle.members[:1],
        days=OPEN_DAYS_AGO,
        facilitator_id=circle.facilitator.id,
    )
    add_evaluation(
        session,
        held,
        circle.members[0],
        free_text="Nog even",
        share_free_text_with_facilitator=True,
    )
    body = client.get(
        f"/api/v1/sessions/{held.id}/evaluations/shared-comments",
        headers=Caller(client)(circle.facilitator),
    ).json()
    assert body["available"] is False and body["comments"] == []


def test_yearly_summary_and_shared_texts(client: TestClient, session: Session) -> None:
    from intervisiewijzer.sessions.localtime import local_today

    circle = make_circle(session, members=6)
    closed_year = local_today().year - 2
    for index, member in enumerate(circle.members[:5]):
        add_yearly(
            session,
            circle.group,
            member,
            closed_year,
            free_text=f"Tekst {index}",
            share_free_text_with_facilitator=index == 0,
        )
    for member in circle.members[:4]:
        add_yearly(session, circle.group, member, closed_year - 1)
    as_ = Caller(client)
    base = f"/api/v1/groups/{circle.group.slug}/yearly-evaluations"

    shown = client.get(f"{base}/{closed_year}/summary", headers=as_(circle.members[5])).json()
    assert shown["response_count"] == 5
    assert by_key(shown)["functioning"]["mean"] == 4.0
    hidden = client.get(f"{base}/{closed_year - 1}/summary", headers=as_(circle.members[5]))
    assert all(cell["suppressed"] for cell in hidden.json()["criteria"])

    comments = client.get(f"{base}/{closed_year}/shared-comments", headers=as_(circle.facilitator))
    assert comments.json()["comments"] == ["Tekst 0"]
    coordinator = client.get(
        f"{base}/{closed_year}/shared-comments", headers=as_(circle.coordinator)
    )
    assert coordinator.status_code == 403
    # A second facilitator of the group reads them too; the outsider reads nothing.
    second = make_member(session)
    add_membership(session, circle.group, second, GroupRole.facilitator)
    assert (
        client.get(f"{base}/{closed_year}/shared-comments", headers=as_(second)).status_code == 200
    )
    assert (
        client.get(f"{base}/{closed_year}/summary", headers=as_(circle.outsider)).status_code == 403
    )
