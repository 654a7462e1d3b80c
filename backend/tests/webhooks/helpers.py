import socket
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager

from fastapi import FastAPI
from sqlmodel import Session, col, select

from intervisiewijzer.members.models import Member
from intervisiewijzer.webhooks import service
from intervisiewijzer.webhooks.models import WebhookDelivery, WebhookSubscription
from intervisiewijzer.webhooks.router import get_resolver
from intervisiewijzer.webhooks.schemas import WebhookCreate
from tests.factories import make_member

PUBLIC_HOSTS = {"hooks.partner.example": ["93.184.215.14"], "v6.partner.example": ["2606:4700::1"]}


class FakeResolver:
    """DNS without the network: known names resolve, everything else does not exist."""

    def __init__(self, hosts: Mapping[str, Sequence[str]] | None = None) -> None:
        self.hosts = dict(PUBLIC_HOSTS if hosts is None else hosts)

    def __call__(self, host: str, port: int) -> list[str]:
        if host not in self.hosts:
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        return list(self.hosts[host])


@contextmanager
def resolver_for(app: FastAPI, resolver: FakeResolver) -> Iterator[FakeResolver]:
    app.dependency_overrides[get_resolver] = lambda: resolver
    try:
        yield resolver
    finally:
        app.dependency_overrides.pop(get_resolver, None)


def make_admin(session: Session) -> Member:
    return make_member(session, is_admin=True)


def subscribe(
    session: Session,
    events: Sequence[str],
    url: str = "https://hooks.partner.example/intervisie",
    active: bool = True,
) -> tuple[WebhookSubscription, str]:
    created = service.create_subscription(
        session,
        WebhookCreate(url=url, events=list(events), active=active),  # type: ignore[arg-type]
        make_admin(session),
        FakeResolver(),
    )
    subscription = session.get(WebhookSubscription, created.id)
    assert subscription is not None
    return subscription, created.secret


def deliveries_of(session: Session, subscription: WebhookSubscription) -> list[WebhookDelivery]:
    return list(
        session.exec(
            select(WebhookDelivery)
            .where(WebhookDelivery.subscription_id == subscription.id)
            .order_by(col(WebhookDelivery.created_at))
        ).all()
    )
