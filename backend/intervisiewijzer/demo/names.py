"""Word lists for the demo data: people, places, organisations and text fragments.

Everything here is invented for the demo. Organisation names are fictional; place names are
real Dutch places (as spelled in `data/nl_pc4_geonames.csv`), used at place level only.
Descriptions are composed from the fragments below and never mention an address.
"""

from intervisiewijzer.members.models import EmploymentForm
from intervisiewijzer.organisations.models import OrganisationKind

# fmt: off
FEMALE_FIRST_NAMES = (
    "Anke", "Annemiek", "Astrid", "Bianca", "Bregje", "Carla", "Chantal", "Daniëlle", "Dineke",
    "Els", "Esther", "Eva", "Femke", "Gerda", "Hanneke", "Ilse", "Inge", "Ingrid", "Janneke",
    "Jolanda", "Judith", "Karin", "Kim", "Linda", "Lotte", "Manon", "Marieke", "Marjolein",
    "Marloes", "Mirjam", "Monique", "Nicole", "Patricia", "Petra", "Renske", "Rianne", "Sandra",
    "Sanne", "Saskia", "Simone", "Sylvia", "Tamara", "Tineke", "Wendy", "Willeke", "Yvonne",
    "Anouk", "Fleur", "Iris", "Joyce", "Lieke", "Maaike", "Nienke", "Roos", "Sietske", "Ytje",
    "Baukje", "Geertje", "Hennie", "Trijntje", "Fatima", "Samira", "Yasmina", "Naima", "Priya",
    "Dewi", "Ayşe", "Elif", "Germaine", "Shirley", "Noor", "Merel", "Hilde", "Corine", "Margriet",
)

MALE_FIRST_NAMES = (
    "Arjan", "Bart", "Bas", "Bram", "Dennis", "Edwin", "Erik", "Frank", "Gerrit", "Hans",
    "Harm", "Jan", "Jeroen", "Johan", "Joost", "Jurgen", "Kees", "Koen", "Marcel", "Mark",
    "Martijn", "Michiel", "Niels", "Patrick", "Pieter", "Ralph", "Remco", "Rob", "Ruud", "Sander",
    "Sjoerd", "Stefan", "Thijs", "Tom", "Wouter", "Wim", "Jelle", "Douwe", "Hidde", "Gert-Jan",
    "Jan-Willem", "Teun", "Sven", "Mohamed", "Youssef", "Hakan", "Rachid", "Kevin", "Ruben",
    "Daan", "Luuk", "Freek", "Maarten", "Wietse", "Roel",
)

# (tussenvoegsel, surname); an empty tussenvoegsel means none.
SURNAMES: tuple[tuple[str, str], ...] = (
    ("", "Jansen"), ("de", "Jong"), ("de", "Vries"), ("van den", "Berg"), ("van", "Dijk"),
    ("", "Bakker"), ("", "Janssen"), ("", "Visser"), ("", "Smit"), ("", "Meijer"),
    ("de", "Boer"), ("", "Mulder"), ("de", "Groot"), ("", "Bos"), ("", "Vos"), ("", "Peters"),
    ("", "Hendriks"), ("van", "Leeuwen"), ("", "Dekker"), ("", "Brouwer"), ("de", "Wit"),
    ("", "Dijkstra"), ("", "Smits"), ("de", "Graaf"), ("van der", "Meer"), ("van der", "Linden"),
    ("", "Kok"), ("", "Jacobs"), ("de", "Haan"), ("", "Vermeulen"), ("van den", "Heuvel"),
    ("van der", "Veen"), ("van den", "Broek"), ("de", "Bruijn"), ("de", "Bruin"),
    ("van der", "Heijden"), ("", "Schouten"), ("van", "Beek"), ("", "Willems"), ("van", "Vliet"),
    ("van de", "Ven"), ("", "Hoekstra"), ("", "Maas"), ("", "Verhoeven"), ("", "Koster"),
    ("van", "Dam"), ("van der", "Wal"), ("", "Prins"), ("", "Blom"), ("", "Huisman"),
    ("", "Peeters"), ("de", "Jonge"), ("", "Kuipers"), ("van", "Veen"), ("", "Post"),
    ("", "Kuiper"), ("", "Veenstra"), ("", "Kramer"), ("van den", "Brink"), ("", "Scholten"),
    ("van", "Wijk"), ("", "Postma"), ("", "Martens"), ("", "Vink"), ("de", "Ruiter"),
    ("", "Timmermans"), ("", "Groen"), ("", "Gerritsen"), ("", "Jonker"), ("van", "Loon"),
    ("", "Boersma"), ("van der", "Velde"), ("", "Willemsen"), ("", "Wouters"), ("", "Mertens"),
    ("", "Evers"), ("ter", "Horst"), ("van", "Rijn"), ("", "Wijnands"), ("", "Hermans"),
    ("", "Bosman"), ("van", "Essen"), ("", "Hofman"), ("", "Zijlstra"), ("", "Wiersma"),
    ("", "Haverkamp"), ("", "Nijhuis"), ("", "Oosterhuis"), ("ten", "Brinke"), ("", "Lammers"),
    ("van", "Wageningen"), ("", "Kroes"), ("", "Roelofs"), ("", "Verbeek"), ("op de", "Beek"),
    ("", "Claassen"), ("", "Hoogendoorn"), ("", "Schipper"), ("", "Steenbergen"),
    ("in 't", "Veld"), ("van 't", "Hof"), ("", "El Amrani"), ("", "Bouzid"), ("", "Yilmaz"),
    ("", "Kaya"), ("", "Ramdin"), ("", "Sitaram"), ("", "Tahiri"), ("", "Pattipeilohy"),
    ("", "Wolters"), ("", "Reinders"), ("", "Keizer"), ("van", "Houten"), ("", "Langeveld"),
    ("", "Heemskerk"),
)

