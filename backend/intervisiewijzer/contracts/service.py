"""Group contracts: drafting, publishing a new version, agreeing, and who still has to agree.
No HTTP here; callers commit."""

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import and_, func
from sqlmodel import Session, col, select

from intervisiewijzer.common import Pagination, utcnow
from intervisiewijzer.contracts.models import ContractAgreement, ContractStatus, GroupContract
from intervisiewijzer.contracts.schemas import (
    AgreementStatus,
    ContractOverview,
    ContractSections,
    ContractVersionPage,
    ContractVersionPublic,
)
from intervisiewijzer.errors import ConflictError, NotFoundError
from intervisiewijzer.groups.access import GroupAccess
from intervisiewijzer.groups.models import Group, Membership
from intervisiewijzer.members.models import Member
from intervisiewijzer.notifications import service as notifications
from intervisiewijzer.sessions.schemas import PersonRef
from intervisiewijzer.sessions.service import people_by_id

# --- Reading -------------------------------------------------------------------------------


def current_contract(session: Session, group_id: uuid.UUID) -> GroupContract | None:
    """The latest published version: the one members agree to."""
    return session.exec(
        select(GroupContract)
        .where(GroupContract.group_id == group_id, GroupContract.status == ContractStatus.published)
        .order_by(col(GroupContract.version).desc())
    ).first()


def draft_of(session: Session, group_id: uuid.UUID) -> GroupContract | None:
    return session.exec(
        select(GroupContract).where(
            GroupContract.group_id == group_id, GroupContract.status == ContractStatus.draft
        )
    ).first()


@dataclass(frozen=True)
class AgreementCounts:
    has_contract: bool
    agreed: int  # current members who agreed to the current version
    members: int


def agreement_counts(session: Session, group_id: uuid.UUID) -> AgreementCounts:
    contract = current_contract(session, group_id)
    agreed = dict(_member_agreements(session, group_id, contract))
    return AgreementCounts(
        has_contract=contract is not None,
        agreed=sum(1 for agreed_at in agreed.values() if agreed_at is not None),
        members=len(agreed),
    )


def members_needing_agreement(session: Session, group_id: uuid.UUID) -> list[uuid.UUID]:
    """Current members who have not agreed to the current version (none without one). For
    notifications after a new version is published or a member joins."""
    contract = current_contract(session, group_id)
    if contract is None:
        return []
    return [
        member_id
        for member_id, agreed_at in _member_agreements(session, group_id, contract)
        if agreed_at is None
    ]


def contract_overview(session: Session, access: GroupAccess) -> ContractOverview:
    group = access.group
    current = current_contract(session, group.id)
    agreements = _member_agreements(session, group.id, current)
    mine = dict(agreements).get(access.caller.id)
    draft = draft_of(session, group.id) if access.can_manage else None
    people = people_by_id(
        session,
        [
            *(member_id for member_id, _ in agreements),
            *(c.created_by_id for c in (current, draft) if c and c.created_by_id),
        ],
    )
    return ContractOverview(
        current=_present(current, people) if current else None,
        draft=_present(draft, people) if draft else None,
        agreement_required=current is not None and access.is_member and mine is None,
        my_agreed_at=mine,
        agreed_count=sum(1 for _, agreed_at in agreements if agreed_at is not None),
        member_count=len(agreements),
        agreements=[
            AgreementStatus(member=people[member_id], agreed_at=agreed_at)
            for member_id, agreed_at in sorted(
                agreements, key=lambda item: people[item[0]].full_name.lower()
            )
        ]
        if access.can_manage
        else None,
    )


def list_versions(session: Session, group: Group, pagination: Pagination) -> ContractVersionPage:
    """Published versions, newest first."""
    where = (
        GroupContract.group_id == group.id,
        GroupContract.status == ContractStatus.published,
    )
    total = session.exec(select(func.count()).select_from(GroupContract).where(*where)).one()
    contracts = session.exec(
        select(GroupContract)
        .where(*where)
        .order_by(col(GroupContract.version).desc())
        .limit(pagination.limit)
        .offset(pagination.offset)
    ).all()
    people = people_by_id(session, [c.created_by_id for c in contracts if c.created_by_id])
    return ContractVersionPage(
        items=[_present(contract, people) for contract in contracts],
        total=total,
        limit=pagination.limit,
        offset=pagination.offset,
    )


