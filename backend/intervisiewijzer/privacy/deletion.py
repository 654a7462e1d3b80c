"""Deleting one's account (AVG article 17), in one transaction: personal data erased, the
member row kept but anonymised so group history and other people's evidence stay whole.
What happens per table is listed in privacy.coverage.DELETION_EFFECTS."""

import secrets
from datetime import datetime

from sqlalchemy import delete, func, update
from sqlmodel import Session, col, select

from intervisiewijzer.apikeys.models import ApiKey
from intervisiewijzer.cases.models import Case, CaseAccessAction
from intervisiewijzer.cases.service import remove_cases
from intervisiewijzer.common import utcnow
from intervisiewijzer.contracts.models import GroupContract
from intervisiewijzer.errors import AppError, ConflictError
from intervisiewijzer.evaluations.models import GroupEvaluation, SessionEvaluation
from intervisiewijzer.events import service as events
from intervisiewijzer.events.models import (
    ACTIVE_REGISTRATION,
    Event,
    EventCoach,
    EventRegistration,
    EventRoom,
)
from intervisiewijzer.groups.models import Group, GroupLifecycle, GroupRole, Membership
from intervisiewijzer.mail.models import OutboxEmail
from intervisiewijzer.members.models import Member, MemberKind
from intervisiewijzer.memberships import service as memberships
from intervisiewijzer.memberships.models import OPEN_STATUSES, JoinRequest
from intervisiewijzer.notifications.models import Notification, NotificationPreference
from intervisiewijzer.organisations.models import OrganisationMember
from intervisiewijzer.privacy.audit import record_event
from intervisiewijzer.privacy.models import AuditKind
from intervisiewijzer.runner.models import SessionRun
from intervisiewijzer.security import hash_password, verify_password
from intervisiewijzer.sessions.models import CalendarFeed, GroupSession, SessionRsvp
from intervisiewijzer.webhooks.models import WebhookSubscription

DELETED_NAME = "Verwijderd lid"
DELETED_EMAIL_DOMAIN = "verwijderd.invalid"  # RFC 2606: can never receive mail


class WrongPasswordError(AppError):
    slug = "wachtwoord-onjuist"
    title = "Wachtwoord onjuist"


def groups_needing_handover(session: Session, member: Member) -> list[Group]:
    """Groups where the member is the only coordinator while others are still members."""
    coordinated = session.exec(
        select(Group)
        .join(Membership, col(Membership.group_id) == Group.id)
        .where(Membership.member_id == member.id, Membership.role == GroupRole.coordinator)
        .order_by(col(Group.name))
    ).all()
    blocking = []
    for group in coordinated:
        coordinators, others = session.exec(
            select(
                func.count().filter(col(Membership.role) == GroupRole.coordinator),
                func.count().filter(col(Membership.member_id) != member.id),
            ).where(Membership.group_id == group.id)
        ).one()
        if coordinators == 1 and others > 0:
            blocking.append(group)
    return blocking


def delete_account(
    session: Session, member: Member, password: str, now: datetime | None = None
) -> None:
    if not verify_password(password, member.hashed_password):
        raise WrongPasswordError("Het wachtwoord klopt niet. Je account is niet verwijderd.")
    _check_can_leave(session, member)
    now = now or utcnow()
    me = member.id

    _leave_groups(session, member)
    for request in session.exec(
        select(JoinRequest).where(
            JoinRequest.member_id == me, col(JoinRequest.status).in_(OPEN_STATUSES)
        )
    ).all():
        memberships.withdraw(session, request)
    session.execute(
        update(JoinRequest)
        .where(col(JoinRequest.member_id) == me)
        .values(motivation="", response_message=None)
    )

    _leave_events(session, member, now)

    cases = session.exec(select(Case).where(Case.case_bringer_id == me)).all()
    if cases:
        sessions = {
            row.id: row
            for row in session.exec(
                select(GroupSession).where(col(GroupSession.id).in_({c.session_id for c in cases}))
            ).all()
        }
        remove_cases(session, cases, sessions, me, CaseAccessAction.delete, now)

    for owned in (SessionRsvp, Notification, NotificationPreference, CalendarFeed):
        session.execute(delete(owned).where(col(owned.member_id) == me))
    session.execute(delete(OrganisationMember).where(col(OrganisationMember.member_id) == me))
    session.execute(delete(OutboxEmail).where(col(OutboxEmail.to_address) == member.email))

    for evaluation in (SessionEvaluation, GroupEvaluation):
        session.execute(
            update(evaluation)
            .where(col(evaluation.member_id) == me)
            .values(free_text=None, share_free_text_with_facilitator=False)
        )

    # Meetings still to come look for a new facilitator or case bringer.
    upcoming = col(GroupSession.starts_at) > now
    for role_column in (GroupSession.facilitator_id, GroupSession.case_bringer_id):
        session.execute(
            update(GroupSession).where(col(role_column) == me, upcoming).values({role_column: None})
        )

    for model, column in (
        (ApiKey, ApiKey.created_by_id),
        (GroupContract, GroupContract.created_by_id),
        (WebhookSubscription, WebhookSubscription.created_by_id),
        (SessionRun, SessionRun.started_by_id),
        (SessionRun, SessionRun.notes_updated_by_id),
        (EventRegistration, EventRegistration.attendance_recorded_by),
    ):
        session.execute(update(model).where(col(column) == me).values({column: None}))

    _anonymise(member, now)
    session.add(member)
    session.flush()
    record_event(session, AuditKind.account_deleted, me, target_id=me, now=now)