# Per province: (place, region, weight). Place names as in the GeoNames table; the region is
# what people call the area around it; the weight is roughly the town's size. The first
# entry is the largest town, which may get a second group.
PLACES: dict[str, tuple[tuple[str, str, int], ...]] = {
    "groningen": (
        ("Groningen", "Stad Groningen", 10), ("Stadskanaal", "Oost-Groningen", 3),
        ("Veendam", "Oost-Groningen", 3), ("Winschoten", "Oost-Groningen", 3),
        ("Delfzijl", "Eemsdelta", 2), ("Hoogezand", "Midden-Groningen", 3),
        ("Leek", "Het Westerkwartier", 2), ("Zuidhorn", "Het Westerkwartier", 2),
        ("Uithuizen", "Noord-Groningen", 1), ("Ter Apel", "Westerwolde", 1),
    ),
    "friesland": (
        ("Leeuwarden", "Leeuwarden", 10), ("Sneek", "Zuidwest-Friesland", 4),
        ("Heerenveen", "Zuidoost-Friesland", 4), ("Drachten", "Zuidoost-Friesland", 5),
        ("Harlingen", "Noordwest-Friesland", 2), ("Franeker", "Noordwest-Friesland", 2),
        ("Dokkum", "Noordoost-Friesland", 2), ("Joure", "De Friese Meren", 2),
        ("Wolvega", "De Stellingwerven", 1), ("Burgum", "Noordoost-Friesland", 1),
    ),
    "drenthe": (
        ("Assen", "Noord-Drenthe", 8), ("Emmen", "Zuidoost-Drenthe", 8),
        ("Hoogeveen", "Zuidwest-Drenthe", 5), ("Meppel", "Zuidwest-Drenthe", 4),
        ("Coevorden", "Zuidoost-Drenthe", 2), ("Beilen", "Midden-Drenthe", 2),
        ("Roden", "Noordenveld", 2), ("Westerbork", "Midden-Drenthe", 1),
        ("Borger", "Zuidoost-Drenthe", 1), ("Zuidlaren", "Noord-Drenthe", 1),
    ),
    "overijssel": (
        ("Zwolle", "Regio Zwolle", 10), ("Enschede", "Twente", 9), ("Deventer", "Salland", 7),
        ("Hengelo", "Twente", 6), ("Almelo", "Twente", 6), ("Kampen", "Regio Zwolle", 3),
        ("Raalte", "Salland", 2), ("Rijssen", "Twente", 2), ("Hardenberg", "Het Vechtdal", 3),
        ("Oldenzaal", "Twente", 2), ("Ommen", "Het Vechtdal", 1),
        ("Steenwijk", "De Kop van Overijssel", 2), ("Goor", "Twente", 1),
    ),
    "flevoland": (
        ("Almere", "Almere", 10), ("Lelystad", "Lelystad", 6), ("Dronten", "Oost-Flevoland", 3),
        ("Emmeloord", "De Noordoostpolder", 3), ("Zeewolde", "Zuidelijk Flevoland", 2),
        ("Urk", "De Noordoostpolder", 2), ("Biddinghuizen", "Oost-Flevoland", 1),
    ),
    "gelderland": (
        ("Arnhem", "Regio Arnhem", 9), ("Nijmegen", "Regio Nijmegen", 9),
        ("Apeldoorn", "De Stedendriehoek", 9), ("Ede", "De Vallei", 6),
        ("Doetinchem", "De Achterhoek", 5), ("Winterswijk", "De Achterhoek", 2),
        ("Zutphen", "De Stedendriehoek", 3), ("Harderwijk", "De Noord-Veluwe", 3),
        ("Tiel", "Rivierenland", 3), ("Culemborg", "Rivierenland", 2),
        ("Barneveld", "De Vallei", 3), ("Nijkerk", "De Vallei", 2),
        ("Elburg", "De Noord-Veluwe", 1), ("Wageningen", "De Vallei", 2),
        ("Groenlo", "De Achterhoek", 1), ("Zevenaar", "De Liemers", 2),
        ("Lochem", "De Achterhoek", 1),
    ),
    "utrecht": (
        ("Utrecht", "Stad Utrecht", 10), ("Amersfoort", "Eemland", 8), ("Zeist", "De Heuvelrug", 4),
        ("Veenendaal", "De Vallei", 4), ("Houten", "Lekstroom", 3),
        ("Nieuwegein", "Lekstroom", 4), ("Woerden", "Het Groene Hart", 3), ("Soest", "Eemland", 3),
        ("Rhenen", "De Heuvelrug", 1), ("Baarn", "Eemland", 2),
        ("Wijk bij Duurstede", "De Kromme Rijnstreek", 1), ("Mijdrecht", "De Ronde Venen", 2),
        ("Leusden", "Eemland", 2), ("Driebergen-Rijsenburg", "De Heuvelrug", 1),
        ("IJsselstein", "Lekstroom", 2),
    ),
    "noord-holland": (
        ("Amsterdam", "Amsterdam", 10), ("Haarlem", "Kennemerland", 7),
        ("Alkmaar", "Regio Alkmaar", 6), ("Hoorn", "West-Friesland", 5),
        ("Den Helder", "De Kop van Noord-Holland", 3), ("Hilversum", "Het Gooi", 5),
        ("Purmerend", "Waterland", 4), ("Zaandam", "De Zaanstreek", 5),
        ("Enkhuizen", "West-Friesland", 1), ("Schagen", "De Kop van Noord-Holland", 2),
        ("Heerhugowaard", "Regio Alkmaar", 3), ("Bussum", "Het Gooi", 2),
        ("Heemskerk", "De IJmond", 2), ("Castricum", "Regio Alkmaar", 1),
    ),
    "zuid-holland": (
        ("Rotterdam", "Rijnmond", 10), ("'s-Gravenhage", "Haaglanden", 10),
        ("Leiden", "Leiden", 7), ("Dordrecht", "De Drechtsteden", 6),
        ("Gouda", "Midden-Holland", 4), ("Delft", "Haaglanden", 5),
        ("Gorinchem", "De Alblasserwaard", 3), ("Alphen aan den Rijn", "Rijnstreek", 4),
        ("Zoetermeer", "Haaglanden", 5), ("Spijkenisse", "Voorne-Putten", 3),
        ("Sliedrecht", "De Drechtsteden", 2), ("Hellevoetsluis", "Voorne-Putten", 2),
        ("Katwijk", "De Duin- en Bollenstreek", 3), ("Schoonhoven", "De Krimpenerwaard", 1),
        ("Oud-Beijerland", "De Hoeksche Waard", 2),
    ),
    "zeeland": (
        ("Middelburg", "Walcheren", 6), ("Vlissingen", "Walcheren", 5),
        ("Goes", "De Bevelanden", 6), ("Terneuzen", "Zeeuws-Vlaanderen", 5),
        ("Zierikzee", "Schouwen-Duiveland", 3), ("Hulst", "Oost Zeeuws-Vlaanderen", 2),
        ("Kapelle", "De Bevelanden", 1), ("Yerseke", "De Bevelanden", 1),
        ("Oostburg", "West Zeeuws-Vlaanderen", 1), ("Tholen", "Tholen", 2),
    ),
    "noord-brabant": (
        ("'s-Hertogenbosch", "De Meierij", 8), ("Eindhoven", "Regio Eindhoven", 10),
        ("Tilburg", "Midden-Brabant", 9), ("Breda", "West-Brabant", 8),
        ("Helmond", "De Peel", 6), ("Oss", "Maasland", 5), ("Roosendaal", "West-Brabant", 4),
        ("Bergen op Zoom", "West-Brabant", 4), ("Uden", "Maasland", 3), ("Veghel", "De Meierij", 3),
        ("Waalwijk", "De Langstraat", 3), ("Oosterhout", "West-Brabant", 3),
        ("Boxtel", "De Meierij", 2), ("Veldhoven", "De Kempen", 3), ("Deurne", "De Peel", 2),
        ("Etten-Leur", "West-Brabant", 2),
    ),
    "limburg": (
        ("Maastricht", "Zuid-Limburg", 9), ("Venlo", "Noord-Limburg", 8),
        ("Roermond", "Midden-Limburg", 6), ("Heerlen", "Parkstad", 7),
        ("Sittard", "De Westelijke Mijnstreek", 5), ("Weert", "Midden-Limburg", 4),
        ("Venray", "Noord-Limburg", 3), ("Geleen", "De Westelijke Mijnstreek", 3),
        ("Kerkrade", "Parkstad", 3), ("Gennep", "Noord-Limburg", 1),
        ("Panningen", "Noord-Limburg", 1), ("Valkenburg", "Het Heuvelland", 1),
    ),
}

