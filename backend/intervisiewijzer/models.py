"""Every table of the app, imported in one place so Alembic and tests see the whole metadata."""

from sqlmodel import SQLModel

from intervisiewijzer import common  # noqa: F401  (sets the naming convention first)
from intervisiewijzer.groups.models import Group, GroupAudience, GroupMethod, Membership
from intervisiewijzer.members.models import Member
from intervisiewijzer.memberships.models import JoinRequest
from intervisiewijzer.methods.models import Method
from intervisiewijzer.organisations.models import Organisation, OrganisationMember

metadata = SQLModel.metadata

__all__ = [
    "Group",
    "GroupAudience",
    "GroupMethod",
    "JoinRequest",
    "Member",
    "Membership",
    "Method",
    "Organisation",
    "OrganisationMember",
    "metadata",
]
