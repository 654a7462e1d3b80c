"""A member with a bit of everything the platform stores about people, for export and
deletion tests. Rows go straight to the database (cases through the service, so their text is
encrypted as in real use)."""

from dataclasses import dataclass
from datetime import timedelta

from sqlmodel import Session

from intervisiewijzer.cases.models import Case
from intervisiewijzer.common import utcnow
from intervisiewijzer.events.models import Event, EventRegistration
from intervisiewijzer.groups.models import Group, GroupRole
from intervisiewijzer.members.models import Member, RegistrationBody
from intervisiewijzer.memberships.models import JoinRequest, JoinRequestStatus
from intervisiewijzer.notifications.models import (
    Notification,
    NotificationKind,
    NotificationPreference,
)
from intervisiewijzer.organisations.models import (
    Organisation,
    OrganisationKind,
    OrganisationMember,
    OrganisationRole,
)
from intervisiewijzer.sessions.models import CalendarFeed, GroupSession, RsvpAnswer, SessionRsvp
from tests.cases.helpers import SECRET_MARKER, make_case, record_outcome
from tests.evaluations.helpers import add_evaluation, add_yearly, agree_all, publish_contract
from tests.events.helpers import add_registration, make_event
from tests.factories import add_membership, make_group, make_member
from tests.sessions.helpers import held_session, make_session

FREE_TEXT = "Mijn eigen overdenking: Kolibrie-Marmot"  # must be gone after deletion
MOTIVATION = "Ik wil graag meedoen: Tapir-Oregano"
RSVP_REASON = "Mijn moeder is ziek: Walrus-Kaneel"


@dataclass
class Subject:
    member: Member
    group: Group
    coordinator: Member
    peer: Member
    held: GroupSession
    upcoming: GroupSession
    case: Case
    other_group: Group
    event: Event
    registration: EventRegistration


def make_subject(session: Session) -> Subject:
    member = make_member(
        session,
        full_name="Sanne Subject",
        registration_body=RegistrationBody.skj,
        registration_number="12345678",
        province="utrecht",
        years_experience=7,
    )
    coordinator = make_member(session, full_name="Carla Coördinator")
    peer = make_member(session, full_name="Piet Peer")
    group = make_group(session, coordinator=coordinator)
    add_membership(session, group, member)
    add_membership(session, group, peer)

    held = held_session(
        session,
        group,
        [member, peer, coordinator],
        starts_at=(utcnow() - timedelta(days=20)).replace(microsecond=0),
        recorder=coordinator,
    )
    add_evaluation(
        session, held, member, free_text=FREE_TEXT, share_free_text_with_facilitator=True
    )
    add_evaluation(session, held, peer, free_text="Van Piet")
    add_yearly(session, group, member, utcnow().year, free_text=FREE_TEXT)

    upcoming = make_session(session, group, facilitator_id=member.id, case_bringer_id=member.id)
    session.add(
        SessionRsvp(
            session_id=upcoming.id,
            member_id=member.id,
            answer=RsvpAnswer.absent,
            reason=RSVP_REASON,
        )
    )
    case = make_case(session, upcoming, member)
    record_outcome(session, case, member, f"Actie {SECRET_MARKER}", insights="Inzicht")

    other_group = make_group(session, coordinator=make_member(session), size_max=5)
    session.add(
        JoinRequest(
            group_id=other_group.id,
            member_id=member.id,
            motivation=MOTIVATION,
            status=JoinRequestStatus.pending,
        )
    )

    contract = publish_contract(session, group, coordinator)
    agree_all(session, contract, [member, peer])

    organisation = Organisation(name="Zorg Voorbeeld BV", kind=OrganisationKind.zorgaanbieder)
    session.add(organisation)
    session.flush()
    session.add(
        OrganisationMember(
            organisation_id=organisation.id, member_id=member.id, role=OrganisationRole.employee
        )
    )
    session.add(
        Notification(
            member_id=member.id,
            kind=NotificationKind.session_planned,
            title="Nieuwe bijeenkomst",
            body="Er is een bijeenkomst gepland.",
        )
    )
    session.add(
        NotificationPreference(
            member_id=member.id, kind=NotificationKind.session_reminder, email=False
        )
    )
    session.add(CalendarFeed(member_id=member.id, token_hash="f" * 64))
    event = make_event(session)
    registration = add_registration(session, event, member, household_code="GH-12")
    session.flush()
    return Subject(
        member, group, coordinator, peer, held, upcoming, case, other_group, event, registration
    )


def make_coordinator_of_busy_group(session: Session) -> tuple[Member, Group]:
    coordinator = make_member(session)
    group = make_group(session, coordinator=coordinator, members=2)
    return coordinator, group


__all__ = ["GroupRole", "make_coordinator_of_busy_group", "make_subject"]
