"""'Which method fits?': rank methods by the case bringer's answers. Pure functions.

Each method states per situation how well it fits (weight 1-3, with a Dutch reason). A method
scores the sum of the weights of the situations given, minus a penalty per level of group
experience it needs beyond the group's, and a penalty when it takes longer than the time
available. Methods that fit none of the situations are not suggested.
"""

from dataclasses import dataclass

from intervisiewijzer.methods.library import GroupExperience, Library, MethodContent, Situation

EXPERIENCE_PENALTY = 2  # per level the group has less experience than the method asks
OVER_TIME_PENALTY = 3

_EXPERIENCE_CAUTIONS = {
    GroupExperience.some: (
        "Deze methode vraagt wat onderling vertrouwen; voor een groep die net begint kan ze "
        "spannend zijn. Spreek vooraf af hoe je het veilig houdt."
    ),
    GroupExperience.experienced: (
        "Deze methode werkt het best in een groep die al langer samenwerkt en vertrouwd is "
        "met intervisie."
    ),
}


@dataclass(frozen=True)
class Suggestion:
    method: MethodContent
    score: int
    reason: str
    cautions: list[str]


def suggest_methods(
    library: Library,
    situations: list[Situation],
    experience: GroupExperience,
    minutes_available: int | None,
) -> list[Suggestion]:
    """Best fit first; ties keep the library's order."""
    wanted = list(dict.fromkeys(situations))
    scored = [
        (suggestion, position)
        for position, method in enumerate(library.methods)
        if (suggestion := _score(method, wanted, experience, minutes_available)) is not None
    ]
    scored.sort(key=lambda pair: (-pair[0].score, pair[1]))
    return [suggestion for suggestion, _ in scored]


def _score(
    method: MethodContent,
    situations: list[Situation],
    experience: GroupExperience,
    minutes_available: int | None,
) -> Suggestion | None:
    fits = [fit for s in situations if (fit := method.weight_for(s)) is not None]
    if not fits:
        return None
    fits.sort(key=lambda fit: -fit.weight)
    score = sum(fit.weight for fit in fits)
    cautions: list[str] = []
    shortfall = method.group_experience.rank - experience.rank
    if shortfall > 0:
        score -= EXPERIENCE_PENALTY * shortfall
        cautions.append(_EXPERIENCE_CAUTIONS[method.group_experience])
    if minutes_available is not None and method.total_minutes > minutes_available:
        score -= OVER_TIME_PENALTY
        cautions.append(
            f"Deze methode duurt ongeveer {method.total_minutes} minuten; je hebt er "
            f"{minutes_available}. Kort fasen in of plan meer tijd."
        )
    return Suggestion(
        method=method, score=score, reason=" ".join(fit.reason for fit in fits), cautions=cautions
    )
