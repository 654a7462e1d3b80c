"""World A/B for the authorization matrix: one organisation owning group A with its people and
objects, group B with a member, an organisation admin, a partner API key and a platform admin.

Built once per test module through the services and test builders (cases through the service,
so their text is encrypted as in real use). The World keeps ids and credentials only, never
ORM objects, so every cell can run in its own session inside its own savepoint."""

import uuid
from dataclasses import dataclass, field
from datetime import timedelta

from sqlmodel import Session

from intervisiewijzer.apikeys.models import ApiKeyKind
from intervisiewijzer.common import utcnow
from intervisiewijzer.config import Settings
from intervisiewijzer.contracts.models import ContractStatus, GroupContract
from intervisiewijzer.contracts.template import DEFAULT_TEMPLATE
from intervisiewijzer.evaluations import links
from intervisiewijzer.evaluations.service import answer_until
from intervisiewijzer.events.models import EventCoach, EventRoom
from intervisiewijzer.groups.models import GroupRole
from intervisiewijzer.members.models import Member, MemberKind
from intervisiewijzer.memberships.models import JoinRequest, JoinRequestStatus
from intervisiewijzer.notifications.models import Notification, NotificationKind
from intervisiewijzer.organisations.models import OrganisationMember, OrganisationRole
from intervisiewijzer.runner import service as runner_service
from intervisiewijzer.security import create_token, hash_password
from intervisiewijzer.sessions.feeds import create_or_rotate_feed
from tests.apikeys.helpers import issue_key, make_organisation
from tests.cases.helpers import make_case, record_outcome
from tests.evaluations.helpers import OPEN_DAYS_AGO, add_evaluation, add_yearly, attended_session
from tests.events.helpers import add_registration, make_event
from tests.factories import PASSWORD, add_membership, make_group
from tests.factories import make_member as _make_member
from tests.webhooks.helpers import subscribe

# The callers, in the order of the matrix columns.
ANONYMOUS = "anonymous"
MEMBER_A = "member_a"
COORDINATOR_A = "coordinator_a"
FACILITATOR_A = "facilitator_a"
MEMBER_B = "member_b"
COORDINATOR_B = "coordinator_b"
ORG_ADMIN = "org_admin"
PARTNER_KEY = "partner_key"
ORG_KEY = "org_key"
PLATFORM_ADMIN = "platform_admin"
CALLERS = (
    ANONYMOUS,
    MEMBER_A,
    COORDINATOR_A,
    FACILITATOR_A,
    MEMBER_B,
    COORDINATOR_B,
    ORG_ADMIN,
    PARTNER_KEY,
    ORG_KEY,
    PLATFORM_ADMIN,
)
CALLER_LABELS = {
    ANONYMOUS: "anonymous (no token)",
    MEMBER_A: "plain member of group A; brought the case, present at the session",
    COORDINATOR_A: "coordinator of group A",
    FACILITATOR_A: "group role facilitator in A; facilitator of the session",
    MEMBER_B: "plain member of group B only",
    COORDINATOR_B: "coordinator of group B only (a manager, but of another group)",
    ORG_ADMIN: "admin of organisation O (which owns group A); no group role",
    PARTNER_KEY: "partner API key (scope finder:read), no member token",
    ORG_KEY: "organisation O's API key (finder:read, organisation:groups), no member token",
    PLATFORM_ADMIN: "platform admin (Present 24x7), no group role",
}

METHOD_SLUG = "incidentmethode"
TOPIC_SLUG = "hechting"


@dataclass
class World:
    headers: dict[str, dict[str, str]]
    member_ids: dict[str, uuid.UUID]
    params: dict[str, str]
    login_email: str
    login_password: str
    refresh_tokens: dict[str, str] = field(default_factory=dict)


def make_member(session: Session, **fields: object) -> Member:
    """A member whose password hash uses the hasher in force (cheap during the matrix)."""
    return _make_member(session, hashed_password=hash_password(PASSWORD), **fields)


def _bearer(settings: Settings, member: Member) -> str:
    token, _ = create_token(settings, member.id, "access", member.token_version)
    return token