# How people say a place when it is not the official name.
PLACE_DISPLAY_NAMES = {"'s-Gravenhage": "Den Haag", "'s-Hertogenbosch": "Den Bosch"}

# Places with many orthodox-protestant families (the Bible Belt), and large cities.
BIBLE_BELT = frozenset({
    "Barneveld", "Ede", "Veenendaal", "Rhenen", "Nijkerk", "Elburg", "Urk", "Rijssen", "Goes",
    "Kapelle", "Yerseke", "Tholen", "Sliedrecht", "Gorinchem", "Schoonhoven", "Hardenberg",
})
BIG_CITIES = frozenset({
    "Amsterdam", "Rotterdam", "'s-Gravenhage", "Utrecht", "Eindhoven", "Tilburg", "Almere",
    "Arnhem", "Nijmegen", "Zaandam",
})

# Relative population per province, for members of online groups and people without a group.
PROVINCE_WEIGHTS = {
    "groningen": 3, "friesland": 4, "drenthe": 3, "overijssel": 7, "flevoland": 3,
    "gelderland": 12, "utrecht": 8, "noord-holland": 16, "zuid-holland": 21, "zeeland": 2,
    "noord-brabant": 15, "limburg": 6,
}

# Share of each employment form among gezinshuisouders (loondienst and franchise lead).
EMPLOYMENT_WEIGHTS = {
    EmploymentForm.loondienst: 34,
    EmploymentForm.franchise_met_zorgaanbieder: 26,
    EmploymentForm.franchise_zonder_zorgaanbieder: 8,
    EmploymentForm.onderaannemer: 10,
    EmploymentForm.onder_zorgaanbieder: 12,
    EmploymentForm.vrijgevestigd: 10,
}

