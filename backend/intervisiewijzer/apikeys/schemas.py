import uuid
from datetime import datetime
from typing import Annotated, Self
from urllib.parse import urlsplit

from pydantic import AfterValidator, AwareDatetime, BaseModel, ConfigDict, Field, model_validator

from intervisiewijzer.apikeys.models import (
    ALLOWED_SCOPES,
    ApiKeyKind,
    ApiKeyScope,
    ApiKeyStatus,
)


def normalise_origin(value: str) -> str:
    """'https://Partner.nl/' -> 'https://partner.nl'; an origin has no path, query or wildcard."""
    parts = urlsplit(value.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError("een origin begint met https:// of http:// en bevat een domeinnaam")
    if parts.path not in ("", "/") or parts.query or parts.fragment or parts.username:
        raise ValueError("een origin is alleen schema, domein en eventueel poort, zonder pad")
    if "*" in value:
        raise ValueError("jokertekens zijn niet toegestaan; noem elke origin apart")
    port = f":{parts.port}" if parts.port else ""
    return f"{parts.scheme}://{parts.hostname.lower()}{port}"


Origin = Annotated[str, Field(max_length=255), AfterValidator(normalise_origin)]


class ApiKeyCreate(BaseModel):
    model_config = ConfigDict(str_strip_whitespace=True)

    name: Annotated[str, Field(min_length=3, max_length=120, description="Voor wie de sleutel is")]
    kind: ApiKeyKind
    organisation_id: Annotated[
        uuid.UUID | None, Field(description="Verplicht voor organisatiesleutels")
    ] = None
    scopes: Annotated[
        list[ApiKeyScope] | None,
        Field(description="Leeg: de standaardrechten van deze soort sleutel"),
    ] = None
    allowed_origins: Annotated[
        list[Origin],
        Field(max_length=20, description="Websites die de sleutel vanuit de browser gebruiken"),
    ] = []
    rate_limit_per_minute: Annotated[int, Field(ge=1, le=10_000)] = 120
    expires_at: AwareDatetime | None = None

    @model_validator(mode="after")
    def fits_its_kind(self) -> Self:
        if self.kind == ApiKeyKind.organisation and self.organisation_id is None:
            raise ValueError("een organisatiesleutel hoort bij een organisatie")
        if self.kind == ApiKeyKind.partner and self.organisation_id is not None:
            raise ValueError("een partnersleutel hoort niet bij een organisatie")
        not_allowed = set(self.scopes or []) - ALLOWED_SCOPES[self.kind]
        if not_allowed:
            raise ValueError(
                f"deze rechten passen niet bij een {self.kind.value}sleutel: "
                + ", ".join(sorted(not_allowed))
            )
        return self


class ApiKeyPublic(BaseModel):
    """A key as admins see it: never the key or its hash."""

    id: uuid.UUID
    name: str
    kind: ApiKeyKind
    prefix: str = Field(description="Begin van de sleutel, om hem te herkennen")
    organisation_id: uuid.UUID | None
    scopes: list[ApiKeyScope]
    allowed_origins: list[str]
    rate_limit_per_minute: int
    status: ApiKeyStatus
    expires_at: datetime | None
    revoked_at: datetime | None
    last_used_at: datetime | None
    created_at: datetime


class ApiKeyIssued(ApiKeyPublic):
    key: str = Field(description="De volledige sleutel. Alleen nu te zien: bewaar hem veilig.")


class ApiKeyUsePublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    used_at: datetime
    method: str
    path: str
    status_code: int
    origin: str | None
