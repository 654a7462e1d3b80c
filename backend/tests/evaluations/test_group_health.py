"""The health checklist, computed from a seeded group's sessions, attendance lists,
evaluations and contract."""

from datetime import timedelta

from fastapi.testclient import TestClient
from sqlmodel import Session, select

from intervisiewijzer.common import utcnow
from intervisiewijzer.config import get_settings
from intervisiewijzer.grouphealth.service import group_health
from intervisiewijzer.groups.models import FacilitatorType, Membership
from intervisiewijzer.methods.models import Method
from intervisiewijzer.sessions.models import SessionStatus
from tests.evaluations.helpers import (
    Circle,
    add_case,
    add_evaluation,
    agree_all,
    attended_session,
    make_circle,
    publish_contract,
)
from tests.factories import make_member
from tests.sessions.helpers import Caller, count_queries, make_session


def seasoned(session: Session, circle: Circle, years: float = 2) -> None:
    """Make the group and its memberships older than the 12 months looked at."""
    long_ago = utcnow() - timedelta(days=365 * years)
    circle.group.created_at = long_ago
    session.add(circle.group)
    for membership in session.exec(
        select(Membership).where(Membership.group_id == circle.group.id)
    ):
        membership.joined_at = long_ago
        session.add(membership)
    session.flush()


def health(client: TestClient, headers: dict[str, str], group: object) -> dict[str, dict]:  # type: ignore[type-arg]
    response = client.get(f"/api/v1/groups/{group.slug}/health", headers=headers)
    assert response.status_code == 200, response.text
    return {item["key"]: item for item in response.json()["criteria"]}


def test_a_well_run_group_scores_on_the_core_criteria(client: TestClient, session: Session) -> None:
    circle = make_circle(session, members=4, facilitator_type=FacilitatorType.trained)
    seasoned(session, circle)
    method = session.exec(select(Method)).first()
    assert method is not None
    people = circle.everyone  # 6 members
    sessions = []
    for index, days in enumerate((30, 90, 150, 210, 270, 330)):
        sessions.append(
            attended_session(
                session,
                circle.group,
                people[:5],  # one member missing each time: 30 of 36 present
                days=days,
                method_id=method.id if index < 5 else None,  # 5 of 6 with a method
            )
        )
    # Cases are kept 90 days: only the sessions of 30 and 90 days ago count. The first had
    # its case a week ahead, the second only once it had begun; the old one is left out.
    add_case(
        session, sessions[0], people[1], submitted_at=sessions[0].starts_at - timedelta(days=7)
    )
    add_case(
        session, sessions[1], people[2], submitted_at=sessions[1].starts_at + timedelta(hours=1)
    )
    add_case(
        session, sessions[2], people[3], submitted_at=sessions[2].starts_at - timedelta(days=7)
    )
    cancelled = make_session(session, circle.group, starts_at=utcnow() - timedelta(days=60))
    cancelled.status = SessionStatus.cancelled
    for index, member in enumerate(people[:5]):  # 5 answers: 5, 5, 4, 4, 4
        add_evaluation(session, sessions[0], member, safety=5 if index < 2 else 4)
    for member in people[:4]:  # 4 answers of 1: fewer than k, so left out
        add_evaluation(session, sessions[1], member, safety=1)
    contract = publish_contract(session, circle.group, circle.coordinator)
    agree_all(session, contract, people[:5])

    criteria = health(client, Caller(client)(circle.members[0]), circle.group)
    assert list(criteria) == [
        "group_size",
        "meeting_frequency",
        "trained_facilitator",
        "method_used",
        "contract_agreed",
        "case_prepared",
        "attendance_rate",
        "safety_check",
    ]
    summary = {key: (item["status"], item["value"]) for key, item in criteria.items()}
    assert summary == {
        "group_size": ("ok", "6 leden"),
        "meeting_frequency": ("ok", "6 bijeenkomsten in 12 maanden"),
        "trained_facilitator": ("ok", "Geschoolde intervisor of supervisor"),
        "method_used": ("ok", "5 van 6 bijeenkomsten (de afgelopen 12 maanden)"),
        "contract_agreed": ("attention", "5 van 6 leden akkoord"),
        "case_prepared": ("attention", "1 van 2 bijeenkomsten (de afgelopen 90 dagen)"),
        "attendance_rate": ("ok", "83% aanwezig"),
        "safety_check": ("ok", "Gemiddeld 4,4 op 5 (5 evaluaties)"),
    }
    assert criteria["attendance_rate"]["measure"] == 0.833
    assert criteria["safety_check"]["measure"] == 4.4
    assert "week van tevoren" in criteria["case_prepared"]["tip"]
    for item in criteria.values():
        assert item["label"] and item["target"] and item["tip"]


