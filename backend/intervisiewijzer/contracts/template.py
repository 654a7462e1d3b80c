"""A starting text for a new group contract, in the group's own hands to change."""

from intervisiewijzer.contracts.schemas import ContractSections

DEFAULT_TEMPLATE = ContractSections(
    attendance=(
        "We komen ongeveer zes keer per jaar bij elkaar en zijn er in principe allemaal bij: "
        "een volledige groep werkt het best. Lukt het een keer niet, dan meld je je zo vroeg "
        "mogelijk af in de app. We beginnen en eindigen op tijd. Mis je meerdere keren achter "
        "elkaar, dan bespreken we samen of meedoen nog past."
    ),
    confidentiality=(
        "Wat in de groep gedeeld wordt, blijft in de groep. Casussen brengen we anoniem in: "
        "geen namen van kinderen, ouders of andere betrokkenen en geen details waaraan iemand "
        "te herkennen is. Aantekeningen bewaren we zorgvuldig en ruimen we na afloop op. "
        "Willen we iets buiten de groep bespreken, dan vragen we eerst de inbrenger om "
        "toestemming."
    ),
    feedback=(
        "We stellen open vragen en geven geen ongevraagd advies. We spreken vanuit onszelf "
        "('ik merk', 'ik vraag me af') en zijn eerlijk en respectvol tegelijk. Iedereen krijgt "
        "ruimte; de facilitator let op de tijd en de beurten. Aan het eind van elke bijeenkomst "
        "kijken we kort terug op hoe het ging."
    ),
    which_cases=(
        "We brengen situaties in uit ons werk als gezinshuisouder waarin we zelf een rol "
        "spelen en waar we nog mee bezig zijn, ook als ze ons persoonlijk raken. De "
        "casusinbrenger stuurt de casus en de hulpvraag een week van tevoren rond. Acute "
        "crisissen en zaken die om een melding of juridisch advies vragen, horen niet hier "
        "maar bij de eigen organisatie of de daarvoor bedoelde hulplijnen."
    ),
)
