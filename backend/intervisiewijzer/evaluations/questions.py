"""The questions of the evaluations: one definition for the form, the summaries and research.

The session items follow the helping factors of the research report (safety, structure,
preparation, a facilitator, everyone heard) and the three depth levels of Bellersen and
Kohlmann; the yearly items follow the group and process evaluation of the handbook."""

from dataclasses import dataclass
from enum import StrEnum


class EvaluationKind(StrEnum):
    session = "session"
    yearly = "yearly"


@dataclass(frozen=True)
class Question:
    key: str
    label: str  # short, for charts and tables
    text: str  # the question as the respondent reads it
    scale_max: int = 5
    optional: bool = False
    help: str | None = None

    @property
    def scale(self) -> range:
        return range(1, self.scale_max + 1)


AGREEMENT_SCALE = {
    1: "Helemaal oneens",
    2: "Oneens",
    3: "Neutraal",
    4: "Eens",
    5: "Helemaal eens",
}
DEPTH_SCALE = {
    1: "De casus zelf",
    2: "Het handelen van de casusinbrenger",
    3: "Waarden en overtuigingen",
}

SESSION_QUESTIONS: tuple[Question, ...] = (
    Question("safety", "Veiligheid", "Ik voelde me veilig genoeg om open te zijn."),
    Question("structure", "Structuur", "De bijeenkomst had een duidelijke opbouw."),
    Question(
        "preparation",
        "Voorbereiding",
        "De casus en de hulpvraag waren vooraf goed voorbereid.",
    ),
    Question(
        "facilitator",
        "Begeleiding",
        "De facilitator bewaakte het proces en de tijd goed.",
        optional=True,
        help="Sla deze vraag over als er geen facilitator was.",
    ),
    Question("everyone_heard", "Iedereen aan bod", "Iedereen kreeg de ruimte om bij te dragen."),
    Question(
        "depth_level",
        "Diepgang",
        "Tot welk niveau kwam het gesprek?",
        scale_max=3,
        help="1: wat er in de casus gebeurde; 2: hoe de casusinbrenger handelde; "
        "3: welke waarden en overtuigingen daaronder liggen.",
    ),
    Question("learned", "Geleerd", "Ik heb iets geleerd dat ik in mijn werk kan gebruiken."),
    Question(
        "will_do_differently",
        "Anders doen",
        "Ik weet wat ik na deze bijeenkomst anders ga doen.",
    ),
)

YEARLY_QUESTIONS: tuple[Question, ...] = (
    Question("functioning", "Samenwerking", "Als groep hebben we dit jaar goed samengewerkt."),
    Question(
        "balance",
        "Balans",
        "Spreken en luisteren waren in balans: iedereen kreeg ruimte.",
    ),
    Question("methods", "Methodes", "De methodes die we gebruikten pasten bij onze vragen."),
    Question(
        "agreements_kept",
        "Afspraken nagekomen",
        "We zijn de afspraken uit ons groepscontract nagekomen.",
    ),
    Question("frequency", "Frequentie", "Hoe vaak we bij elkaar kwamen, paste bij ons."),
    Question(
        "organisation",
        "Organisatie",
        "De praktische kant (plek, tijd, rollen, voorbereiding) was goed geregeld.",
    ),
)

QUESTIONS = {EvaluationKind.session: SESSION_QUESTIONS, EvaluationKind.yearly: YEARLY_QUESTIONS}


def scale_labels(question: Question) -> dict[int, str]:
    return DEPTH_SCALE if question.key == "depth_level" else AGREEMENT_SCALE
