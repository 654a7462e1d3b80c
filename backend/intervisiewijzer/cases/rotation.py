"""Key rotation: re-encrypt every stored case text with the current key. Set the new key as
IW_CASE_ENCRYPTION_KEY and the old one in IW_CASE_ENCRYPTION_OLD_KEYS, run
`intervisiewijzer rotate-case-key`, then drop the old key. No HTTP here; callers commit."""

from sqlmodel import Session, col, select

from intervisiewijzer.cases.crypto import case_cipher
from intervisiewijzer.cases.models import Case, CaseFollowUp
from intervisiewijzer.runner.models import SessionRun


def reencrypt_all(session: Session) -> int:
    """Returns how many texts were re-encrypted."""
    cipher = case_cipher()
    count = 0
    for case in session.exec(select(Case)):
        case.content_encrypted = cipher.rotate(case.content_encrypted)
        session.add(case)
        count += 1
    for item in session.exec(select(CaseFollowUp)):
        item.text_encrypted = cipher.rotate(item.text_encrypted)
        session.add(item)
        count += 1
    for run in session.exec(select(SessionRun).where(col(SessionRun.notes_encrypted).is_not(None))):
        assert run.notes_encrypted is not None
        run.notes_encrypted = cipher.rotate(run.notes_encrypted)
        session.add(run)
        count += 1
    session.flush()
    return count