def build_world(session: Session, settings: Settings) -> World:
    now = utcnow()
    organisation = make_organisation(session, "Zorgaanbieder Matrix O")
    other_organisation = make_organisation(session, "Zorgaanbieder Matrix P")

    coordinator_a = make_member(session, full_name="Carla Coördinator A")
    facilitator_a = make_member(session, full_name="Frank Facilitator A")
    member_a = make_member(session, full_name="Mila Lid A")
    group_a = make_group(
        session, coordinator=coordinator_a, organisation_id=organisation.id, name="Groep A"
    )
    add_membership(session, group_a, facilitator_a, GroupRole.facilitator)
    add_membership(session, group_a, member_a)

    coordinator_b = make_member(session, full_name="Bert Coördinator B")
    member_b = make_member(session, full_name="Bo Lid B")
    group_b = make_group(
        session, coordinator=coordinator_b, organisation_id=other_organisation.id, name="Groep B"
    )
    add_membership(session, group_b, member_b)

    org_admin = make_member(session, full_name="Olaf Organisatiebeheerder")
    session.add(
        OrganisationMember(
            organisation_id=organisation.id, member_id=org_admin.id, role=OrganisationRole.admin
        )
    )
    platform_admin = make_member(session, full_name="Petra Platformbeheer", is_admin=True)
    # The partner key is a caller, not the object of the key routes; its limit is far above
    # what the matrix sends, so no cell is answered 429.
    _partner, partner_secret = issue_key(session, rate_limit_per_minute=10_000)
    # Organisation O's system: a caller too. The key routes act on a second key of O.
    _org_key, org_secret = issue_key(
        session,
        ApiKeyKind.organisation,
        organisation_id=organisation.id,
        name="Systeem van O",
        rate_limit_per_minute=10_000,
    )
    object_key, _ = issue_key(
        session, ApiKeyKind.organisation, organisation_id=organisation.id, name="Sleutel van O"
    )

    # A session of A two days ago: attended, evaluation window open, with a case, a run.
    held = attended_session(
        session,
        group_a,
        [member_a, coordinator_a, facilitator_a],
        days=OPEN_DAYS_AGO,
        facilitator_id=facilitator_a.id,
        recorder=facilitator_a,
    )
    case = make_case(session, held, member_a, now=held.starts_at - timedelta(days=1))
    case = record_outcome(session, case, member_a, "Rustmoment inplannen", insights="Meer rust")
    follow_up_id = _first_follow_up(session, case.id)
    runner_service.start_run(session, held, facilitator_a, METHOD_SLUG, now=held.starts_at)
    for person in (member_a, coordinator_a, facilitator_a):
        add_evaluation(session, held, person)
        add_yearly(session, group_a, person, now.year)
    link_token = links.create_link_token(
        settings, member_a.id, held.id, answer_until(settings, held)
    )

    published = GroupContract(
        group_id=group_a.id,
        version=1,
        status=ContractStatus.published,
        created_by_id=coordinator_a.id,
        published_at=now,
        **DEFAULT_TEMPLATE.model_dump(),
    )
    draft = GroupContract(
        group_id=group_a.id,
        version=2,
        status=ContractStatus.draft,
        created_by_id=coordinator_a.id,
        **DEFAULT_TEMPLATE.model_dump(),
    )
    session.add_all([published, draft])

    applicant = make_member(session, full_name="Anna Aanvrager")
    join_request = JoinRequest(
        group_id=group_a.id,
        member_id=applicant.id,
        motivation="Ik wil graag meedoen.",
        status=JoinRequestStatus.pending,
    )
    session.add(join_request)

    event = make_event(session)
    coach = make_member(session, kind=MemberKind.intervisor, full_name="Chris Coach")
    session.add(EventCoach(event_id=event.id, member_id=coach.id))
    registration = add_registration(session, event, member_a)
    room = EventRoom(
        event_id=event.id, number=1, coach_id=coach.id, video_url="https://meet.example.nl/kamer-1"
    )
    session.add(room)
    session.flush()
    registration.room_id = room.id
    session.add(registration)

    notification = Notification(
        member_id=member_a.id,
        kind=NotificationKind.session_planned,
        title="Nieuwe bijeenkomst",
        body="Er is een bijeenkomst gepland.",
    )
    session.add(notification)
    _feed, feed_token = create_or_rotate_feed(session, member_a)
    webhook, _ = subscribe(session, ["group.changed"])
    session.flush()

    people = {
        MEMBER_A: member_a,
        COORDINATOR_A: coordinator_a,
        FACILITATOR_A: facilitator_a,
        MEMBER_B: member_b,
        COORDINATOR_B: coordinator_b,
        ORG_ADMIN: org_admin,
        PLATFORM_ADMIN: platform_admin,
    }
    headers: dict[str, dict[str, str]] = {
        ANONYMOUS: {},
        PARTNER_KEY: {"X-API-Key": partner_secret},
        ORG_KEY: {"X-API-Key": org_secret},
    }
    for name, person in people.items():
        headers[name] = {"Authorization": f"Bearer {_bearer(settings, person)}"}
    refresh_tokens = {
        name: create_token(settings, person.id, "refresh", person.token_version)[0]
        for name, person in people.items()
    }
    params = {
        "group_ref": str(group_a.id),
        "group_member_id": str(member_a.id),
        "coach_member_id": str(coach.id),
        "request_id": str(join_request.id),
        "method_slug": METHOD_SLUG,
        "topic_slug": TOPIC_SLUG,
        "event_id": str(event.id),
        "session_id": str(held.id),
        "case_id": str(case.id),
        "follow_up_id": str(follow_up_id),
        "calendar_token": feed_token,
        "evaluation_token": link_token,
        "notification_id": str(notification.id),
        "webhook_id": str(webhook.id),
        "key_id": str(object_key.id),
        "year": str(now.year),
        "group_b_ref": str(group_b.id),
        "registration_id": str(registration.id),
    }
    return World(
        headers=headers,
        member_ids={name: person.id for name, person in people.items()},
        params=params,
        login_email=member_a.email,
        login_password=PASSWORD,
        refresh_tokens=refresh_tokens,
    )


def _first_follow_up(session: Session, case_id: uuid.UUID) -> uuid.UUID:
    from sqlmodel import col, select

    from intervisiewijzer.cases.models import CaseFollowUp

    follow_up_id = session.exec(
        select(CaseFollowUp.id)
        .where(CaseFollowUp.case_id == case_id)
        .order_by(col(CaseFollowUp.position))
    ).first()
    assert follow_up_id is not None
    return follow_up_id
