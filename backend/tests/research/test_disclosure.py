"""The disclosure rule on its own: small cells, bars, and differencing against the total."""

from collections import Counter

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from intervisiewijzer.config import Settings
from intervisiewijzer.evaluations.questions import SESSION_QUESTIONS
from intervisiewijzer.evaluations.stats import Part, Tally, breakdown, cell

K = 5
SAFETY = SESSION_QUESTIONS[0]
DEPTH = next(q for q in SESSION_QUESTIONS if q.key == "depth_level")


def counts(**bars: int) -> Tally:
    return Tally(Counter({int(key.removeprefix("v")): n for key, n in bars.items()}))


def test_four_answers_are_hidden_five_are_shown() -> None:
    four, five = cell(SAFETY, "a", "A", counts(v4=4), K), cell(SAFETY, "a", "A", counts(v4=5), K)
    assert (four.suppressed, four.count, four.mean, four.distribution) == (True, None, None, None)
    assert (five.suppressed, five.count, five.mean) == (False, 5, 4.0)
    assert [bar.count for bar in five.distribution or []] == [0, 0, 0, 5, 0]


def test_a_distribution_with_a_small_bar_is_hidden_whole() -> None:
    mixed = cell(SAFETY, "a", "A", counts(v3=2, v4=5), K)
    assert (mixed.count, mixed.mean) == (7, 3.71)
    assert mixed.distribution is None and mixed.distribution_suppressed
    depth = cell(DEPTH, "a", "A", counts(v1=5, v3=5), K)
    assert [bar.label for bar in depth.distribution or []] == [
        "De casus zelf",
        "Het handelen van de casusinbrenger",
        "Waarden en overtuigingen",
    ]


def test_an_empty_cell_is_shown_as_zero() -> None:
    empty = cell(SAFETY, "a", "A", Tally(), K)
    assert (empty.count, empty.mean, empty.suppressed) == (0, None, False)


def test_one_small_cell_takes_the_smallest_other_with_it() -> None:
    parts = [
        Part("trained", "T", counts(v4=9)),
        Part("peer", "P", counts(v4=6)),
        Part("none", "N", counts(v4=3)),
    ]
    total = counts(v4=18)
    cells = breakdown(SAFETY, total, parts, K)
    # Without the second suppression, 18 - 9 - 6 would give away the 3.
    assert [c.suppressed for c in cells] == [False, True, True]


def test_small_cells_that_together_reach_k_need_no_more_hiding() -> None:
    parts = [
        Part("trained", "T", counts(v4=9)),
        Part("peer", "P", counts(v4=3)),
        Part("none", "N", counts(v5=2)),
    ]
    cells = breakdown(SAFETY, counts(v4=12, v5=2), parts, K)
    assert [c.suppressed for c in cells] == [False, True, True]
    assert cells[0].count == 9


def test_bars_left_over_after_subtracting_are_hidden_too() -> None:
    # Total bars 10 and 6 are safe, and so are trained's own bars; the rest (peer) would be
    # 1 x "3" and 5 x "4": its bars would follow from subtraction, so no bars are shown.
    parts = [
        Part("trained", "T", counts(v3=5, v4=5)),
        Part("peer", "P", counts(v3=1, v4=5)),
        Part("none", "N", Tally()),
    ]
    total = counts(v3=6, v4=10)
    cells = breakdown(SAFETY, total, parts, K)
    assert [c.suppressed for c in cells] == [False, False, False]
    assert cells[1].distribution is None
    assert cells[0].distribution is None  # hidden with it: 'total minus trained' = peer


def test_the_minimum_cell_size_never_goes_below_five() -> None:
    with pytest.raises(ValidationError):
        Settings(research_min_cell_size=4)
    assert Settings(research_min_cell_size=10).research_min_cell_size == 10


bars = st.dictionaries(st.integers(1, 5), st.integers(0, 12), max_size=5)


@given(st.lists(bars, min_size=1, max_size=6), st.integers(5, 8))
def test_no_cell_below_k_can_be_read_or_worked_out(parts_bars: list, k: int) -> None:  # type: ignore[type-arg]
    parts = [Part(str(i), str(i), Tally(Counter(b))) for i, b in enumerate(parts_bars)]
    total = sum((p.tally for p in parts), Tally())
    total_cell = cell(SAFETY, "all", "all", total, k)
    cells = breakdown(SAFETY, total, parts, k)

    for item in [total_cell, *cells]:
        # Rule 1: every shown count is 0 or at least k.
        assert item.count is None or item.count == 0 or item.count >= k
        # Rule 2: every shown bar is 0 or at least k.
        for bar in item.distribution or []:
            assert bar.count == 0 or bar.count >= k
    # Rule 3: what the total minus the shown cells leaves is 0 or at least k ...
    if total_cell.count is not None:
        rest = total_cell.count - sum(c.count or 0 for c in cells if not c.suppressed)
        assert rest == 0 or rest >= k
    # ... and so is every bar of that rest, when the total's bars are shown.
    if total_cell.distribution is not None:
        shown = Counter()  # type: ignore[var-annotated]
        for part, item in zip(parts, cells, strict=True):
            if item.distribution is not None:
                shown += part.tally.counts
        for value in range(1, 6):
            left = total.counts.get(value, 0) - shown.get(value, 0)
            assert left == 0 or left >= k
