"""Every table of the app, imported in one place so Alembic and tests see the whole metadata."""

from sqlmodel import SQLModel

from intervisiewijzer import common  # noqa: F401  (sets the naming convention first)
from intervisiewijzer.apikeys.models import ApiKey, ApiKeyUse
from intervisiewijzer.cases.models import (
    Case,
    CaseAccessLog,
    CaseFollowUp,
    CaseTopic,
    Topic,
    TopicUsage,
)
from intervisiewijzer.contracts.models import ContractAgreement, GroupContract
from intervisiewijzer.evaluations.models import GroupEvaluation, SessionEvaluation
from intervisiewijzer.events.models import Event, EventCoach, EventRegistration, EventRoom
from intervisiewijzer.groups.models import Group, GroupAudience, GroupMethod, Membership
from intervisiewijzer.integrations.models import IdempotencyRecord
from intervisiewijzer.mail.models import OutboxEmail
from intervisiewijzer.members.models import Member
from intervisiewijzer.memberships.models import JoinRequest
from intervisiewijzer.methods.models import Method
from intervisiewijzer.notifications.models import (
    Notification,
    NotificationPreference,
    SessionReminder,
)
from intervisiewijzer.organisations.models import Organisation, OrganisationMember
from intervisiewijzer.privacy.models import AuditEvent
from intervisiewijzer.runner.models import SessionRun
from intervisiewijzer.sessions.models import (
    Attendance,
    AttendanceAudit,
    CalendarFeed,
    GroupSession,
    SessionRsvp,
)
from intervisiewijzer.webhooks.models import WebhookDelivery, WebhookSubscription

metadata = SQLModel.metadata

__all__ = [
    "ApiKey",
    "ApiKeyUse",
    "Attendance",
    "AttendanceAudit",
    "AuditEvent",
    "CalendarFeed",
    "Case",
    "CaseAccessLog",
    "CaseFollowUp",
    "CaseTopic",
    "ContractAgreement",
    "Event",
    "EventCoach",
    "EventRegistration",
    "EventRoom",
    "Group",
    "GroupAudience",
    "GroupContract",
    "GroupEvaluation",
    "GroupMethod",
    "GroupSession",
    "IdempotencyRecord",
    "JoinRequest",
    "Member",
    "Membership",
    "Method",
    "Notification",
    "NotificationPreference",
    "Organisation",
    "OrganisationMember",
    "OutboxEmail",
    "SessionEvaluation",
    "SessionReminder",
    "SessionRsvp",
    "SessionRun",
    "Topic",
    "TopicUsage",
    "WebhookDelivery",
    "WebhookSubscription",
    "metadata",
]
