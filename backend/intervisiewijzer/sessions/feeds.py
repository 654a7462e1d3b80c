"""Personal calendar feeds: a secret URL per member that calendar apps subscribe to.
Only a hash of the token is stored; rotating makes the old URL stop working at once.
No HTTP here; callers commit."""

import hashlib
from datetime import timedelta

from sqlmodel import Session, col, select

from intervisiewijzer.common import utcnow
from intervisiewijzer.groups.models import Membership
from intervisiewijzer.members.models import Member
from intervisiewijzer.security import new_secret_token
from intervisiewijzer.sessions.models import CalendarFeed, GroupSession

FEED_HISTORY = timedelta(days=365)
FEED_MAX_SESSIONS = 500


def hash_feed_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def feed_of(session: Session, member: Member) -> CalendarFeed | None:
    return session.exec(select(CalendarFeed).where(CalendarFeed.member_id == member.id)).first()


def create_or_rotate_feed(session: Session, member: Member) -> tuple[CalendarFeed, str]:
    """Return the feed and its token; the token cannot be read back later."""
    token = new_secret_token()
    feed = feed_of(session, member) or CalendarFeed(member_id=member.id, token_hash="")
    feed.token_hash = hash_feed_token(token)
    feed.created_at = utcnow()
    session.add(feed)
    session.flush()
    return feed, token


def revoke_feed(session: Session, member: Member) -> None:
    feed = feed_of(session, member)
    if feed is not None:
        session.delete(feed)
        session.flush()


def member_for_token(session: Session, token: str) -> Member | None:
    member = session.exec(
        select(Member)
        .join(CalendarFeed, col(CalendarFeed.member_id) == Member.id)
        .where(CalendarFeed.token_hash == hash_feed_token(token))
    ).first()
    return member if member is not None and member.is_active else None


def feed_sessions(session: Session, member: Member) -> list[GroupSession]:
    """Sessions of the member's current groups, from a year back on."""
    group_ids = select(Membership.group_id).where(Membership.member_id == member.id)
    return list(
        session.exec(
            select(GroupSession)
            .where(
                col(GroupSession.group_id).in_(group_ids),
                GroupSession.starts_at >= utcnow() - FEED_HISTORY,
            )
            .order_by(col(GroupSession.starts_at))
            .limit(FEED_MAX_SESSIONS)
        ).all()
    )
