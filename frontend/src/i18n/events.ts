/**
 * Dutch text for the online thematic meetings (themabijeenkomsten): the public list and event page,
 * registration, rooms for participants and coaches, and the admin pages.
 * Re-exported from nl.ts; this module imports nothing so that there is no import cycle.
 */

export const EVENT_STATUSES = ['draft', 'published', 'cancelled'] as const;
export type EventStatusValue = (typeof EVENT_STATUSES)[number];

export const EVENT_REGISTRATION_STATUSES = ['registered', 'waitlisted', 'cancelled'] as const;
export type EventRegistrationStatusValue = (typeof EVENT_REGISTRATION_STATUSES)[number];

export const ROOM_CONSTRAINTS = [
  'one_coach_per_room',
  'max_size',
  'size_balance',
  'role_balance',
  'experience_balance',
  'households_apart',
  'groups_apart',
] as const;
export type RoomConstraintValue = (typeof ROOM_CONSTRAINTS)[number];

export const eventStatusLabels: Record<EventStatusValue, string> = {
  draft: 'Concept',
  published: 'Gepubliceerd',
  cancelled: 'Geannuleerd',
};

export const eventStatusHints: Record<EventStatusValue, string> = {
  draft: 'Alleen beheerders zien de bijeenkomst. Handig om alles eerst klaar te zetten.',
  published: 'De bijeenkomst staat in de lijst en leden kunnen zich aanmelden.',
  cancelled: 'De bijeenkomst blijft zichtbaar met de melding dat ze niet doorgaat. Aanmelden kan dan niet meer.',
};

export const eventRegistrationStatusLabels: Record<EventRegistrationStatusValue, string> = {
  registered: 'Aangemeld',
  waitlisted: 'Wachtlijst',
  cancelled: 'Afgemeld',
};

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);
const people = (n: number) => `${n} ${plural(n, 'deelnemer', 'deelnemers')}`;
const rooms = (n: number) => `${n} ${plural(n, 'kamer', 'kamers')}`;
const pairs = (n: number) => `${n} ${plural(n, 'tweetal', 'tweetallen')}`;