def _check_can_leave(session: Session, member: Member) -> None:
    blocking = groups_needing_handover(session, member)
    if blocking:
        names = ", ".join(group.name for group in blocking)
        raise ConflictError(
            f"Je bent de enige coördinator van {names}. Maak eerst iemand anders in die groep "
            "coördinator; daarna kun je je account verwijderen."
        )
    if member.is_admin:
        other_admins = session.exec(
            select(func.count())
            .select_from(Member)
            .where(
                col(Member.is_admin).is_(True),
                col(Member.is_active).is_(True),
                Member.id != member.id,
            )
        ).one()
        if other_admins == 0:
            raise ConflictError(
                "Je bent de enige beheerder van het platform. Maak eerst iemand anders "
                "beheerder; daarna kun je je account verwijderen."
            )


def _leave_groups(session: Session, member: Member) -> None:
    for membership in session.exec(select(Membership).where(Membership.member_id == member.id)):
        group = session.get(Group, membership.group_id)
        assert group is not None  # memberships go with their group (ON DELETE CASCADE)
        session.delete(membership)
        session.flush()
        remaining = session.exec(
            select(func.count()).select_from(Membership).where(Membership.group_id == group.id)
        ).one()
        if remaining == 0:
            # The member was the group on their own: nobody is left to run it.
            group.lifecycle = GroupLifecycle.closed
            group.version += 1
            group.updated_at = utcnow()
            session.add(group)
            session.flush()
        else:
            memberships.offer_free_spots(session, group)


def _leave_events(session: Session, member: Member, now: datetime) -> None:
    me = member.id
    rows = session.exec(
        select(EventRegistration, Event)
        .join(Event, col(Event.id) == EventRegistration.event_id)
        .where(EventRegistration.member_id == me)
    ).all()
    for registration, event in rows:
        if registration.status in ACTIVE_REGISTRATION and event.starts_at > now:
            events.cancel_registration(session, event, registration)
        registration.household_code = None
        session.add(registration)
    upcoming_events = select(Event.id).where(col(Event.starts_at) > now)
    session.execute(
        update(EventRoom)
        .where(col(EventRoom.coach_id) == me, col(EventRoom.event_id).in_(upcoming_events))
        .values(coach_id=None)
    )
    session.execute(
        delete(EventCoach).where(
            col(EventCoach.member_id) == me, col(EventCoach.event_id).in_(upcoming_events)
        )
    )
    session.flush()


def _anonymise(member: Member, now: datetime) -> None:
    member.full_name = DELETED_NAME
    member.email = f"verwijderd-{member.id.hex}@{DELETED_EMAIL_DOMAIN}"
    # A hash of a random secret nobody knows: no password ever matches it.
    member.hashed_password = hash_password(secrets.token_urlsafe(32))
    member.kind = MemberKind.other
    member.employment_form = None
    member.years_experience = None
    member.registration_body = None
    member.registration_number = None
    member.province = None
    member.is_admin = False
    member.is_active = False
    member.token_version += 1
    member.deleted_at = now
    member.updated_at = now
