/**
 * Dutch text for finding, joining and running intervision groups.
 * Re-exported from nl.ts; this module imports nothing so that there is no import cycle.
 */

export const GROUP_MODES = ['in_person', 'online', 'hybrid'] as const;
export type GroupModeValue = (typeof GROUP_MODES)[number];

export const FACILITATOR_TYPES = ['trained', 'peer', 'none'] as const;
export type FacilitatorTypeValue = (typeof FACILITATOR_TYPES)[number];

export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
export type WeekdayValue = (typeof WEEKDAYS)[number];

export const DAYPARTS = ['morning', 'afternoon', 'evening'] as const;
export type DaypartValue = (typeof DAYPARTS)[number];

export const GROUP_STATUSES = ['forming', 'open', 'full', 'closed'] as const;
export type GroupStatusValue = (typeof GROUP_STATUSES)[number];

export const GROUP_LIFECYCLES = ['forming', 'open', 'closed'] as const;
export type GroupLifecycleValue = (typeof GROUP_LIFECYCLES)[number];

export const AUDIENCES = [
  'loondienst',
  'franchise_met_zorgaanbieder',
  'franchise_zonder_zorgaanbieder',
  'onderaannemer',
  'onder_zorgaanbieder',
  'vrijgevestigd',
  'jeugdzorgwerker',
] as const;
export type AudienceValue = (typeof AUDIENCES)[number];

export const GROUP_IDENTITIES = ['christelijk', 'reformatorisch', 'islamitisch', 'humanistisch'] as const;
export type GroupIdentityValue = (typeof GROUP_IDENTITIES)[number];

export const GROUP_ROLES = ['coordinator', 'facilitator', 'member'] as const;
export type GroupRoleValue = (typeof GROUP_ROLES)[number];

export const JOIN_REQUEST_STATUSES = ['pending', 'waitlisted', 'offered', 'accepted', 'declined', 'withdrawn'] as const;
export type JoinRequestStatusValue = (typeof JOIN_REQUEST_STATUSES)[number];

export const GROUP_LANGUAGES = ['nl', 'en'] as const;
export type GroupLanguageValue = (typeof GROUP_LANGUAGES)[number];

/** Search radius choices in km; 25 is the API's default. */
export const RADIUS_CHOICES = [10, 25, 50, 100] as const;

export const groupModeLabels: Record<GroupModeValue, string> = {
  in_person: 'Op locatie',
  online: 'Online',
  hybrid: 'Hybride',
};

export const groupModeHints: Record<GroupModeValue, string> = {
  in_person: 'De groep komt bij elkaar op een vaste plek.',
  online: 'De groep komt samen via een videoverbinding.',
  hybrid: 'Meestal op een vaste plek, soms online.',
};

export const facilitatorLabels: Record<FacilitatorTypeValue, string> = {
  trained: 'Getrainde intervisor',
  peer: 'Wisselende voorzitter uit de groep',
  none: 'Geen vaste begeleiding',
};

export const weekdayLabels: Record<WeekdayValue, string> = {
  monday: 'maandag',
  tuesday: 'dinsdag',
  wednesday: 'woensdag',
  thursday: 'donderdag',
  friday: 'vrijdag',
  saturday: 'zaterdag',
  sunday: 'zondag',
};

/** Joined to a weekday: "dinsdag" + "avond" = "dinsdagavond". */
export const daypartSuffixes: Record<DaypartValue, string> = {
  morning: 'ochtend',
  afternoon: 'middag',
  evening: 'avond',
};

/** A daypart on its own, without a weekday. */
export const daypartLabels: Record<DaypartValue, string> = {
  morning: 'Ochtend',
  afternoon: 'Middag',
  evening: 'Avond',
};

export const groupStatusLabels: Record<GroupStatusValue, string> = {
  forming: 'In oprichting',
  open: 'Open voor aanmeldingen',
  full: 'Vol',
  closed: 'Gesloten',
};

export const lifecycleLabels: Record<GroupLifecycleValue, string> = {
  forming: 'In oprichting',
  open: 'Open voor aanmeldingen',
  closed: 'Gesloten: neemt geen nieuwe leden aan',
};