def test_a_new_group_without_data_gets_unknowns_and_tips(
    client: TestClient, session: Session
) -> None:
    circle = make_circle(session, members=1)
    criteria = health(client, Caller(client)(circle.coordinator), circle.group)
    summary = {key: item["status"] for key, item in criteria.items()}
    assert summary == {
        "group_size": "attention",
        "meeting_frequency": "attention",
        "trained_facilitator": "attention",
        "method_used": "unknown",
        "contract_agreed": "attention",
        "case_prepared": "unknown",
        "attendance_rate": "unknown",
        "safety_check": "unknown",
    }
    assert criteria["contract_agreed"]["value"] == "Nog geen groepscontract"
    assert "evaluatie" in criteria["safety_check"]["tip"]
    assert "Roulerend" in criteria["trained_facilitator"]["value"]


def test_a_young_group_counts_its_planned_meetings(client: TestClient, session: Session) -> None:
    circle = make_circle(session, members=4)
    attended_session(session, circle.group, circle.everyone, days=20)
    for weeks in (6, 14, 22, 30):
        make_session(session, circle.group, starts_at=utcnow() + timedelta(weeks=weeks))
    criteria = health(client, Caller(client)(circle.coordinator), circle.group)
    assert criteria["meeting_frequency"]["status"] == "ok"
    assert criteria["meeting_frequency"]["value"] == (
        "5 bijeenkomsten in 12 maanden (waarvan 4 gepland)"
    )
    # Members who joined after a session are not expected at it.
    assert criteria["attendance_rate"]["value"] == "100% aanwezig"


def test_low_safety_asks_for_attention(session: Session) -> None:
    circle = make_circle(session, members=4)
    held = attended_session(session, circle.group, circle.everyone)
    for member in circle.everyone[:5]:
        add_evaluation(session, held, member, safety=3)
    result = group_health(session, get_settings(), circle.group)
    safety = next(c for c in result.criteria if c.key == "safety_check")
    assert (safety.status, safety.measure) == ("attention", 3.0)


def test_health_is_for_members_of_the_group(client: TestClient, session: Session) -> None:
    circle = make_circle(session, members=1)
    path = f"/api/v1/groups/{circle.group.id}/health"
    as_ = Caller(client)
    assert client.get(path, headers=as_(circle.members[0])).status_code == 200
    assert client.get(path, headers=as_(make_member(session, is_admin=True))).status_code == 200
    assert client.get(path, headers=as_(circle.outsider)).status_code == 403
    assert client.get(path).status_code == 401


def test_health_needs_the_same_number_of_queries_for_more_data(session: Session) -> None:
    circle = make_circle(session, members=4)
    settings = get_settings()
    attended_session(session, circle.group, circle.everyone)
    few = count_queries(session, lambda: group_health(session, settings, circle.group))
    for days in (60, 120, 180):
        held = attended_session(session, circle.group, circle.everyone, days=days)
        for member in circle.everyone:
            add_evaluation(session, held, member)
    many = count_queries(session, lambda: group_health(session, settings, circle.group))
    assert few == many
