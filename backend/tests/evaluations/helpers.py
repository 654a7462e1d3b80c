"""Builders for evaluation, contract, health and research tests. They write straight to the
database, so a test can put sessions and answers in the past; behaviour is then exercised
through the API."""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

from sqlmodel import Session

from intervisiewijzer.cases.models import Case
from intervisiewijzer.common import utcnow
from intervisiewijzer.contracts.models import ContractAgreement, ContractStatus, GroupContract
from intervisiewijzer.contracts.template import DEFAULT_TEMPLATE
from intervisiewijzer.evaluations.models import GroupEvaluation, SessionEvaluation
from intervisiewijzer.groups.models import FacilitatorType, Group, GroupMode, GroupRole
from intervisiewijzer.members.models import Member
from intervisiewijzer.sessions.localtime import to_local
from intervisiewijzer.sessions.models import GroupSession
from tests.factories import add_membership, make_group, make_member
from tests.sessions.helpers import held_session

CLOSED_DAYS_AGO = 30  # the answering window (14 days by default) has closed
OPEN_DAYS_AGO = 2  # still open

SESSION_ANSWERS: dict[str, Any] = {
    "safety": 4,
    "structure": 4,
    "preparation": 3,
    "facilitator": 5,
    "everyone_heard": 4,
    "depth_level": 2,
    "learned": 4,
    "will_do_differently": 3,
}
YEARLY_ANSWERS: dict[str, Any] = {
    "functioning": 4,
    "balance": 4,
    "methods": 3,
    "agreements_kept": 5,
    "frequency": 4,
    "organisation": 4,
}


def session_answers(**changes: Any) -> dict[str, Any]:
    return {**SESSION_ANSWERS, **changes}


def yearly_answers(**changes: Any) -> dict[str, Any]:
    return {**YEARLY_ANSWERS, **changes}


@dataclass
class Circle:
    """A group with a coordinator, a facilitator and plain members, and an outsider who
    coordinates another group."""

    group: Group
    coordinator: Member
    facilitator: Member
    members: list[Member]
    outsider: Member
    other_group: Group
    everyone: list[Member] = field(default_factory=list)


def make_circle(session: Session, members: int = 4, **group_fields: Any) -> Circle:
    coordinator = make_member(session, full_name="Carla Coördinator")
    group = make_group(session, coordinator=coordinator, **group_fields)
    facilitator = make_member(session, full_name="Frank Facilitator")
    add_membership(session, group, facilitator, GroupRole.facilitator)
    plain = [make_member(session) for _ in range(members)]
    for member in plain:
        add_membership(session, group, member)
    outsider = make_member(session, full_name="Olga Buitenstaander")
    other_group = make_group(session, coordinator=outsider)
    return Circle(
        group,
        coordinator,
        facilitator,
        plain,
        outsider,
        other_group,
        everyone=[coordinator, facilitator, *plain],
    )


def days_ago(days: float) -> Any:
    return (utcnow() - timedelta(days=days)).replace(second=0, microsecond=0)


def attended_session(
    session: Session,
    group: Group,
    present: Iterable[Member],
    *,
    days: float = CLOSED_DAYS_AGO,
    **fields: Any,
) -> GroupSession:
    """A session `days` ago whose attendance list holds `present`."""
    return held_session(session, group, list(present), starts_at=days_ago(days), **fields)


def add_evaluation(
    session: Session, group_session: GroupSession, member: Member, **answers: Any
) -> SessionEvaluation:
    """A member's evaluation, with the group's set-up copied as the service does."""
    group = session.get(Group, group_session.group_id)
    assert group is not None
    evaluation = SessionEvaluation(
        session_id=group_session.id,
        member_id=member.id,
        facilitator_type=group.facilitator_type,
        mode=group.mode,
        meetings_per_year=group.meetings_per_year,
        held_on=to_local(group_session.starts_at).date(),
        **session_answers(**answers),
    )
    session.add(evaluation)
    session.flush()
    return evaluation


def evaluate(
    session: Session, group_session: GroupSession, members: Sequence[Member], **answers: Any
) -> list[SessionEvaluation]:
    return [add_evaluation(session, group_session, member, **answers) for member in members]


def evaluated_session(
    session: Session,
    *,
    respondents: int,
    days: float = CLOSED_DAYS_AGO,
    group: Group | None = None,
    answers: dict[str, Any] | None = None,
    **group_fields: Any,
) -> GroupSession:
    """A closed session of a (new) group where `respondents` present members all answered
    `answers`; the research builder for a cell of exactly that many responses."""
    group = group or make_group(session, **group_fields)
    people = [make_member(session) for _ in range(respondents)]
    for person in people:
        add_membership(session, group, person)
    group_session = attended_session(session, group, people, days=days)
    evaluate(session, group_session, people, **(answers or {}))
    return group_session


def add_yearly(
    session: Session, group: Group, member: Member, year: int, **answers: Any
) -> GroupEvaluation:
    evaluation = GroupEvaluation(
        group_id=group.id,
        member_id=member.id,
        year=year,
        facilitator_type=group.facilitator_type,
        mode=group.mode,
        meetings_per_year=group.meetings_per_year,
        **yearly_answers(**answers),
    )
    session.add(evaluation)
    session.flush()
    return evaluation


def add_case(
    session: Session, group_session: GroupSession, bringer: Member, *, submitted_at: Any
) -> Case:
    """A case brought to a session, submitted at `submitted_at` (its text does not matter)."""
    case = Case(
        session_id=group_session.id,
        group_id=group_session.group_id,
        case_bringer_id=bringer.id,
        content_encrypted="niet-relevant",
        anonymised_confirmed_at=submitted_at,
        created_at=submitted_at,
        updated_at=submitted_at,
    )
    session.add(case)
    session.flush()
    return case


def publish_contract(
    session: Session, group: Group, author: Member, version: int = 1, **sections: str
) -> GroupContract:
    contract = GroupContract(
        group_id=group.id,
        version=version,
        status=ContractStatus.published,
        created_by_id=author.id,
        published_at=utcnow(),
        **{**DEFAULT_TEMPLATE.model_dump(), **sections},
    )
    session.add(contract)
    session.flush()
    return contract


def agree_all(session: Session, contract: GroupContract, members: Iterable[Member]) -> None:
    session.add_all(ContractAgreement(contract_id=contract.id, member_id=m.id) for m in members)
    session.flush()


TRAINED = {"facilitator_type": FacilitatorType.trained}
ONLINE = {"mode": GroupMode.online, "place": None, "lat": None, "lon": None}
