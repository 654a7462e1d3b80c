"""Builders for case, topic and runner tests. Cases are made through the service (so their
text is encrypted like in real use); behaviour is then exercised through the API."""

from datetime import datetime
from typing import Any

from sqlmodel import Session, select

from intervisiewijzer.cases import service
from intervisiewijzer.cases.models import Case, Topic
from intervisiewijzer.cases.schemas import CaseCreate, CaseOutcome
from intervisiewijzer.groups.models import Group, GroupRole
from intervisiewijzer.members.models import Member
from intervisiewijzer.methods.models import Method
from intervisiewijzer.sessions.models import GroupSession
from tests.factories import add_membership, make_group, make_member

SECRET_MARKER = "Vlinderdas-Zeppelin"  # a word that must never show up in the database

CASE_BODY: dict[str, Any] = {
    "title": "Ruzie aan tafel",
    "description": f"Een pleegkind van 12 raakt elke avond in paniek. {SECRET_MARKER}",
    "background": "Sinds 2019 in het gezinshuis; contact met moeder is wisselend.",
    "core_question": "Hoe blijf ik rustig als het escaleert?",
    "earlier_actions": "Time-out geprobeerd, om 19.30 uur een vast ritueel.",
    "expectations": "Andere perspectieven en ervaringen.",
    "topics": ["afstand-en-nabijheid", "hechting"],
    "anonymised_confirmed": True,
}


def case_body(**changes: Any) -> dict[str, Any]:
    return {**CASE_BODY, **changes}


def make_case(
    session: Session,
    group_session: GroupSession,
    bringer: Member,
    *,
    now: datetime | None = None,
    **changes: Any,
) -> Case:
    data = CaseCreate.model_validate(case_body(**changes))
    return service.create_case(session, group_session, bringer, data, now=now)


def record_outcome(
    session: Session, case: Case, bringer: Member, *items: str, insights: str = ""
) -> Case:
    outcome = CaseOutcome.model_validate(
        {"insights": insights, "action_plan": [{"text": text} for text in items]}
    )
    return service.record_outcome(session, case, bringer, outcome)


def topic(session: Session, slug: str) -> Topic:
    return session.exec(select(Topic).where(Topic.slug == slug)).one()


def method_id(session: Session, slug: str) -> Any:
    return session.exec(select(Method.id).where(Method.slug == slug)).one()


def facilitator_elsewhere(session: Session) -> tuple[Member, Group]:
    """A facilitator (group role and session role) of another group."""
    coordinator = make_member(session)
    group = make_group(session, coordinator=coordinator)
    facilitator = make_member(session, full_name="Fenna Andere Groep")
    add_membership(session, group, facilitator, GroupRole.facilitator)
    return facilitator, group


def make_admin(session: Session) -> Member:
    return make_member(session, is_admin=True, full_name="Beheerder Present")
