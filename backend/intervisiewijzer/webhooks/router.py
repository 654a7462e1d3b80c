import uuid
from typing import Annotated

from fastapi import APIRouter, Depends, status

from intervisiewijzer.auth.dependencies import AdminMember
from intervisiewijzer.common import Page, PaginationDep
from intervisiewijzer.db import SessionDep
from intervisiewijzer.errors import problem_responses
from intervisiewijzer.webhooks import service
from intervisiewijzer.webhooks.schemas import (
    DeliveryPublic,
    WebhookCreate,
    WebhookCreated,
    WebhookPublic,
    WebhookUpdate,
)
from intervisiewijzer.webhooks.urls import Resolver, system_resolver

router = APIRouter(
    prefix="/admin/webhooks", tags=["webhooks"], responses=problem_responses(401, 403)
)


def get_resolver() -> Resolver:
    """DNS lookup for URL checks; tests replace it."""
    return system_resolver


ResolverDep = Annotated[Resolver, Depends(get_resolver)]


@router.post("", status_code=status.HTTP_201_CREATED, responses=problem_responses(422))
def create_webhook(
    session: SessionDep, admin: AdminMember, resolve: ResolverDep, data: WebhookCreate
) -> WebhookCreated:
    """Subscribe an https endpoint to events (admins). The secret is shown only in this answer."""
    created = service.create_subscription(session, data, admin, resolve)
    session.commit()
    return created


@router.get("", responses=problem_responses(422))
def list_webhooks(
    session: SessionDep, _admin: AdminMember, page: PaginationDep
) -> Page[WebhookPublic]:
    """All webhook subscriptions, newest first (admins)."""
    return service.list_subscriptions(session, page)


@router.patch("/{webhook_id}", responses=problem_responses(404, 422))
def update_webhook(
    session: SessionDep,
    _admin: AdminMember,
    resolve: ResolverDep,
    webhook_id: uuid.UUID,
    data: WebhookUpdate,
) -> WebhookPublic:
    """Change the address or events of a subscription, or switch it off and on (admins)."""
    subscription = service.require_subscription(session, webhook_id)
    service.update_subscription(session, subscription, data, resolve)
    session.commit()
    return WebhookPublic.model_validate(subscription)


@router.delete(
    "/{webhook_id}", status_code=status.HTTP_204_NO_CONTENT, responses=problem_responses(404)
)
def delete_webhook(session: SessionDep, _admin: AdminMember, webhook_id: uuid.UUID) -> None:
    """Remove a subscription and its delivery log (admins)."""
    service.delete_subscription(session, service.require_subscription(session, webhook_id))
    session.commit()


@router.get("/{webhook_id}/deliveries", responses=problem_responses(404, 422))
def list_webhook_deliveries(
    session: SessionDep, _admin: AdminMember, webhook_id: uuid.UUID, page: PaginationDep
) -> Page[DeliveryPublic]:
    """What was sent to a subscription and how it went, newest first (admins)."""
    return service.list_deliveries(session, service.require_subscription(session, webhook_id), page)


@router.post(
    "/{webhook_id}/test", status_code=status.HTTP_202_ACCEPTED, responses=problem_responses(404)
)
def test_webhook(session: SessionDep, _admin: AdminMember, webhook_id: uuid.UUID) -> DeliveryPublic:
    """Queue a `ping` delivery; the worker sends it within moments (admins)."""
    delivery = service.queue_ping(session, service.require_subscription(session, webhook_id))
    session.commit()
    return service.present_delivery(delivery)