ORGANISATION_FORMS = {
    OrganisationKind.zorgaanbieder: (
        EmploymentForm.loondienst,
        EmploymentForm.onder_zorgaanbieder,
        EmploymentForm.onderaannemer,
    ),
    OrganisationKind.franchiseorganisatie: (
        EmploymentForm.franchise_met_zorgaanbieder,
        EmploymentForm.franchise_zonder_zorgaanbieder,
    ),
}

# Fictional care providers and franchise organisations:
# (name, short name for group names, kind, website, provinces where it works).
ORGANISATIONS: tuple[tuple[str, str, OrganisationKind, str, tuple[str, ...]], ...] = (
    ("Stichting Thuisbasis Jeugd", "Thuisbasis", OrganisationKind.zorgaanbieder,
     "https://thuisbasisjeugd.example", ("utrecht", "gelderland", "flevoland")),
    ("Huiselijk Verband Gezinshuizen", "Huiselijk Verband", OrganisationKind.franchiseorganisatie,
     "https://huiselijkverband.example",
     ("noord-holland", "zuid-holland", "utrecht", "gelderland", "noord-brabant", "overijssel")),
    ("Stichting Kompasroos Jeugdzorg", "Kompasroos", OrganisationKind.zorgaanbieder,
     "https://kompasroos-jeugdzorg.example", ("noord-holland", "zuid-holland")),
    ("Vlechtwerk Gezinshuisformule", "Vlechtwerk", OrganisationKind.franchiseorganisatie,
     "https://vlechtwerk-gezinshuizen.example", ("noord-brabant", "limburg", "zeeland")),
    ("Zorggroep Eikenhof Jeugd", "Eikenhof", OrganisationKind.zorgaanbieder,
     "https://eikenhofjeugd.example", ("overijssel", "drenthe", "gelderland")),
    ("Stichting Wierde Jeugdhulp", "Wierde", OrganisationKind.zorgaanbieder,
     "https://wierdejeugdhulp.example", ("groningen", "friesland", "drenthe")),
    ("Gezinshuisnetwerk Rivierduin", "Rivierduin", OrganisationKind.franchiseorganisatie,
     "https://rivierduin.example", ("zuid-holland", "utrecht", "gelderland", "zeeland")),
    ("Stichting Maasoever Gezinshuiszorg", "Maasoever", OrganisationKind.zorgaanbieder,
     "https://maasoever.example", ("limburg", "noord-brabant")),
)

