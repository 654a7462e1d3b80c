from fastapi import APIRouter, status

from intervisiewijzer.common import PaginationDep
from intervisiewijzer.contracts import service
from intervisiewijzer.contracts.access import ContractEditor, ContractReader, ContractSigner
from intervisiewijzer.contracts.schemas import (
    AgreementInput,
    ContractOverview,
    ContractSections,
    ContractVersionPage,
    ContractVersionPublic,
)
from intervisiewijzer.contracts.template import DEFAULT_TEMPLATE
from intervisiewijzer.db import SessionDep
from intervisiewijzer.errors import problem_responses

router = APIRouter(tags=["contracts"])
GROUP_PROBLEMS = problem_responses(401, 403, 404)


@router.get("/contract-template")
def read_contract_template() -> ContractSections:
    """A starting text for a group contract, to adapt to the group."""
    return DEFAULT_TEMPLATE


@router.get("/groups/{group_ref}/contract", responses=GROUP_PROBLEMS)
def read_group_contract(session: SessionDep, access: ContractReader) -> ContractOverview:
    """The current contract and whether I still have to agree to it (members). Coordinators
    also see the draft and who has agreed."""
    return service.contract_overview(session, access)


@router.get(
    "/groups/{group_ref}/contract/versions", responses=problem_responses(401, 403, 404, 422)
)
def list_contract_versions(
    session: SessionDep, access: ContractReader, pagination: PaginationDep
) -> ContractVersionPage:
    """Every published version, newest first (members)."""
    return service.list_versions(session, access.group, pagination)


@router.put("/groups/{group_ref}/contract/draft", responses=problem_responses(401, 403, 404, 422))
def save_contract_draft(
    session: SessionDep, access: ContractEditor, data: ContractSections
) -> ContractVersionPublic:
    """Write or change the next version as a draft (coordinators). Members do not see it
    until it is published."""
    draft = service.save_draft(session, access.group, access.caller, data)
    session.commit()
    return service.present_contract(session, draft)


@router.delete(
    "/groups/{group_ref}/contract/draft",
    status_code=status.HTTP_204_NO_CONTENT,
    responses=GROUP_PROBLEMS,
)
def discard_contract_draft(session: SessionDep, access: ContractEditor) -> None:
    """Throw the draft away (coordinators)."""
    service.discard_draft(session, access.group)
    session.commit()


@router.post(
    "/groups/{group_ref}/contract/publish", responses=problem_responses(401, 403, 404, 409)
)
def publish_contract(session: SessionDep, access: ContractEditor) -> ContractOverview:
    """Make the draft the current version (coordinators). Every member, the coordinator too,
    is then asked to agree to it again."""
    service.publish_draft(session, access.group, published_by=access.caller.id)
    session.commit()
    return service.contract_overview(session, access)


@router.post(
    "/groups/{group_ref}/contract/agree", responses=problem_responses(401, 403, 404, 409, 422)
)
def agree_to_contract(
    session: SessionDep, access: ContractSigner, data: AgreementInput
) -> ContractOverview:
    """Agree to the current version of the group contract (members, for themselves). Send
    the version you read: if a newer one was published meanwhile, you get 409."""
    service.agree(session, access.group, access.caller, data.version)
    session.commit()
    return service.contract_overview(session, access)
