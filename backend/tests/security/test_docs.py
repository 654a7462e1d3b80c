"""docs/authorization.md is the documented outcome: it must match the expectation data."""

from tests.security.render_matrix import COMMAND, DOC_PATH, render


def test_authorization_doc_is_current() -> None:
    current = DOC_PATH.read_text(encoding="utf-8") if DOC_PATH.exists() else ""
    assert current == render(), f"{DOC_PATH} is stale; regenerate it with: {COMMAND}"
