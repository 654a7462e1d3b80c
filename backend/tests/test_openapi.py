from intervisiewijzer.cli import OPENAPI_PATH, openapi_document


def test_committed_openapi_matches_the_app() -> None:
    committed = OPENAPI_PATH.read_text(encoding="utf-8")
    assert committed == openapi_document(), (
        "openapi/openapi.json is out of date: run `make openapi` and commit the result"
    )


def test_operation_ids_are_tag_name() -> None:
    import json

    spec = json.loads(openapi_document())
    ids = [op["operationId"] for path in spec["paths"].values() for op in path.values()]
    assert len(ids) == len(set(ids))
    assert "auth-login" in ids and "me-read_me" in ids