export const lifecycleHints: Record<GroupLifecycleValue, string> = {
  forming: 'De groep zoekt nog deelnemers om te kunnen starten.',
  open: 'De groep draait en er kunnen mensen bij zolang er plek is.',
  closed: 'De groep is niet meer te vinden voor nieuwe aanmeldingen.',
};

/** Employment forms come from nl.ts (employmentFormLabels); this adds the one extra audience. */
export const audienceExtraLabels = {
  jeugdzorgwerker: 'Jeugdzorgwerkers',
} as const;

export const identityLabels: Record<GroupIdentityValue, string> = {
  christelijk: 'Christelijk',
  reformatorisch: 'Reformatorisch',
  islamitisch: 'Islamitisch',
  humanistisch: 'Humanistisch',
};

export const roleLabels: Record<GroupRoleValue, string> = {
  coordinator: 'Coördinator',
  facilitator: 'Begeleider',
  member: 'Lid',
};

export const joinStatusLabels: Record<JoinRequestStatusValue, string> = {
  pending: 'In afwachting',
  waitlisted: 'Op de wachtlijst',
  offered: 'Plek aangeboden',
  accepted: 'Aangenomen',
  declined: 'Afgewezen',
  withdrawn: 'Ingetrokken',
};

export const languageLabels: Record<GroupLanguageValue, string> = {
  nl: 'Nederlands',
  en: 'Engels',
};

export const registrationShortLabels: Record<'skj' | 'registerplein', string> = {
  skj: 'SKJ',
  registerplein: 'Registerplein',
};

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