# --- Group names -----------------------------------------------------------------------------
# {place} is the place as people say it, {region} the area around it, {day} e.g. "Dinsdagavond".

PLACE_NAME_TEMPLATES = (
    "Gezinshuisouders {place} e.o.",
    "Intervisiegroep {place}",
    "Intervisiegroep gezinshuizen {place}",
    "Gezinshuiskring {place}",
    "Intervisie {place} en omstreken",
    "Gezinshuisouders {place}",
    "Intervisiekring {place}",
    "{day}groep {place}",
)
REGION_NAME_TEMPLATES = (
    "Intervisiekring {region}",
    "Gezinshuizen {region}",
    "Gezinshuisouders {region}",
    "Intervisiegroep {region}",
    "Kring gezinshuizen {region}",
)
TRAINED_NAME_TEMPLATES = ("Begeleide intervisie {place}", "Intervisie met intervisor {region}")
FORMING_NAME_TEMPLATES = ("Nieuwe intervisiegroep {place}", "Startende kring {region}")
IDENTITY_NAME_TEMPLATES = {
    "christelijk": (
        "Christelijke intervisiegroep {region}", "Christelijke gezinshuiskring {place}",
    ),
    "reformatorisch": (
        "Reformatorische gezinshuizen {region}", "Intervisie op reformatorische grondslag {place}",
    ),
    "islamitisch": (
        "Islamitische intervisiekring {region}",
        "Gezinshuisouders met islamitische achtergrond {place}",
    ),
}
ORGANISATION_NAME_TEMPLATES = ("{org}: intervisiegroep {place}", "{org}: kring {region}")
MIXED_NAME_TEMPLATES = (
    "Gezinshuisouders en jeugdzorgwerkers {place}", "Integrale intervisie {region}",
)
VRIJGEVESTIGD_NAME_TEMPLATES = ("Vrijgevestigde gezinshuisouders {region}",)

