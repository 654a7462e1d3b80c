"""Webhook subscriptions and the events they receive. `emit` only queues deliveries in the
caller's transaction; the worker sends them (see delivery.py). No HTTP here; callers commit."""

import uuid
from collections.abc import Mapping
from typing import Any

from sqlalchemy import func
from sqlmodel import Session, col, select

from intervisiewijzer.common import Page, Pagination, new_id, utcnow
from intervisiewijzer.config import Settings, get_settings
from intervisiewijzer.errors import InvalidInputError, NotFoundError
from intervisiewijzer.members.models import Member
from intervisiewijzer.webhooks.models import (
    PING_EVENT,
    DeliveryStatus,
    WebhookDelivery,
    WebhookEvent,
    WebhookSubscription,
)
from intervisiewijzer.webhooks.schemas import (
    DeliveryPublic,
    WebhookCreate,
    WebhookCreated,
    WebhookPublic,
    WebhookUpdate,
)
from intervisiewijzer.webhooks.signing import encrypt_secret, new_webhook_secret
from intervisiewijzer.webhooks.urls import Resolver, check_webhook_url


def create_subscription(
    session: Session,
    data: WebhookCreate,
    creator: Member,
    resolve: Resolver,
    settings: Settings | None = None,
) -> WebhookCreated:
    """Register a subscription. Its secret is in the answer once and never again."""
    secret = new_webhook_secret()
    subscription = WebhookSubscription(
        url=check_webhook_url(data.url, resolve),
        description=data.description,
        events=[str(event) for event in data.events],
        secret_encrypted=encrypt_secret(settings or get_settings(), secret),
        active=data.active,
        created_by_id=creator.id,
    )
    session.add(subscription)
    session.flush()
    return WebhookCreated(**WebhookPublic.model_validate(subscription).model_dump(), secret=secret)


def update_subscription(
    session: Session, subscription: WebhookSubscription, data: WebhookUpdate, resolve: Resolver
) -> WebhookSubscription:
    changes = data.model_dump(exclude_unset=True)
    for required in ("url", "events", "description", "active"):
        if required in changes and changes[required] is None:
            raise InvalidInputError(f"Het veld '{required}' mag niet leeg zijn.")
    if "url" in changes:
        subscription.url = check_webhook_url(changes["url"], resolve)
    if "events" in changes:
        subscription.events = [str(event) for event in changes["events"]]
    if "description" in changes:
        subscription.description = changes["description"]
    if "active" in changes:
        subscription.active = changes["active"]
    subscription.updated_at = utcnow()
    session.add(subscription)
    session.flush()
    return subscription


def require_subscription(session: Session, subscription_id: uuid.UUID) -> WebhookSubscription:
    subscription = session.get(WebhookSubscription, subscription_id)
    if subscription is None:
        raise NotFoundError("Dit webhook-abonnement bestaat niet (meer).")
    return subscription


def delete_subscription(session: Session, subscription: WebhookSubscription) -> None:
    """Removes the subscription with its delivery log."""
    session.delete(subscription)
    session.flush()


def list_subscriptions(session: Session, page: Pagination) -> Page[WebhookPublic]:
    total = session.exec(select(func.count()).select_from(WebhookSubscription)).one()
    rows = session.exec(
        select(WebhookSubscription)
        .order_by(col(WebhookSubscription.created_at).desc(), col(WebhookSubscription.id))
        .limit(page.limit)
        .offset(page.offset)
    ).all()
    return Page(
        items=[WebhookPublic.model_validate(row) for row in rows],
        total=total,
        limit=page.limit,
        offset=page.offset,
    )


def list_deliveries(
    session: Session, subscription: WebhookSubscription, page: Pagination
) -> Page[DeliveryPublic]:
    """The delivery log of a subscription, newest first."""
    mine = WebhookDelivery.subscription_id == subscription.id
    total = session.exec(select(func.count()).select_from(WebhookDelivery).where(mine)).one()
    rows = session.exec(
        select(WebhookDelivery)
        .where(mine)
        .order_by(col(WebhookDelivery.created_at).desc(), col(WebhookDelivery.id))
        .limit(page.limit)
        .offset(page.offset)
    ).all()
    return Page(
        items=[present_delivery(row) for row in rows],
        total=total,
        limit=page.limit,
        offset=page.offset,
    )


def present_delivery(delivery: WebhookDelivery) -> DeliveryPublic:
    public = DeliveryPublic.model_validate(delivery)
    if delivery.status != DeliveryStatus.pending:
        public.next_attempt_at = None
    return public


# --- Events ---------------------------------------------------------------------------------


def envelope(event_type: str, data: Mapping[str, Any]) -> dict[str, Any]:
    """The body receivers get. `id` is the event's id: the same for every subscription and
    every retry, so receivers can ignore a repeat."""
    return {
        "id": str(new_id()),
        "type": event_type,
        "created_at": utcnow().isoformat(),
        "data": dict(data),
    }


def emit(
    session: Session, event_type: WebhookEvent, data: Mapping[str, Any]
) -> list[WebhookDelivery]:
    """Queue an event for every active subscription that wants it. `data` must hold ids,
    slugs and public fields only: never emails, names of people or case text."""
    subscribers = [
        subscription
        for subscription in session.exec(
            select(WebhookSubscription).where(col(WebhookSubscription.active))
        )
        if event_type in subscription.events
    ]
    if not subscribers:
        return []
    body = envelope(event_type, data)
    deliveries = [
        WebhookDelivery(subscription_id=subscription.id, event=event_type, payload=body)
        for subscription in subscribers
    ]
    session.add_all(deliveries)
    session.flush()
    return deliveries


def queue_ping(session: Session, subscription: WebhookSubscription) -> WebhookDelivery:
    """A test delivery, so an admin can check the receiver and its signature check."""
    delivery = WebhookDelivery(
        subscription_id=subscription.id,
        event=PING_EVENT,
        payload=envelope(PING_EVENT, {"subscription_id": str(subscription.id)}),
    )
    session.add(delivery)
    session.flush()
    return delivery