export const groupsNl = {
  layout: {
    findGroups: 'Groepen zoeken',
    myGroups: 'Mijn groepen',
  },
  home: {
    ctaFind: 'Zoek een intervisiegroep',
  },
  map: {
    label: 'Kaart met de gevonden groepen',
    instructions:
      'Elk punt is een plaats met een of meer groepen; het getal is het aantal groepen. Kies een punt voor de namen en links. Met de pijltjestoetsen verschuif je de kaart.',
    zoomIn: 'Inzoomen',
    zoomOut: 'Uitzoomen',
    closePopup: 'Sluiten',
    marker: (place: string, n: number) => `${place}: ${n} ${plural(n, 'groep', 'groepen')}`,
    searchCentre: (label: string) => `Gezocht vanaf ${label}`,
    noTiles: 'Zonder achtergrondkaart: de punten staan op hun plek ten opzichte van elkaar.',
  },
  combobox: {
    suggestions: (n: number) =>
      n === 1
        ? '1 suggestie. Gebruik pijltje omlaag om hem te kiezen.'
        : `${n} suggesties. Gebruik pijltje omhoog en omlaag om te kiezen.`,
    listLabel: (label: string) => `Suggesties voor ${label.toLowerCase()}`,
  },
  finder: {
    title: 'Groepen zoeken',
    heading: 'Vind een intervisiegroep',
    intro:
      'Zoek een groep bij jou in de buurt of online. Vul je postcode of woonplaats in en kies hoe ver je wilt reizen.',
    searchLabel: 'Zoeken',
    near: 'Postcode of plaats',
    nearHint: 'Bijvoorbeeld 3511 of Amersfoort.',
    radius: 'Afstand',
    radiusOption: (km: number) => `Binnen ${km} km`,
    includeOnline: 'Ook online groepen tonen',
    submit: 'Zoeken',
    filtersHeading: 'Filters',
    filtersSummary: (active: number) => (active === 0 ? 'Meer filters' : `Meer filters (${active} actief)`),
    province: 'Provincie',
    mode: 'Vorm',
    hasVacancy: 'Alleen groepen met een vrije plek',
    facilitator: 'Begeleiding',
    method: 'Methode',
    audience: 'Voor wie',
    identity: 'Levensbeschouwing',
    query: 'Zoekterm',
    queryHint: 'Zoekt in de naam en beschrijving.',
    anyOption: 'Alle',
    applyFilters: 'Filters toepassen',
    clearFilters: 'Alles wissen',
    resultsHeading: 'Resultaten',
    searching: 'Bezig met zoeken…',
    count: (total: number) => `${total} ${plural(total, 'groep', 'groepen')} gevonden`,
    countNear: (total: number, radiusKm: number, place: string) =>
      `${total === 0 ? 'Geen' : total} ${plural(total, 'groep', 'groepen')} gevonden binnen ${radiusKm} km van ${place}`,
    countNearOnline: (total: number, radiusKm: number, place: string) =>
      `${total === 0 ? 'Geen' : total} ${plural(total, 'groep', 'groepen')} gevonden binnen ${radiusKm} km van ${place} of online`,
    nothing: 'Geen groepen gevonden',
    emptyHeading: 'Geen groepen gevonden',
    emptyIntro: 'Probeer het eens zo:',
    widenRadius: (km: number) => `Zoek binnen ${km} km`,
    addOnline: 'Neem online groepen mee',
    clearAll: 'Wis de filters',
    emptyStart: 'Zelf een groep beginnen?',
    emptyStartLink: 'Start een nieuwe groep',
    placeProblemOptions: 'Welke plaats bedoel je?',
    placeProblemSuggestions: 'Bedoel je een van deze plaatsen?',
    loadFailed: 'Het zoeken is niet gelukt.',
    retry: 'Opnieuw proberen',
    showMap: 'Toon kaart',
    hideMap: 'Verberg kaart',
    viewLabel: 'Weergave',
    skipMap: 'Sla de kaart over',
    mapLoading: 'De kaart wordt geladen…',
    mapHeading: 'Kaart',
    mapLimited: (shown: number, total: number) =>
      `De kaart toont de ${shown} dichtstbijzijnde of eerste groepen van de ${total}.`,
    mapOnlineNote: (n: number) =>
      `${n} online ${plural(n, 'groep staat', 'groepen staan')} niet op de kaart, wel in de lijst.`,
    listHeading: 'Lijst met groepen',
    pagination: 'Paginering van de resultaten',
    pageOutOfRange: 'Op deze pagina staan geen groepen meer.',
    firstPage: 'Naar de eerste pagina',
    previous: 'Vorige',
    next: 'Volgende',
    previousLabel: (page: number) => `Vorige pagina (pagina ${page})`,
    nextLabel: (page: number) => `Volgende pagina (pagina ${page})`,
    range: (from: number, to: number, total: number) => `Groep ${from} tot en met ${to} van ${total}`,
    pageOf: (page: number, pages: number) => `Pagina ${page} van ${pages}`,
  },
  card: {
    distance: 'Afstand',
    online: 'Online',
    meetings: 'Bijeenkomsten',
    facilitator: 'Begeleiding',
    methods: 'Methoden',
    noMethods: 'Nog geen methode gekozen',
    where: 'Waar',
  },
  spots: {
    open: (n: number) => `${n} ${plural(n, 'plek', 'plekken')} vrij`,
    full: (waitlist: number) => (waitlist > 0 ? `Vol · wachtlijst ${waitlist}` : 'Vol · wachtlijst leeg'),
    forming: (n: number) => (n > 0 ? `In oprichting · ${n} ${plural(n, 'plek', 'plekken')} vrij` : 'In oprichting'),
    closed: 'Gesloten',
  },
  format: {
    distance: (km: string) => `${km} km`,
    timesPerYear: (n: number) => `${n} keer per jaar`,
    hours: (h: string) => `${h} uur`,
    hoursMinutes: (h: number, m: number) => `${h} uur en ${m} minuten`,
    minutes: (m: number) => `${m} minuten`,
    dayUnknown: 'Dag in overleg',
    size: (min: number, max: number) => `${min} tot ${max} deelnemers`,
    members: (n: number) => `${n} ${plural(n, 'lid', 'leden')}`,
    noRegistration: 'Niet aangegeven',
    noOrganisation: 'Geen: een zelfstandige groep',
    noIdentity: 'Geen bepaalde levensbeschouwing',
    everyone: 'Iedereen is welkom',
    listAnd: (items: string[]) =>
      items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} en ${items[items.length - 1]}`,
  },
  group: {
    loadFailed: 'De groep kon niet worden geladen.',
    notFoundHeading: 'Deze groep bestaat niet',
    backToResults: 'Terug naar de zoekresultaten',
    backToFinder: 'Alle groepen',
    aboutHeading: 'Over de groep',
    noDescription: 'De coördinator heeft nog geen beschrijving geschreven.',
    factsHeading: 'Praktisch',
    where: 'Waar',
    whereOnline: 'Online, via een videoverbinding',
    whereHint: 'Alleen de plaats; het adres hoor je als je lid bent.',
    when: 'Wanneer',
    frequency: 'Hoe vaak',
    duration: 'Duur van een bijeenkomst',
    size: 'Groepsgrootte',
    spots: 'Plek',
    facilitator: 'Begeleiding',
    methods: 'Methoden',
    audience: 'Voor wie',
    identity: 'Levensbeschouwing',
    language: 'Voertaal',
    registration: 'Telt mee voor herregistratie bij',
    organisation: 'Organisatie',
    status: 'Status',
    updated: 'Laatst bijgewerkt',
    mode: 'Vorm',
  },
  join: {
    heading: 'Aanmelden',
    memberHeading: 'Je lidmaatschap',
    loading: 'Bezig met nagaan of je al lid bent of je hebt aangemeld…',
    loginPrompt: 'Log in om je aan te melden voor deze groep. Heb je nog geen account? Dan maak je er eerst een aan.',
    loginLink: 'Log in om aan te melden',
    registerLink: 'Account aanmaken',
    closed: 'Deze groep neemt op dit moment geen nieuwe leden aan.',
    intro: 'Vertel de coördinator kort wie je bent en waarom je bij deze groep wilt. Alleen de coördinator leest dit.',
    fullIntro:
      'Deze groep is vol. Je kunt je aanmelden voor de wachtlijst: komt er een plek vrij, dan krijgt de eerste op de wachtlijst die aangeboden.',
    waitlistNow: (n: number) =>
      n === 0 ? 'Er staat nu nog niemand op de wachtlijst.' : `Er ${n === 1 ? 'staat' : 'staan'} nu ${n} ${plural(n, 'persoon', 'mensen')} op de wachtlijst.`,
    motivation: 'Je motivatie',
    motivationHint: 'Minimaal 10 en maximaal 1000 tekens. Noem geen namen van kinderen.',
    counter: (used: number, max: number) => `${used} van ${max} tekens gebruikt`,
    counterOver: (over: number) => `${over} ${plural(over, 'teken', 'tekens')} te veel`,
    motivationRequired: 'Schrijf een korte motivatie.',
    motivationTooShort: 'Je motivatie moet minimaal 10 tekens lang zijn.',
    motivationTooLong: 'Je motivatie mag maximaal 1000 tekens lang zijn.',
    submit: 'Aanmelden',
    submitWaitlist: 'Aanmelden voor de wachtlijst',
    submitting: 'Bezig met aanmelden…',
    sent: 'Je aanmelding is verstuurd. De coördinator neemt een besluit.',
    sentWaitlist: 'Je staat op de wachtlijst.',
    statusHeading: 'Je aanmelding',
    sentOn: (date: string) => `Verstuurd op ${date}`,
    pending: 'Je aanmelding is verstuurd. De coördinator van de groep beslist erover.',
    waitlisted: (position: number | null) =>
      position ? `Je staat op de wachtlijst, op plek ${position}.` : 'Je staat op de wachtlijst.',
    offered: 'Er is een plek vrijgekomen en die is aan jou aangeboden. Neem je de plek aan?',
    declined: 'Je aanmelding is afgewezen.',
    declinedAgain: 'Je kunt je opnieuw aanmelden als je situatie veranderd is.',
    responseMessage: 'Bericht van de coördinator',
    yourMotivation: 'Je motivatie',
    acceptOffer: 'Plek aannemen',
    accepting: 'Bezig…',
    offerAccepted: 'Welkom! Je bent nu lid van de groep.',
    withdraw: 'Aanmelding intrekken',
    withdrawConfirmTitle: 'Aanmelding intrekken?',
    withdrawConfirmText: 'Je aanmelding vervalt. Sta je op de wachtlijst, dan verlies je je plek.',
    withdrawn: 'Je aanmelding is ingetrokken.',
    member: (role: string) => `Je bent lid van deze groep (${role.toLowerCase()}).`,
    membersHeading: 'Leden',
    membersLoading: 'Leden worden geladen…',
    joinedOn: (date: string) => `lid sinds ${date}`,
    leave: 'Groep verlaten',
    leaveConfirmTitle: 'Groep verlaten?',
    leaveConfirmText: 'Je bent dan geen lid meer. Wil je later terug, dan meld je je opnieuw aan.',
    left: 'Je hebt de groep verlaten.',
    coordinatorHeading: 'Beheer',
    manageRequests: 'Aanmeldingen',
    manageRequestsCount: (n: number) => `Aanmeldingen (${n} open)`,
    editGroup: 'Groep bewerken',
  },
  dialog: {
    cancel: 'Annuleren',
  },
  manage: {
    title: (name: string) => `Aanmeldingen – ${name}`,
    heading: 'Aanmeldingen en leden',
    backToGroup: 'Terug naar de groep',
    requestsHeading: 'Open aanmeldingen',
    noRequests: 'Er zijn geen open aanmeldingen.',
    pendingHeading: 'Wachten op jouw besluit',
    waitlistHeading: 'Wachtlijst',
    offeredHeading: 'Plek aangeboden, wacht op bevestiging',
    waitlistPosition: (n: number) => `Plek ${n} op de wachtlijst`,
    requested: (date: string) => `Aangemeld op ${date}`,
    offeredOn: (date: string) => `Plek aangeboden op ${date}`,
    kind: 'Is',
    employmentForm: 'Werkvorm',
    experience: 'Ervaring',
    province: 'Provincie',
    motivation: 'Motivatie',
    message: 'Bericht aan de aanvrager',
    messageHint: 'Bijvoorbeeld wanneer en waar de volgende bijeenkomst is, of waarom het niet past.',
    accept: 'Aannemen',
    decline: 'Afwijzen',
    accepted: (name: string) => `${name} is aangenomen en is nu lid.`,
    declined: (name: string) => `De aanmelding van ${name} is afgewezen.`,
    spotsLeft: (n: number) => (n > 0 ? `Er ${n === 1 ? 'is' : 'zijn'} nog ${n} ${plural(n, 'plek', 'plekken')} vrij.` : 'De groep is vol.'),
    membersHeading: 'Leden',
    name: 'Naam',
    role: 'Rol',
    joined: 'Lid sinds',
    actions: 'Acties',
    roleFor: (name: string) => `Rol van ${name}`,
    saveRole: 'Rol opslaan',
    roleSaved: (name: string, role: string) => `${name} is nu ${role.toLowerCase()}.`,
    remove: 'Verwijderen',
    removeConfirmTitle: (name: string) => `${name} uit de groep verwijderen?`,
    removeConfirmText: 'Deze persoon is dan geen lid meer. Staat er iemand op de wachtlijst, dan krijgt die de plek aangeboden.',
    removed: (name: string) => `${name} is uit de groep verwijderd.`,
    you: '(jij)',
  },
  form: {
    newTitle: 'Nieuwe groep starten',
    newHeading: 'Een nieuwe groep starten',
    newIntro:
      'Beschrijf je groep zo dat gezinshuisouders kunnen zien of die bij hen past. Je wordt zelf coördinator van de groep.',
    editTitle: (name: string) => `Bewerken – ${name}`,
    editHeading: 'Groep bewerken',
    sectionAbout: 'Over de groep',
    sectionWhere: 'Waar en wanneer',
    sectionHow: 'Werkwijze',
    sectionWho: 'Voor wie',
    sectionStatus: 'Aanmeldingen',
    name: 'Naam van de groep',
    nameHint: 'Bijvoorbeeld de plaats of regio, of het thema.',
    description: 'Beschrijving',
    descriptionHint:
      'Wat voor groep is het, hoe werken jullie, wat vraag je van deelnemers? Noem geen adres en geen namen van kinderen.',
    mode: 'Vorm',
    location: 'Plaats',
    locationHint: 'Een plaatsnaam of postcode. Op de site staat alleen de plaats, nooit een adres.',
    locationOnlineHint: 'Niet nodig voor een online groep.',
    weekday: 'Dag',
    daypart: 'Dagdeel',
    notDecided: 'Nog niet bepaald',
    meetingsPerYear: 'Aantal bijeenkomsten per jaar',
    meetingsPerYearHint: 'Voor SKJ telt ongeveer vier keer per jaar; zes keer is gebruikelijk.',
    sessionMinutes: 'Duur van een bijeenkomst in minuten',
    sessionMinutesHint: 'Meestal 90 tot 120 minuten.',
    sizeMin: 'Minimaal aantal deelnemers',
    sizeMax: 'Maximaal aantal deelnemers',
    sizeHint: 'Tussen 2 en 15. Vijf tot acht deelnemers werkt meestal goed.',
    facilitator: 'Begeleiding',
    methods: 'Methoden',
    methodsHint: 'Kies de methoden die de groep gebruikt. Maximaal 10.',
    audience: 'Voor wie is de groep?',
    audienceHint: 'Kies niets als iedereen welkom is.',
    identity: 'Levensbeschouwing',
    identityNone: 'Geen bepaalde levensbeschouwing',
    language: 'Voertaal',
    registrations: 'Telt mee voor herregistratie bij',
    acceptsSkj: 'SKJ',
    acceptsRegisterplein: 'Registerplein',
    lifecycle: 'Status',
    submitNew: 'Groep aanmaken',
    submitEdit: 'Wijzigingen opslaan',
    submitting: 'Bezig met opslaan…',
    cancel: 'Annuleren',
    created: 'Je groep is aangemaakt. Je bent coördinator.',
    saved: 'De wijzigingen zijn opgeslagen.',
    noChanges: 'Je hebt niets gewijzigd.',
    conflictTitle: 'Iemand anders heeft de groep intussen gewijzigd',
    conflictText:
      'Je wijzigingen zijn niet opgeslagen, omdat ze anders de nieuwere versie zouden overschrijven. Laad de nieuwste versie en breng je wijzigingen opnieuw aan.',
    reload: 'Nieuwste versie laden',
    reloaded: 'De nieuwste versie is geladen.',
    notCoordinator: 'Alleen de coördinator van deze groep kan haar bewerken.',
    chooseLocation: 'Kies de juiste plaats:',
    validation: {
      nameRequired: 'Vul een naam in voor de groep.',
      nameLength: 'De naam moet 3 tot 120 tekens lang zijn.',
      descriptionLength: 'De beschrijving mag maximaal 4000 tekens lang zijn.',
      modeRequired: 'Kies of de groep op locatie, online of hybride bijeenkomt.',
      locationRequired: 'Vul de plaats of postcode in waar de groep bijeenkomt.',
      meetingsRange: 'Vul een heel getal in van 1 tot en met 24.',
      sessionRange: 'Vul een heel getal in van 30 tot en met 300.',
      sizeRange: 'Vul een heel getal in van 2 tot en met 15.',
      sizeOrder: 'Het minimum mag niet groter zijn dan het maximum.',
      facilitatorRequired: 'Kies hoe de groep begeleid wordt.',
      methodsMax: 'Kies maximaal 10 methoden.',
      lifecycleRequired: 'Kies de status van de groep.',
    },
  },
  mine: {
    title: 'Mijn groepen',
    heading: 'Mijn groepen',
    groupsHeading: 'Groepen waar je lid van bent',
    noGroups: 'Je bent nog geen lid van een groep.',
    findLink: 'Zoek een groep',
    start: 'Nieuwe groep starten',
    role: 'Je rol',
    since: (date: string) => `Lid sinds ${date}`,
    requestsHeading: 'Je aanmeldingen',
    noRequests: 'Je hebt geen lopende aanmeldingen.',
    openGroup: (name: string) => `Naar ${name}`,
    manage: 'Aanmeldingen beheren',
    loadFailed: 'Je groepen konden niet worden geladen.',
  },
  problems: {
    forbidden: 'Je hebt geen toegang tot deze pagina.',
  },
} as const;
