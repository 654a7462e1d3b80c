"""Who may do what with a group: the one place for group authorization.

- anyone may read a group's public page;
- members of the group (and platform admins) may see who is in it;
- coordinators of the group (and platform admins) may manage it;
- an organisation's API key (scope organisation:groups) may create and manage the groups of
  that organisation, and only those.
"""

import uuid
from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Path
from sqlmodel import Session

from intervisiewijzer.apikeys.dependencies import MemberOrKey, MemberOrKeyCaller
from intervisiewijzer.apikeys.models import ApiKey, ApiKeyScope
from intervisiewijzer.auth.dependencies import CurrentMember
from intervisiewijzer.db import SessionDep
from intervisiewijzer.errors import NotFoundError, PermissionDeniedError
from intervisiewijzer.groups.models import Group, GroupRole, Membership
from intervisiewijzer.groups.service import require_group
from intervisiewijzer.members.models import Member
from intervisiewijzer.memberships.service import membership_of

GroupRef = Annotated[
    str, Path(min_length=1, max_length=120, description="Id (uuid) of slug van de groep")
]


@dataclass(frozen=True)
class GroupAccess:
    group: Group
    caller: Member
    membership: Membership | None

    @property
    def is_member(self) -> bool:
        return self.membership is not None

    @property
    def can_manage(self) -> bool:
        return self.caller.is_admin or (
            self.membership is not None and self.membership.role == GroupRole.coordinator
        )


def get_public_group(session: SessionDep, group_ref: GroupRef) -> Group:
    return require_group(session, group_ref)


def get_group_access(
    session: SessionDep, group_ref: GroupRef, caller: CurrentMember
) -> GroupAccess:
    group = require_group(session, group_ref)
    return GroupAccess(group, caller, membership_of(session, group.id, caller.id))


def get_member_access(access: Annotated[GroupAccess, Depends(get_group_access)]) -> GroupAccess:
    if not (access.is_member or access.caller.is_admin):
        raise PermissionDeniedError("Alleen leden van deze groep kunnen dit zien.")
    return access


def get_coordinator_access(
    access: Annotated[GroupAccess, Depends(get_group_access)],
) -> GroupAccess:
    if not access.can_manage:
        raise PermissionDeniedError("Alleen de coördinator van deze groep kan dit doen.")
    return access


_OWN_ORGANISATION_ONLY = "Met deze API-sleutel horen groepen altijd bij de eigen organisatie."


@dataclass(frozen=True)
class GroupManager:
    """A coordinator or admin, or the key of the organisation that owns the group."""

    group: Group
    caller: MemberOrKey


def organisation_of_key(key: ApiKey) -> uuid.UUID:
    """The organisation whose groups a key may manage (403 for keys that may not)."""
    if not key.allows(ApiKeyScope.organisation_groups) or key.organisation_id is None:
        raise PermissionDeniedError("Deze API-sleutel mag geen groepen beheren.")
    return key.organisation_id


def get_manager_access(
    session: SessionDep, group_ref: GroupRef, caller: MemberOrKeyCaller
) -> GroupManager:
    group = require_group(session, group_ref)
    if caller.api_key is not None:
        if organisation_of_key(caller.api_key) != group.organisation_id:
            raise PermissionDeniedError(
                "Deze API-sleutel mag alleen groepen van de eigen organisatie beheren."
            )
    else:
        assert caller.member is not None
        membership = membership_of(session, group.id, caller.member.id)
        if not GroupAccess(group, caller.member, membership).can_manage:
            raise PermissionDeniedError("Alleen de coördinator van deze groep kan dit doen.")
    return GroupManager(group, caller)


def get_group_creator(caller: MemberOrKeyCaller) -> MemberOrKey:
    """Any logged-in member, or a key that may manage groups: a key that may not is refused
    before the request body is looked at."""
    if caller.api_key is not None:
        organisation_of_key(caller.api_key)
    return caller


def organisation_for_new_group(
    caller: MemberOrKey, requested: uuid.UUID | None
) -> uuid.UUID | None:
    """People choose a group's organisation (the service checks it exists); a key's groups
    always belong to the key's own organisation."""
    if caller.api_key is None:
        return requested
    own = organisation_of_key(caller.api_key)
    if requested not in (own, None):
        raise PermissionDeniedError(_OWN_ORGANISATION_ONLY)
    return own


def check_organisation_change(caller: MemberOrKey, requested: uuid.UUID | None) -> None:
    """A key cannot hand a group to another organisation, nor take it from its own."""
    if caller.api_key is not None and requested != organisation_of_key(caller.api_key):
        raise PermissionDeniedError(_OWN_ORGANISATION_ONLY)


def membership_in(session: Session, group: Group, member_id: uuid.UUID) -> Membership:
    membership = membership_of(session, group.id, member_id)
    if membership is None:
        raise NotFoundError("Deze persoon is geen lid van deze groep.")
    return membership


PublicGroup = Annotated[Group, Depends(get_public_group)]
GroupCaller = Annotated[GroupAccess, Depends(get_group_access)]
GroupMemberAccess = Annotated[GroupAccess, Depends(get_member_access)]
CoordinatorAccess = Annotated[GroupAccess, Depends(get_coordinator_access)]
GroupManagerAccess = Annotated[GroupManager, Depends(get_manager_access)]
GroupCreator = Annotated[MemberOrKey, Depends(get_group_creator)]
