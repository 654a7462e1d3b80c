"""Who may export and import groups in bulk: platform admins (every group), and an
organisation's API key (scope organisation:groups; that organisation's groups only)."""

from typing import Annotated

from fastapi import Depends

from intervisiewijzer.apikeys.dependencies import MemberOrKeyCaller
from intervisiewijzer.errors import PermissionDeniedError
from intervisiewijzer.groups.access import organisation_of_key
from intervisiewijzer.integrations.service import EVERYTHING, GroupScope


def get_integration_scope(caller: MemberOrKeyCaller) -> GroupScope:
    if caller.api_key is not None:
        return GroupScope(organisation_of_key(caller.api_key))
    assert caller.member is not None
    if not caller.member.is_admin:
        raise PermissionDeniedError(
            "Alleen beheerders van het platform en organisaties met een API-sleutel kunnen "
            "groepen in bulk uitwisselen."
        )
    return EVERYTHING


IntegrationScope = Annotated[GroupScope, Depends(get_integration_scope)]