# Online groups: (name, audience or None to draw one, a sentence about the theme).
ONLINE_GROUPS: tuple[tuple[str, tuple[str, ...] | None, str], ...] = (
    ("Online intervisie voor franchisenemers",
     (EmploymentForm.franchise_met_zorgaanbieder, EmploymentForm.franchise_zonder_zorgaanbieder),
     "We delen wat het franchisemodel vraagt: ondernemen en opvoeden tegelijk."),
    ("Online intervisie voor starters", None,
     "Bedoeld voor wie korter dan drie jaar een gezinshuis heeft; vragen die je als beginner "
     "niet durft te stellen, zijn hier juist welkom."),
    ("Online intervisie vrijgevestigde gezinshuisouders",
     (EmploymentForm.franchise_zonder_zorgaanbieder, EmploymentForm.vrijgevestigd),
     "Zonder vaste zorgaanbieder achter je sta je er soms alleen voor; hier niet."),
    ("Digitale kring GGZ in het gezinshuis", None,
     "We bespreken casussen rond kinderen met psychiatrische problematiek "
     "en wat dat van jou vraagt."),
    ("Online kring traumasensitief werken", None,
     "Het thema is traumasensitief opvoeden: wat zie je, wat doet het met je, wat helpt."),
    ("Ervaren gezinshuisouders online", None,
     "Voor wie al lang een gezinshuis heeft en dieper wil kijken naar eigen overtuigingen."),
    ("Online intervisie Noord-Nederland", None,
     "Voor gezinshuisouders in het noorden, waar de reisafstanden groot zijn."),
    ("Online intervisie: gezinshuis en jeugdzorgwerker samen", None,
     "Gezinshuisouders en hun vaste jeugdzorgwerkers kijken samen naar de casus."),
    ("Avondgroep online (oplossingsgericht)", None,
     "We zoeken steeds naar wat al werkt en naar de eerstvolgende kleine stap."),
    ("Online intervisie voor gezinshuisouders onder een zorgaanbieder",
     (EmploymentForm.loondienst, EmploymentForm.onderaannemer, EmploymentForm.onder_zorgaanbieder),
     "De samenwerking met de zorgaanbieder en het wijkteam komt vaak aan bod."),
)

# --- Description fragments -------------------------------------------------------------------
# Openings say who and where; {area} is a place or a region as said in a sentence
# ("Zwolle", "de Achterhoek", "de regio Alkmaar").

