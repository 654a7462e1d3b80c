import uuid
from datetime import datetime
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

from intervisiewijzer.common import Page
from intervisiewijzer.contracts.models import ContractStatus
from intervisiewijzer.sessions.schemas import PersonRef

SectionText = Annotated[str, Field(min_length=1, max_length=4000)]


class ContractSections(BaseModel):
    model_config = ConfigDict(str_strip_whitespace=True)

    attendance: SectionText = Field(description="Aanwezigheid en afmelden")
    confidentiality: SectionText = Field(description="Vertrouwelijkheid")
    feedback: SectionText = Field(description="Hoe we vragen stellen en feedback geven")
    which_cases: SectionText = Field(description="Welke casussen we inbrengen, en hoe")


class ContractVersionPublic(ContractSections):
    id: uuid.UUID
    version: int
    status: ContractStatus
    created_by: PersonRef | None
    created_at: datetime
    updated_at: datetime
    published_at: datetime | None


class ContractVersionPage(Page[ContractVersionPublic]):
    pass


class AgreementStatus(BaseModel):
    member: PersonRef
    agreed_at: datetime | None = Field(description="Akkoord met de huidige versie, of leeg")


class ContractOverview(BaseModel):
    current: ContractVersionPublic | None = Field(description="De geldende versie")
    draft: ContractVersionPublic | None = Field(
        description="Een versie in voorbereiding; alleen zichtbaar voor coördinatoren"
    )
    agreement_required: bool = Field(
        description="Moet de beller (nog) akkoord geven op de huidige versie?"
    )
    my_agreed_at: datetime | None
    agreed_count: int = Field(description="Leden die akkoord gaven op de huidige versie")
    member_count: int
    agreements: list[AgreementStatus] | None = Field(
        description="Per lid of het akkoord gaf; alleen voor coördinatoren"
    )


class AgreementInput(BaseModel):
    version: int = Field(ge=1, description="De versie die je hebt gelezen")
