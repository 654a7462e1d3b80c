"""Who may see research aggregates: the one place for research authorization.

- platform admins (Present 24x7 staff) read the full dashboard and download the CSV;
- anyone reads the public summary, limited per client address.
Nobody, admins included, ever receives an individual answer from this package."""

from typing import Annotated

from fastapi import Depends, Request

from intervisiewijzer.auth.dependencies import AdminMember
from intervisiewijzer.members.models import Member
from intervisiewijzer.ratelimit import RateLimiterDep, client_ip


def get_research_admin(admin: AdminMember) -> Member:
    return admin


def public_reader(request: Request, limiter: RateLimiterDep) -> None:
    limiter.hit(
        limiter.public,
        "research-summary",
        client_ip(request),
        detail="Te veel verzoeken vanaf dit adres. Probeer het over een minuut opnieuw.",
    )


ResearchAdmin = Annotated[Member, Depends(get_research_admin)]
PublicReader = Annotated[None, Depends(public_reader)]