OPENINGS = (
    "Een vaste groep gezinshuisouders uit {area} die elkaar scherp houdt en steunt.",
    "Wij zijn gezinshuisouders uit {area} en doen al een aantal jaren samen intervisie.",
    "Een kleine, hechte groep uit {area} waar ervaren en nieuwe gezinshuisouders samen leren.",
    "Deze kring in {area} is ontstaan uit behoefte aan collega's die het gezinshuisleven kennen.",
    "Intervisie dicht bij huis voor gezinshuisouders in {area}.",
    "In {area} komen gezinshuisouders samen om met elkaar stil te staan bij hun werk.",
)
FORMING_OPENINGS = (
    "Een nieuwe groep in {area}: we zoeken nog een paar collega's om mee te starten.",
    "In {area} wordt een intervisiegroep opgezet; de eerste aanmeldingen zijn binnen.",
    "Deze groep in {area} is in opbouw en begint zodra er genoeg deelnemers zijn.",
)
ONLINE_OPENINGS = (
    "Een online groep voor gezinshuisouders uit het hele land.",
    "We komen samen via een beveiligde videoverbinding, dus reistijd is er niet.",
    "Online intervisie voor wie geen groep in de buurt heeft of liever thuis blijft.",
)
HYBRID_SENTENCES = (
    "Wie niet kan reizen, schuift online aan.",
    "De meeste bijeenkomsten zijn fysiek; één of twee per jaar doen we online.",
)
AUDIENCE_SENTENCES = (
    "De groep is bedoeld voor {audience}.",
    "Welkom zijn {audience}.",
)
ALL_AUDIENCE_SENTENCES = (
    "Iedere gezinshuisouder is welkom, hoe het gezinshuis ook georganiseerd is.",
    "Het maakt niet uit of je in loondienst, als franchisenemer of zelfstandig werkt.",
)
AUDIENCE_PHRASES = {
    EmploymentForm.loondienst: "gezinshuisouders in loondienst",
    EmploymentForm.franchise_met_zorgaanbieder: "franchisenemers met een zorgaanbieder",
    EmploymentForm.franchise_zonder_zorgaanbieder: "franchisenemers zonder vaste zorgaanbieder",
    EmploymentForm.onderaannemer: "onderaannemers",
    EmploymentForm.onder_zorgaanbieder: "gezinshuisouders die onder een zorgaanbieder werken",
    EmploymentForm.vrijgevestigd: "vrijgevestigde gezinshuisouders",
    "jeugdzorgwerker": "jeugdzorgwerkers die aan een gezinshuis verbonden zijn",
}
# How a method reads after "de" in a sentence, where its name does not (plural names).
METHOD_PHRASES = {"creatieve-technieken": "creatieve werkvorm met beelden en opstellingen"}
METHOD_SENTENCES = (
    "Meestal werken we met de {method}.",
    "Elke bijeenkomst volgt de {method}: eerst verhelderende vragen, pas daarna reflectie.",
    "De {method} geeft houvast, zodat het gesprek niet aan de oppervlakte blijft.",
)
TWO_METHOD_SENTENCES = (
    "We werken met de {method} en wisselen die af met de {method2}.",
    "Afhankelijk van de vraag kiezen we voor de {method} of de {method2}.",
)
FACILITATOR_SENTENCES = {
    "trained": (
        "Een getrainde intervisor begeleidt het proces en bewaakt de tijd.",
        "We worden begeleid door een externe intervisor met ervaring in de jeugdzorg.",
        "Een ervaren procesbegeleider van buiten de groep leidt de bijeenkomsten.",
    ),
    "peer": (
        "De rol van voorzitter rouleert; wie geen casus inbrengt, leidt het gesprek.",
        "We wisselen de gespreksleiding per keer af, zodat iedereen die rol leert kennen.",
        "Om de beurt is iemand procesbegeleider en let op tijd en structuur.",
    ),
    "none": (
        "We hebben geen vaste begeleider en houden het bewust laagdrempelig.",
        "Zonder vaste begeleider: we spreken per keer af wie de tijd in de gaten houdt.",
    ),
}
PREPARATION_SENTENCES = (
    "De casusinbrenger stuurt de casus en de kernvraag een week van tevoren rond.",
    "Wie een casus inbrengt, deelt die vooraf kort en geanonimiseerd met de groep.",
    "Casussen worden vooraf aangemeld, zodat iedereen voorbereid aan tafel zit.",
)
SAFETY_SENTENCES = (
    "Wat in de groep gezegd wordt, blijft in de groep; dat staat ook in ons groepscontract.",
    "Veiligheid en vertrouwen staan voorop: eerst goed vragen, dan pas meedenken.",
    "Er is ruimte voor humor en voor de zware momenten.",
    "We hechten aan aanwezigheid, want alleen zo groeit vertrouwen.",
)
FREQUENCY_SENTENCES = (
    "We komen {times} keer per jaar samen{when}, telkens voor {duration}.",
    "Ongeveer {times} keer per jaar{when} trekken we er {duration} voor uit.",
)
TOPIC_SENTENCES = (
    "Onderwerpen die vaak terugkomen: {topics}.",
    "Casussen gaan bijvoorbeeld over {topics}.",
)
TOPICS = (
    "nabijheid en afstand", "contact met de ouders van de kinderen", "rouw en verlies",
    "hechting", "wat je wel en niet deelt met de kinderen", "zelfzorg en vitaliteit",
    "de rol van je partner en eigen kinderen", "hoe lang je een plaatsing volhoudt",
    "de samenwerking met de zorgaanbieder", "traumasensitief opvoeden",
    "het brein van het kind", "grenzen stellen", "het afscheid van een kind dat uitstroomt",
)
REGISTRATION_SENTENCES = {
    "skj": "Je krijgt een getekende presentielijst die meetelt voor je SKJ-herregistratie.",
    "both": "Deelname telt mee als reflectie voor zowel SKJ als Registerplein.",
}
IDENTITY_SENTENCES = {
    "christelijk": "We delen een christelijke levensovertuiging en nemen die mee in het gesprek.",
    "reformatorisch": "De groep heeft een reformatorische grondslag; "
    "we openen met een moment van bezinning.",
    "islamitisch": "De groep is er voor gezinshuisouders met een islamitische achtergrond; "
    "geloof en opvoeding mogen hier samen besproken worden.",
}
ORGANISATION_SENTENCES = (
    "De groep is opgezet door {org} en staat ook open voor collega's van elders.",
    "Voor gezinshuisouders die bij {org} zijn aangesloten.",
)

DUTCH_NUMBERS = {
    3: "drie", 4: "vier", 5: "vijf", 6: "zes", 7: "zeven", 8: "acht", 9: "negen", 10: "tien",
}
DURATIONS = {90: "anderhalf uur", 105: "een uur en drie kwartier", 120: "twee uur"}
WEEKDAYS_NL = {
    "monday": "maandag", "tuesday": "dinsdag", "wednesday": "woensdag", "thursday": "donderdag",
    "friday": "vrijdag", "saturday": "zaterdag", "sunday": "zondag",
}
DAYPARTS_NL = {"morning": "ochtend", "afternoon": "middag", "evening": "avond"}
# fmt: on
