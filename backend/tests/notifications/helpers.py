from sqlmodel import Session, col, select

from intervisiewijzer.mail.models import OutboxEmail
from intervisiewijzer.members.models import Member
from intervisiewijzer.notifications.models import Notification


def notifications_of(session: Session, member: Member) -> list[Notification]:
    return list(
        session.exec(
            select(Notification)
            .where(Notification.member_id == member.id)
            .order_by(col(Notification.created_at))
        ).all()
    )


def emails_to(session: Session, member: Member) -> list[OutboxEmail]:
    return list(
        session.exec(
            select(OutboxEmail)
            .where(OutboxEmail.to_address == member.email)
            .order_by(col(OutboxEmail.created_at))
        ).all()
    )