def present_contract(session: Session, contract: GroupContract) -> ContractVersionPublic:
    ids = [contract.created_by_id] if contract.created_by_id else []
    return _present(contract, people_by_id(session, ids))


# --- Writing -------------------------------------------------------------------------------


def save_draft(
    session: Session, group: Group, author: Member, sections: ContractSections
) -> GroupContract:
    """Write the next version; it stays a draft until published."""
    draft = draft_of(session, group.id)
    if draft is None:
        draft = GroupContract(
            group_id=group.id,
            version=_latest_version(session, group.id) + 1,
            created_by_id=author.id,
            **sections.model_dump(),
        )
    else:
        for field, value in sections.model_dump().items():
            setattr(draft, field, value)
        draft.updated_at = utcnow()
    session.add(draft)
    session.flush()
    return draft


def discard_draft(session: Session, group: Group) -> None:
    draft = draft_of(session, group.id)
    if draft is None:
        raise NotFoundError("Er is geen conceptversie van het groepscontract.")
    session.delete(draft)
    session.flush()


def publish_draft(
    session: Session, group: Group, published_by: uuid.UUID | None = None
) -> GroupContract:
    """The draft becomes the current version; every member is asked to agree again (the
    others get a notification; the publisher sees it on the page)."""
    draft = draft_of(session, group.id)
    if draft is None:
        raise ConflictError("Er is geen conceptversie om te publiceren. Schrijf er eerst een.")
    draft.status = ContractStatus.published
    draft.published_at = draft.updated_at = utcnow()
    session.add(draft)
    session.flush()
    to_ask = set(members_needing_agreement(session, group.id)) - {published_by}
    notifications.notify_contract_published(session, group_id=group.id, member_ids=to_ask)
    return draft


def agree(session: Session, group: Group, member: Member, version: int) -> ContractAgreement:
    """Agree to the current version. Agreeing twice keeps the first moment."""
    current = current_contract(session, group.id)
    if current is None:
        raise ConflictError("Deze groep heeft nog geen groepscontract.")
    if current.version != version:
        raise ConflictError(
            f"Er is intussen een nieuwe versie ({current.version}) van het groepscontract. "
            "Lees die en geef daarop akkoord.",
            current_version=current.version,
        )
    agreement = session.get(ContractAgreement, (current.id, member.id))
    if agreement is None:
        agreement = ContractAgreement(contract_id=current.id, member_id=member.id)
        session.add(agreement)
        session.flush()
    return agreement


# --- Helpers -------------------------------------------------------------------------------


def _latest_version(session: Session, group_id: uuid.UUID) -> int:
    latest = session.exec(
        select(func.max(GroupContract.version)).where(GroupContract.group_id == group_id)
    ).one()
    return latest or 0


def _member_agreements(
    session: Session, group_id: uuid.UUID, contract: GroupContract | None
) -> Sequence[tuple[uuid.UUID, datetime | None]]:
    """Each current member with the moment they agreed to `contract` (or None)."""
    if contract is None:
        members = session.exec(
            select(Membership.member_id).where(Membership.group_id == group_id)
        ).all()
        return [(member_id, None) for member_id in members]
    rows = session.exec(
        select(Membership.member_id, ContractAgreement.agreed_at)
        .outerjoin(
            ContractAgreement,
            and_(
                col(ContractAgreement.member_id) == Membership.member_id,
                col(ContractAgreement.contract_id) == contract.id,
            ),
        )
        .where(Membership.group_id == group_id)
    ).all()
    return list(rows)


def _present(contract: GroupContract, people: dict[uuid.UUID, PersonRef]) -> ContractVersionPublic:
    return ContractVersionPublic(
        id=contract.id,
        version=contract.version,
        status=ContractStatus(contract.status),
        attendance=contract.attendance,
        confidentiality=contract.confidentiality,
        feedback=contract.feedback,
        which_cases=contract.which_cases,
        created_by=people.get(contract.created_by_id) if contract.created_by_id else None,
        created_at=contract.created_at,
        updated_at=contract.updated_at,
        published_at=contract.published_at,
    )
