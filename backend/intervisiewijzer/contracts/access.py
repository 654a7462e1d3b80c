"""Who may do what with a group contract: the one place for contract authorization.

- members of the group (and platform admins) read the current version and its history;
- coordinators of the group (and platform admins) draft, discard and publish versions, and
  see who has agreed;
- each member agrees for themselves, and only members do.
Anyone else gets 403 (like groups/access.py); anonymous callers get 401."""

from typing import Annotated

from fastapi import Depends

from intervisiewijzer.errors import PermissionDeniedError
from intervisiewijzer.groups.access import (
    CoordinatorAccess,
    GroupAccess,
    GroupMemberAccess,
)


def get_contract_signer(access: GroupMemberAccess) -> GroupAccess:
    if not access.is_member:
        raise PermissionDeniedError("Alleen leden van deze groep geven akkoord op het contract.")
    return access


ContractReader = GroupMemberAccess
ContractEditor = CoordinatorAccess
ContractSigner = Annotated[GroupAccess, Depends(get_contract_signer)]