export const eventsNl = {
  layout: {
    events: 'Themabijeenkomsten',
  },
  format: {
    timeRange: (date: string, from: string, to: string) => `${date}, ${from}–${to} uur`,
    multiDay: (from: string, to: string) => `${from} tot ${to}`,
    dateTime: (date: string, time: string) => `${date} om ${time} uur`,
  },
  places: {
    left: (n: number) => `${n} ${plural(n, 'plek', 'plekken')} vrij`,
    full: (waitlist: number) => (waitlist > 0 ? `Vol · ${waitlist} op de wachtlijst` : 'Vol · wachtlijst open'),
    closed: 'Aanmelding gesloten',
    cancelled: 'Gaat niet door',
    draft: 'Concept',
  },
  list: {
    title: 'Themabijeenkomsten',
    heading: 'Themabijeenkomsten',
    intro:
      'Online bijeenkomsten over een thema uit het werk in het gezinshuis. Eerst vertelt een deskundige over het thema en bespreekt een casus. Daarna ga je in een kleine breakoutkamer met een coach aan de slag met een casus, zoals in een intervisiegroep. Gezinshuisouders en jeugdzorgwerkers doen samen mee.',
    upcomingHeading: 'Binnenkort',
    empty: 'Er staan op dit moment geen themabijeenkomsten gepland. Kijk later nog eens.',
    loading: 'Bijeenkomsten worden geladen…',
    loadFailed: 'De themabijeenkomsten konden niet worden geladen.',
    retry: 'Opnieuw proberen',
    more: 'Meer bijeenkomsten tonen',
    loadingMore: 'Bezig met laden…',
    count: (shown: number, total: number) =>
      shown >= total ? `${total} ${plural(total, 'bijeenkomst', 'bijeenkomsten')}` : `${shown} van ${total} bijeenkomsten`,
    expert: 'Met',
    when: 'Wanneer',
    places: 'Plaatsen',
    manage: 'Themabijeenkomsten beheren',
    mine: {
      registered: 'Je bent aangemeld',
      waitlisted: 'Je staat op de wachtlijst',
      coach: 'Je bent coach',
    },
  },
  event: {
    loading: 'De bijeenkomst wordt geladen…',
    loadFailed: 'De bijeenkomst kon niet worden geladen.',
    notFoundHeading: 'Deze bijeenkomst bestaat niet',
    backToList: 'Alle themabijeenkomsten',
    manage: 'Deze bijeenkomst beheren',
    cancelledBanner: 'Deze bijeenkomst gaat niet door.',
    draftBanner: 'Dit is een concept. Alleen beheerders zien deze pagina; leden zien haar pas na het publiceren.',
    aboutHeading: 'Over deze bijeenkomst',
    noDescription: 'Er is nog geen beschrijving.',
    programmeHeading: 'Programma',
    part1Title: 'Deel 1 · Plenair',
    part1Text: 'Een deskundige vertelt over het thema en bespreekt een casus uit de praktijk. Iedereen kijkt en luistert samen en kan vragen stellen.',
    part1Expert: (expert: string) => `Spreker: ${expert}`,
    part2Title: 'Deel 2 · Breakoutkamers',
    part2Text: (max: number) =>
      `Daarna ga je in een kamer van hoogstens ${people(max)} met een eigen coach aan de slag met een casus, volgens de stappen van intervisie: eerst vragen stellen, dan samen reflecteren. In elke kamer zitten gezinshuisouders en jeugdzorgwerkers door elkaar, starters en ervaren mensen.`,
    part2Confidential: 'Wat in de kamer besproken wordt, blijft in de kamer. Noem geen namen van kinderen.',
    factsHeading: 'Praktisch',
    when: 'Wanneer',
    expert: 'Deskundige',
    where: 'Waar',
    whereOnline: 'Online, via een videoverbinding. De links krijg je na je aanmelding op deze pagina.',
    places: 'Plaatsen',
    placesDetail: (registered: number, capacity: number) => `${registered} van ${capacity} plaatsen bezet`,
    roomSize: 'Grootte van een kamer',
    roomSizeValue: (max: number) => `Hoogstens ${people(max)} en een coach`,
    closes: 'Aanmelden kan tot',
    theme: 'Thema',
  },
  registration: {
    heading: 'Aanmelden',
    yourHeading: 'Je aanmelding',
    coachHeading: 'Je bent coach',
    loading: 'Bezig met nagaan of je al bent aangemeld…',
    loginPrompt: 'Log in om je aan te melden. Heb je nog geen account? Maak er dan eerst een aan; dat is gratis.',
    loginLink: 'Log in om aan te melden',
    registerLink: 'Account aanmaken',
    spotsLeft: (n: number) => `Er ${n === 1 ? 'is' : 'zijn'} nog ${n} ${plural(n, 'plek', 'plekken')} vrij.`,
    fullIntro:
      'Alle plaatsen zijn bezet. Je kunt je wel op de wachtlijst zetten: meldt iemand zich af, dan schuift de eerste op de wachtlijst vanzelf door naar een vaste plek.',
    waitlistNow: (n: number) =>
      n === 0 ? 'Er staat nog niemand op de wachtlijst.' : `Er ${n === 1 ? 'staat' : 'staan'} nu ${n} ${plural(n, 'persoon', 'mensen')} op de wachtlijst.`,
    householdCode: 'Code van je gezinshuis',
    householdHint:
      'Meld jij je aan en je partner of huisgenoot uit hetzelfde gezinshuis ook? Spreek dan samen een korte code af, bijvoorbeeld gezinshuis-de-linde, en vul die allebei in. Dan komen jullie zo mogelijk in verschillende kamers. Letters, cijfers, streepjes en spaties; 2 tot 40 tekens.',
    householdInvalid: 'Gebruik 2 tot 40 letters, cijfers, streepjes of spaties.',
    submit: 'Aanmelden',
    submitWaitlist: 'Op de wachtlijst zetten',
    submitting: 'Bezig met aanmelden…',
    registered: 'Je bent aangemeld voor deze bijeenkomst.',
    waitlisted: (position: number | null) =>
      position ? `Je staat op de wachtlijst, op plek ${position}.` : 'Je staat op de wachtlijst.',
    waitlistExplain:
      'Meldt iemand zich af, dan krijgt de eerste op de wachtlijst die plek automatisch. Kijk op deze pagina of je bent doorgeschoven.',
    registeredOn: (date: string) => `Aangemeld op ${date}`,
    householdShown: (code: string) => `Code van je gezinshuis: ${code}`,
    closed: (date: string) => `De aanmelding is gesloten sinds ${date}.`,
    closedNotYetPublished: 'Aanmelden kan zodra de bijeenkomst is gepubliceerd.',
    cancelledEvent: 'Deze bijeenkomst gaat niet door. Aanmelden kan niet meer.',
    roomPending: 'De indeling in breakoutkamers volgt. Zodra die bekend is, zie je hier in welke kamer je zit en bij welke coach.',
    roomNotYet: 'Je hebt nog geen kamer: alle kamers zijn vol. De organisatie deelt je nog in.',
    yourRoom: (number: number, coach: string | null) =>
      coach ? `Jouw kamer: Kamer ${number} · coach ${coach}` : `Jouw kamer: Kamer ${number}`,
    roomLink: 'Naar je breakoutkamer',
    roomLinkLabel: (number: number) => `Naar je breakoutkamer (kamer ${number}, opent de videoverbinding)`,
    plenaryLink: 'Naar het plenaire deel',
    plenaryLinkLabel: 'Naar het plenaire deel (opent de videoverbinding)',
    plenaryPending: 'De link voor het plenaire deel volgt.',
    linksHeading: 'Je links',
    linksHint: 'Je begint samen in het plenaire deel. Daarna ga je naar je eigen breakoutkamer.',
    calendar: 'Toevoegen aan agenda',
    calendarBusy: 'Bezig met downloaden…',
    calendarDone: 'Het agendabestand is gedownload. Open het om de bijeenkomst in je agenda te zetten.',
    calendarHint: 'Een .ics-bestand met de tijden en je links, voor Outlook, Google Agenda of je telefoon.',
    attended: 'Je was aanwezig. Dit telt mee als reflectieactiviteit voor je herregistratie.',
    notAttended: 'Je bent als afwezig genoteerd.',
    cancel: 'Afmelden',
    cancelWaitlist: 'Van de wachtlijst af',
    cancelConfirmTitle: 'Afmelden voor deze bijeenkomst?',
    cancelConfirmText:
      'Je plek gaat naar de eerste op de wachtlijst. Wil je later toch weer meedoen, dan meld je je opnieuw aan; is de bijeenkomst dan vol, dan kom je op de wachtlijst.',
    cancelWaitlistConfirmTitle: 'Van de wachtlijst af?',
    cancelWaitlistConfirmText: 'Je verliest je plek op de wachtlijst.',
    keep: 'Nee, blijf aangemeld',
    cancelled: 'Je bent afgemeld.',
    cancelledWaitlist: 'Je staat niet meer op de wachtlijst.',
    cannotCancelStarted: 'De bijeenkomst is begonnen; afmelden kan niet meer.',
  },
  coach: {
    intro: 'Je begeleidt een breakoutkamer. Je hoeft je niet apart aan te melden.',
    notAssigned:
      'De kamers zijn nog niet ingedeeld. Zodra dat gebeurd is, zie je hier wie er in jouw kamer zit en vind je de link naar de kamer.',
    noRoom: 'Je bent nu reservecoach: je leidt geen kamer. Valt een coach uit, dan neem jij het over.',
    roomHeading: (number: number) => `Kamer ${number}`,
    roomLink: (number: number) => `Naar kamer ${number}`,
    roomLinkLabel: (number: number) => `Naar kamer ${number} (opent de videoverbinding)`,
    participants: (n: number) => people(n),
    empty: 'Er zit nog niemand in deze kamer.',
    loadFailed: 'Je kamers konden niet worden geladen.',
  },
  kinds: {
    starter: 'starter',
    experienced: 'ervaren',
  },
  attendance: {
    heading: 'Aanwezigheid',
    intro:
      'Vink aan wie er was. Aanwezigheid telt voor de deelnemer mee als reflectieactiviteit, bijvoorbeeld voor de herregistratie bij SKJ.',
    notYet: (date: string) => `Aanwezigheid kun je vastleggen vanaf het begin van de bijeenkomst, ${date}.`,
    none: 'Er zijn geen aangemelde deelnemers.',
    legend: 'Wie was er aanwezig?',
    save: 'Aanwezigheid opslaan',
    saving: 'Bezig met opslaan…',
    saved: (present: number, total: number) => `Aanwezigheid opgeslagen: ${present} van ${total} aanwezig.`,
    notRecorded: 'nog niet vastgelegd',
    allPresent: 'Iedereen aanvinken',
  },
  admin: {
    title: 'Themabijeenkomsten beheren',
    heading: 'Themabijeenkomsten beheren',
    intro: 'Alle bijeenkomsten, ook concepten en afgelopen bijeenkomsten. Kies een bijeenkomst voor coaches, aanmeldingen en kamers.',
    newEvent: 'Nieuwe themabijeenkomst',
    none: 'Er zijn nog geen themabijeenkomsten. Maak de eerste aan.',
    forbiddenTitle: 'Geen toegang',
    forbiddenHeading: 'Geen toegang',
    forbiddenText:
      'Deze pagina is alleen voor beheerders van Intervisiewijzer. Denk je dat je hier wel bij zou moeten kunnen? Neem dan contact op met Present 24x7.',
    forbiddenLink: 'Naar de themabijeenkomsten',
    checking: 'Bezig met nagaan of je beheerder bent…',
    columns: {
      event: 'Bijeenkomst',
      when: 'Wanneer',
      status: 'Status',
      registrations: 'Aanmeldingen',
      coaches: 'Coaches',
      rooms: 'Kamers',
    },
    registeredOf: (registered: number, capacity: number) => `${registered} van ${capacity}`,
    waitlist: (n: number) => `${n} op de wachtlijst`,
    roomsDone: 'Ingedeeld',
    roomsOpen: 'Nog niet ingedeeld',
    past: 'Afgelopen',
    backToList: 'Alle themabijeenkomsten (beheer)',
    backToEvent: 'Terug naar de bijeenkomst',
    edit: 'Bewerken',
    publicPage: 'Openbare pagina bekijken',
    publish: 'Nu publiceren',
    publishing: 'Bezig met publiceren…',
    published: 'De bijeenkomst is gepubliceerd. Leden kunnen zich nu aanmelden.',
    created: 'De themabijeenkomst is aangemaakt.',
    saved: 'De wijzigingen zijn opgeslagen.',
    overviewHeading: 'Overzicht',
    onThisPage: 'Op deze pagina',
    plenary: 'Link plenair deel',
    noPlenary: 'Nog niet ingevuld',
    counts: 'Aanmeldingen',
    countsValue: (registered: number, capacity: number, waitlist: number) =>
      `${registered} van ${capacity} plaatsen bezet · ${waitlist} op de wachtlijst`,
    attendedCount: 'Aanwezig',
    attendedValue: (n: number) => people(n),
    status: 'Status',
    loadFailed: 'De bijeenkomst kon niet worden geladen.',
  },
  form: {
    newTitle: 'Nieuwe themabijeenkomst',
    newHeading: 'Nieuwe themabijeenkomst',
    newIntro:
      'Vul in waar de bijeenkomst over gaat en wanneer ze is. Coaches kies je in de volgende stap. Bewaar als concept zolang nog niet alles vaststaat.',
    editTitle: (title: string) => `Bewerken – ${title}`,
    editHeading: 'Themabijeenkomst bewerken',
    sectionAbout: 'Waar gaat het over?',
    sectionWhen: 'Wanneer en waar',
    sectionPlaces: 'Plaatsen en kamers',
    sectionStatus: 'Status',
    theme: 'Thema',
    themeHint: 'Kort, bijvoorbeeld: Traumasensitief werken of GGZ in het gezinshuis.',
    title: 'Titel',
    titleHint: 'Wat deelnemers in de lijst zien. 3 tot 160 tekens.',
    description: 'Beschrijving',
    descriptionHint:
      'Waar gaat het over, voor wie is het bedoeld en wat neem je mee? Noem geen namen van kinderen.',
    expert: 'Deskundige',
    expertHint: 'Wie het plenaire deel verzorgt, eventueel met functie.',
    date: 'Datum',
    startTime: 'Begintijd',
    endTime: 'Eindtijd',
    timeHint: 'Nederlandse tijd.',
    plenaryUrl: 'Link van het plenaire deel',
    plenaryUrlHint:
      'De videolink, bijvoorbeeld van Teams of Jitsi. Alleen aangemelde deelnemers en coaches zien hem. Mag later.',
    capacity: 'Aantal plaatsen',
    capacityHint: 'Daarna komen mensen op de wachtlijst.',
    roomSizeMax: 'Deelnemers per kamer, hoogstens',
    roomSizeMaxHint: '2 tot en met 10, zonder de coach. Acht werkt meestal goed.',
    closesAt: 'Aanmelden kan tot',
    closesAtHint: 'Datum en tijd. Leeg laten: tot het begin van de bijeenkomst.',
    status: 'Status',
    submitNew: 'Bijeenkomst aanmaken',
    submitEdit: 'Wijzigingen opslaan',
    submitting: 'Bezig met opslaan…',
    cancel: 'Annuleren',
    noChanges: 'Je hebt niets gewijzigd.',
    validation: {
      themeRequired: 'Vul het thema in.',
      themeLength: 'Het thema moet 2 tot 80 tekens lang zijn.',
      titleRequired: 'Vul een titel in.',
      titleLength: 'De titel moet 3 tot 160 tekens lang zijn.',
      descriptionLength: 'De beschrijving mag hoogstens 8000 tekens lang zijn.',
      expertRequired: 'Vul in wie het plenaire deel verzorgt.',
      expertLength: 'De naam van de deskundige moet 2 tot 120 tekens lang zijn.',
      dateRequired: 'Vul de datum in, bijvoorbeeld 9-12-2026.',
      startRequired: 'Vul de begintijd in, bijvoorbeeld 19:30.',
      endRequired: 'Vul de eindtijd in, bijvoorbeeld 21:30.',
      endAfterStart: 'De eindtijd moet na de begintijd liggen.',
      urlInvalid: 'Vul een volledige link in die begint met https://.',
      capacityRange: 'Vul een heel getal in van 1 tot en met 5000.',
      roomSizeRange: 'Vul een heel getal in van 2 tot en met 10.',
      closesInvalid: 'Vul een geldige datum en tijd in.',
      closesAfterStart: 'De aanmelding moet uiterlijk bij het begin van de bijeenkomst sluiten.',
      statusRequired: 'Kies een status.',
    },
  },
  coaches: {
    heading: 'Coaches',
    intro: 'Elke breakoutkamer krijgt één coach. Coaches die geen kamer leiden, zijn reserve.',
    none: 'Er zijn nog geen coaches. Voeg er minstens één toe voordat je de kamers indeelt.',
    needed: (needed: number, available: number) =>
      `Voor de huidige aanmeldingen zijn ${needed} ${plural(needed, 'coach', 'coaches')} nodig; er ${available === 1 ? 'is' : 'zijn'} er ${available}.`,
    room: (number: number) => `Kamer ${number}`,
    spare: 'Reserve',
    remove: 'Verwijderen',
    removed: (name: string) => `${name} is geen coach meer.`,
    added: (name: string) => `${name} is toegevoegd als coach.`,
    searchLegend: 'Coach toevoegen',
    search: 'Zoek een lid',
    searchHint: 'Typ een deel van de naam of het e-mailadres. Intervisoren staan bovenaan.',
    searchSubmit: 'Zoeken',
    searching: 'Bezig met zoeken…',
    searchRequired: 'Typ minstens één teken om te zoeken.',
    results: (n: number) => (n === 0 ? 'Niemand gevonden.' : `${n} ${plural(n, 'lid', 'leden')} gevonden.`),
    resultsLabel: 'Gevonden leden',
    add: 'Toevoegen als coach',
    already: 'Al coach',
  },
  registrations: {
    heading: 'Aanmeldingen',
    none: 'Nog niemand heeft zich aangemeld.',
    tableLabel: 'Aanmeldingen',
    name: 'Naam',
    kind: 'Is',
    experience: 'Ervaring',
    status: 'Status',
    room: 'Kamer',
    registeredAt: 'Aangemeld op',
    household: 'Gezinshuis',
    waitlistPosition: (n: number) => `Wachtlijst, plek ${n}`,
    noRoom: '–',
    summary: (registered: number, waitlisted: number, cancelled: number) =>
      `${people(registered)} aangemeld, ${waitlisted} op de wachtlijst, ${cancelled} afgemeld.`,
    years: (n: number) => `${n} jaar`,
    unknownYears: 'onbekend',
  },
  rooms: {
    heading: 'Breakoutkamers',
    intro:
      'Met “Kamers indelen” worden alle aangemelde deelnemers over kamers verdeeld, met één coach per kamer. De indeling mengt gezinshuisouders en jeugdzorgwerkers, starters en ervaren mensen, en houdt huisgenoten en leden van dezelfde intervisiegroep zo veel mogelijk uit elkaar.',
    assign: 'Kamers indelen',
    reassign: 'Opnieuw indelen',
    assigning: 'Bezig met indelen…',
    assigned: (roomCount: number) => `De deelnemers zijn ingedeeld in ${rooms(roomCount)}.`,
    reassignConfirmTitle: 'Kamers opnieuw indelen?',
    reassignConfirmText:
      'De kamers worden opnieuw verdeeld. Verplaatsingen die je met de hand hebt gedaan, gaan verloren. De links van de kamers blijven hetzelfde.',
    notAssigned: 'De kamers zijn nog niet ingedeeld.',
    assignedAt: (date: string) => `Laatst ingedeeld op ${date}.`,
    noParticipants: 'Er zijn nog geen aanmeldingen om in te delen.',
    lateArrivals:
      'Wie zich na het indelen aanmeldt, komt vanzelf in de kleinste kamer met plek. Opnieuw indelen is dus alleen nodig als je een nieuwe verdeling wilt.',
    roomHeading: (number: number) => `Kamer ${number}`,
    coach: (name: string) => `Coach: ${name}`,
    noCoach: 'Geen coach',
    size: (size: number, max: number) => `${size} van ${max}`,
    sizeLabel: (size: number, max: number) => `${size} van hoogstens ${max} deelnemers`,
    videoLink: 'Videolink',
    videoLinkLabel: (number: number) => `Videolink van kamer ${number}`,
    mix: (owners: number, workers: number, others: number) =>
      [
        owners ? `${owners} ${plural(owners, 'gezinshuisouder', 'gezinshuisouders')}` : null,
        workers ? `${workers} ${plural(workers, 'jeugdzorgwerker', 'jeugdzorgwerkers')}` : null,
        others ? `${others} ${plural(others, 'ander', 'anderen')}` : null,
      ]
        .filter(Boolean)
        .join(' · '),
    starters: (n: number) => (n === 0 ? 'geen starters' : `${n} ${plural(n, 'starter', 'starters')}`),
    empty: 'Niemand in deze kamer.',
    unplacedHeading: 'Nog zonder kamer',
    unplacedIntro: 'Deze deelnemers hebben nog geen kamer, bijvoorbeeld omdat alle kamers vol waren.',
    spareHeading: 'Reservecoaches',
    moveLabel: (name: string) => `Kamer voor ${name}`,
    moveTo: (number: number) => `Kamer ${number}`,
    moveToFull: (number: number) => `Kamer ${number} (vol)`,
    move: 'Verplaatsen',
    place: 'Plaatsen',
    moving: 'Bezig…',
    moved: (name: string, number: number) => `${name} zit nu in kamer ${number}.`,
    chooseRoom: 'Kies kamer',
    chooseRoomError: 'Kies eerst een kamer.',
    sameRoom: 'Kies een andere kamer dan de huidige.',
    experiencedTag: 'ervaren',
    starterTag: 'starter',
  },
  report: {
    heading: 'Hoe goed is de indeling?',
    summary: (participants: number, roomCount: number) => `${people(participants)} over ${rooms(roomCount)}.`,
    unplaced: (n: number) => `${people(n)} ${n === 1 ? 'heeft' : 'hebben'} nog geen kamer.`,
    spare: (n: number) => (n === 0 ? 'Geen reservecoaches.' : `${n} ${plural(n, 'reservecoach', 'reservecoaches')}.`),
    allHardMet: 'Aan alle vaste eisen is voldaan.',
    hardNotMet: 'Niet aan alle vaste eisen is voldaan. Kijk hieronder wat er mis is.',
    hardHeading: 'Vaste eisen',
    softHeading: 'Wensen',
    softIntro: 'Zo goed als de aantallen toelaten. Lager is beter; “best mogelijk” is wat de aantallen hoogstens toelaten.',
    met: 'In orde',
    notMet: 'Niet gehaald',
    metSoft: 'Zo goed als mogelijk',
    notMetSoft: 'Kan beter',
    bestPossible: 'Best mogelijk',
    reached: 'Bereikt',
    score: (value: number, best: number) => `Score ${value} (best mogelijk ${best})`,
    sentences: {
      one_coach_per_room: (value: number) =>
        value === 0 ? 'Elke kamer heeft één eigen coach.' : `${rooms(value)} ${value === 1 ? 'heeft' : 'hebben'} geen eigen coach.`,
      max_size: (value: number, _best: number, max: number) =>
        value === 0
          ? `Geen kamer heeft meer dan ${people(max)}.`
          : `${rooms(value)} ${value === 1 ? 'heeft' : 'hebben'} meer dan ${people(max)}.`,
      size_balance: (value: number) =>
        value === 0 ? 'Alle kamers zijn even groot.' : `Kamergroottes verschillen hooguit ${value}.`,
      role_balance: (value: number) =>
        value === 0
          ? 'Mix van rollen: gezinshuisouders en jeugdzorgwerkers zijn precies gelijk over de kamers verdeeld.'
          : `Mix van rollen: per rol verschillen de kamers hooguit ${people(value)}.`,
      experience_balance: (value: number) =>
        value === 0
          ? 'Spreiding van ervaring: starters en ervaren deelnemers zijn precies gelijk over de kamers verdeeld.'
          : `Spreiding van ervaring: de kamers verschillen hooguit ${value} in het aantal starters of ervaren deelnemers.`,
      households_apart: (value: number, best: number) =>
        value === 0
          ? 'Huisgenoten uit hetzelfde gezinshuis zitten allemaal in verschillende kamers.'
          : `${pairs(value)} huisgenoten ${value === 1 ? 'zit' : 'zitten'} samen in een kamer${best > 0 ? ` (${best} is niet te vermijden)` : ''}.`,
      groups_apart: (value: number, best: number) =>
        value === 0
          ? 'Leden van dezelfde intervisiegroep zitten allemaal in verschillende kamers.'
          : `${pairs(value)} uit dezelfde intervisiegroep ${value === 1 ? 'zit' : 'zitten'} samen in een kamer${best > 0 ? ` (${best} is niet te vermijden)` : ''}.`,
    } satisfies Record<RoomConstraintValue, (value: number, best: number, max: number) => string>,
  },
  problems: {
    loadFailed: 'Dit onderdeel kon niet worden geladen.',
  },
} as const;
