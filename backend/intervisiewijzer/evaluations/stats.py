"""Aggregates of evaluation answers with disclosure control. Pure functions, no database.

The rule (k = settings.research_min_cell_size, never below 5):

1. Small cells. A cell (one criterion for one set of respondents) with 1 to k-1 answers is
   suppressed: count, mean and distribution are null and `suppressed` is true. Empty cells
   (0 answers) are shown as 0: they describe nobody.
2. Bars. Each bar of a distribution is a cell too. A distribution is shown only when every bar
   holds 0 or at least k answers; otherwise all its bars are null (the count and mean stay).
   Hiding single bars is not enough: with the count and the mean a reader can often solve the
   hidden bars.
3. Differencing. The cells of a breakdown (by facilitator type, mode, frequency band, quarter)
   add up to the total, so a reader could subtract the shown cells from the total. Whenever
   the hidden cells of a breakdown together hold 1 to k-1 answers, the smallest shown cell is
   hidden as well, until they hold 0 or at least k. The same goes for bars: if the total's
   distribution minus the shown distributions leaves a bar of 1 to k-1, no distribution of
   that breakdown is shown.

What this does not protect against: comparing two releases of a changing data set (which is
why only closed evaluation windows count, and the public summary only complete quarters), and
respondents who pool their own answers to work out the rest of a small group's.
"""

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from intervisiewijzer.evaluations.questions import Question, scale_labels
from intervisiewijzer.evaluations.schemas import Bar, Cell


@dataclass(frozen=True)
class Tally:
    """How many respondents gave each answer (1..scale_max) to one question."""

    counts: Counter[int] = field(default_factory=Counter)

    @property
    def n(self) -> int:
        return sum(self.counts.values())

    @property
    def mean(self) -> float | None:
        if not self.n:
            return None
        return round(sum(value * count for value, count in self.counts.items()) / self.n, 2)

    def __add__(self, other: "Tally") -> "Tally":
        return Tally(self.counts + other.counts)


def tally(values: Iterable[int | None]) -> Tally:
    return Tally(Counter(value for value in values if value is not None))


@dataclass(frozen=True)
class Part:
    """One cell of a breakdown before disclosure control."""

    key: str
    label: str
    tally: Tally


def cell(question: Question, key: str, label: str, counts: Tally, k: int) -> Cell:
    """A single cell under rules 1 and 2."""
    if 0 < counts.n < k:
        return hidden(key, label)
    bars_safe = _bars_safe(counts, k)
    return Cell(
        key=key,
        label=label,
        count=counts.n,
        mean=counts.mean,
        distribution=_bars(question, counts) if bars_safe else None,
        suppressed=False,
        distribution_suppressed=not bars_safe,
    )


def breakdown(question: Question, total: Tally, parts: Sequence[Part], k: int) -> list[Cell]:
    """The cells of a breakdown under rules 1 to 3; `total` is the sum of the parts."""
    hidden_indexes = _hidden_parts(parts, k)
    cells = [
        hidden(part.key, part.label)
        if index in hidden_indexes
        else cell(question, part.key, part.label, part.tally, k)
        for index, part in enumerate(parts)
    ]
    if not _complement_bars_safe(total, parts, cells, k):
        cells = [_without_bars(item) for item in cells]
    return cells


def _hidden_parts(parts: Sequence[Part], k: int) -> set[int]:
    """Small parts, plus the smallest others until the hidden ones hold 0 or k+ answers."""
    chosen = {index for index, part in enumerate(parts) if 0 < part.tally.n < k}
    while 0 < sum(parts[index].tally.n for index in chosen) < k:
        candidates = [
            index for index, part in enumerate(parts) if index not in chosen and part.tally.n
        ]
        if not candidates:
            break
        chosen.add(min(candidates, key=lambda index: parts[index].tally.n))
    return chosen


def _complement_bars_safe(
    total: Tally, parts: Sequence[Part], cells: Sequence[Cell], k: int
) -> bool:
    """Total bars minus the shown bars must again be 0 or at least k each."""
    if 0 < total.n < k or not _bars_safe(total, k):
        return True  # the total's bars are not shown, so there is nothing to subtract from
    shown = sum(
        (part.tally for part, item in zip(parts, cells, strict=True) if item.distribution),
        Tally(),
    )
    rest = total.counts - shown.counts
    return all(count == 0 or count >= k for count in rest.values())


def _bars_safe(counts: Tally, k: int) -> bool:
    return all(count == 0 or count >= k for count in counts.counts.values())


def _bars(question: Question, counts: Tally) -> list[Bar]:
    labels = scale_labels(question)
    return [
        Bar(value=value, label=labels[value], count=counts.counts.get(value, 0))
        for value in question.scale
    ]


def hidden(key: str, label: str) -> Cell:
    return Cell(
        key=key,
        label=label,
        count=None,
        mean=None,
        distribution=None,
        suppressed=True,
        distribution_suppressed=True,
    )


def _without_bars(item: Cell) -> Cell:
    if item.distribution is None:
        return item
    return item.model_copy(update={"distribution": None, "distribution_suppressed": True})
