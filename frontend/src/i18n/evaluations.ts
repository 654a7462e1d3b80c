/**
 * Dutch text for evaluations: the short evaluation after a session (in the app and through a
 * personal link), the yearly group and process evaluation, the pending list and the group's
 * results. Re-exported from nl.ts; this module imports nothing so that there is no import cycle.
 */

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

export const FREE_TEXT_MAX = 2000;

export const evaluationsNl = {
  form: {
    required: (label: string) => `Kies een antwoord bij ‘${label}’.`,
    skip: 'Niet van toepassing',
    freeTextLabel: 'Wil je nog iets kwijt?',
    freeTextHint:
      'Alleen jij leest dit terug. Schrijf geen namen van kinderen of andere herkenbare gegevens op.',
    freeTextUsed: (used: number, max: number) => `${used} van ${max} tekens gebruikt`,
    freeTextOver: (over: number) => `${over} ${plural(over, 'teken', 'tekens')} te veel`,
    freeTextTooLong: (max: number) => `Je opmerking is te lang: gebruik hoogstens ${max} tekens.`,
    shareLabel: 'Deel mijn opmerking met de facilitator',
    shareHintSession:
      'De facilitator van deze bijeenkomst leest je opmerking dan zonder je naam, pas nadat het invullen is gesloten.',
    shareHintYearly:
      'De facilitator van de groep leest je opmerking dan zonder je naam, pas nadat het invullen is gesloten.',
    shareWithoutText: 'Je hebt nog geen opmerking geschreven; er valt dan niets te delen.',
    questionsHeading: 'Vragen',
    scaleIntro: 'Geef bij elke uitspraak aan hoe je erover denkt.',
    submitNew: 'Evaluatie versturen',
    submitChange: 'Wijzigingen opslaan',
    submitting: 'Bezig met opslaan…',
    privacy:
      'Je antwoorden zijn van jou: niemand anders leest ze terug. De groep ziet alleen totalen, en pas als er genoeg antwoorden zijn.',
  },
  common: {
    loading: 'Even laden…',
    loadFailed: 'Het laden is niet gelukt.',
    retry: 'Opnieuw proberen',
    answerUntil: (date: string) => `Invullen kan tot ${date}.`,
    questionsLoading: 'De vragen worden geladen…',
  },
  session: {
    title: 'Evaluatie van de bijeenkomst',
    heading: 'Hoe was de bijeenkomst?',
    eyebrow: (group: string, date: string) => `${group} · ${date}`,
    intro:
      'Een korte evaluatie helpt je groep te zien wat goed werkt. Invullen duurt een paar minuten.',
    backToSession: 'Terug naar de bijeenkomst',
    notFoundHeading: 'Bijeenkomst niet gevonden',
    cancelled: 'Deze bijeenkomst is afgelast. Er valt niets te evalueren.',
    notEnded: (date: string) =>
      `Je kunt deze bijeenkomst evalueren zodra ze is afgelopen, op ${date}.`,
    notRecorded:
      'De presentielijst van deze bijeenkomst is nog niet ingevuld. Zodra je erop staat, kun je de bijeenkomst evalueren.',
    notPresent:
      'Alleen wie op de presentielijst staat, evalueert de bijeenkomst. Klopt de lijst niet? Vraag de facilitator of een coördinator om hem aan te passen.',
    answered: (submitted: string, until: string) =>
      `Je hebt deze bijeenkomst geëvalueerd op ${submitted}. Je kunt je antwoorden wijzigen tot ${until}.`,
    saved: 'Dank je wel! Je evaluatie is opgeslagen.',
    changed: 'Je wijzigingen zijn opgeslagen.',
    myEvaluations: 'Naar mijn evaluaties',
  },
  link: {
    title: 'Evaluatie invullen',
    heading: 'Hoe was de bijeenkomst?',
    intro: (group: string, date: string) =>
      `Je was bij de bijeenkomst van ${group} op ${date}. Vertel kort hoe het was; inloggen is niet nodig.`,
    once:
      'Met deze link vul je de evaluatie één keer in. Later iets wijzigen? Log dan in en open de evaluatie in de app.',
    loading: 'De evaluatie wordt geladen…',
    expiredHeading: 'Deze link is verlopen',
    expired:
      'De evaluatie van deze bijeenkomst is gesloten, dus deze link werkt niet meer. Dank je wel voor je moeite!',
    invalidHeading: 'Deze link werkt niet',
    invalid:
      'We herkennen deze evaluatielink niet. Misschien is hij niet helemaal gekopieerd. Log in en open de evaluatie via Mijn evaluaties.',
    notPresentHeading: 'Je staat niet op de presentielijst',
    tooManyHeading: 'Even geduld',
    tooMany: 'Er kwamen te veel pogingen vanaf dit adres. Probeer het over een minuut opnieuw.',
    failedHeading: 'De evaluatie kon niet worden geladen',
    alreadyHeading: 'Je hebt deze evaluatie al ingevuld',
    already:
      'Dank je wel! Je antwoorden zijn binnen. Wil je iets wijzigen? Log in en open de evaluatie in de app.',
    doneHeading: 'Dank je wel!',
    done: (until: string) =>
      `Je evaluatie is opgeslagen. Wil je nog iets wijzigen? Log in en open de evaluatie in de app; dat kan tot ${until}.`,
    openInApp: 'Evaluatie openen in de app',
    login: 'Inloggen',
  },
  mine: {
    title: 'Mijn evaluaties',
    heading: 'Mijn evaluaties',
    intro:
      'Na elke bijeenkomst en één keer per jaar vragen we je kort terug te kijken. Zo ziet je groep wat goed werkt en wat beter kan.',
    pendingHeading: 'Nog in te vullen',
    loading: 'Je evaluaties worden geladen…',
    none: 'Je hebt alles ingevuld. Na je volgende bijeenkomst staat hier een nieuwe evaluatie klaar.',
    sessionItem: (group: string, date: string) => `Bijeenkomst van ${group} op ${date}`,
    yearlyItem: (group: string, year: number) => `Jaarevaluatie ${year} van ${group}`,
    answerUntil: (date: string) => `Invullen kan tot ${date}`,
    fillIn: 'Invullen',
    count: (shown: number, total: number) =>
      shown === total
        ? `${total} ${plural(total, 'evaluatie', 'evaluaties')}`
        : `${shown} van ${total} evaluaties getoond`,
    more: 'Meer tonen',
    yearlyHeading: 'Jaarevaluatie per groep',
    yearlyIntro:
      'Eén keer per jaar kijk je met je groep terug op de samenwerking en de werkwijze. Je kunt je antwoorden wijzigen tot en met 31 januari van het jaar erna.',
    yearlyLink: (group: string, year: number) => `Jaarevaluatie ${year}: ${group}`,
    noGroups: 'Je bent nog geen lid van een groep.',
  },
  callout: {
    text: (n: number) =>
      `Er ${plural(n, 'staat', 'staan')} ${n} ${plural(n, 'evaluatie', 'evaluaties')} voor je klaar.`,
    link: 'Naar mijn evaluaties',
  },
  yearly: {
    title: (year: number, group: string) => `Jaarevaluatie ${year} – ${group}`,
    heading: (year: number) => `Jaarevaluatie ${year}`,
    intro:
      'Kijk terug op het afgelopen jaar: hoe werkte de groep samen, pasten de methodes en kwam je vaak genoeg bij elkaar? Je antwoorden tellen mee in het jaaroverzicht van de groep.',
    backToGroup: (group: string) => `Terug naar ${group}`,
    notFoundHeading: 'Groep niet gevonden',
    notMember: 'Alleen leden van deze groep vullen de jaarevaluatie in.',
    notYetOpen: (year: number) => `De jaarevaluatie van ${year} opent op 1 januari ${year}.`,
    closed: (year: number) =>
      `De jaarevaluatie van ${year} is gesloten; invullen kon tot en met 31 januari ${year + 1}.`,
    answered: (submitted: string, year: number) =>
      `Je hebt de jaarevaluatie ingevuld op ${submitted}. Je kunt je antwoorden wijzigen tot en met 31 januari ${year + 1}.`,
    notAnsweredClosed: 'Je hebt deze jaarevaluatie niet ingevuld.',
    saved: 'Dank je wel! Je jaarevaluatie is opgeslagen.',
    changed: 'Je wijzigingen zijn opgeslagen.',
    yearNav: 'Andere jaren',
    otherYear: (year: number) => `Jaarevaluatie ${year}`,
    formHeading: 'Jouw antwoorden',
  },
  results: {
    sessionHeading: 'Evaluatie',
    evaluate: 'Evalueer deze bijeenkomst',
    changeEvaluation: 'Mijn evaluatie bekijken of wijzigen',
    evaluateIntro: 'Je was erbij. Hoe was de bijeenkomst voor jou?',
    summaryHeading: 'Uitkomsten voor de groep',
    yearlySummaryHeading: 'Uitkomsten van de groep',
    loading: 'De uitkomsten worden geladen…',
    notYet: (date: string) => `De uitkomsten verschijnen op ${date}, als het invullen is gesloten.`,
    tooFew: (k: number) =>
      `Te weinig antwoorden om iets te laten zien: we tonen uitkomsten pas vanaf ${k} antwoorden, zodat niemand herleidbaar is.`,
    responses: (n: number) => `${n} ${plural(n, 'antwoord', 'antwoorden')}`,
    noResponses: 'Er zijn geen evaluaties ingevuld.',
    tableCaption: 'Gemiddelde score per onderdeel',
    criterion: 'Onderdeel',
    count: 'Antwoorden',
    mean: 'Gemiddelde',
    distribution: 'Verdeling',
    meanOf: (mean: string, max: number) => `${mean} van ${max}`,
    hidden: 'Te weinig antwoorden',
    distributionHidden: 'Niet getoond (te weinig per antwoord)',
    bar: (label: string, count: number) => `${label}: ${count}`,
    commentsHeading: 'Gedeelde opmerkingen',
    commentsIntro: 'Deze opmerkingen zijn met jou als facilitator gedeeld, zonder namen.',
    commentsNotYet: (date: string) =>
      `Gedeelde opmerkingen verschijnen op ${date}, als het invullen is gesloten.`,
    commentsNone: 'Niemand heeft een opmerking met je gedeeld.',
    commentsLoading: 'De opmerkingen worden geladen…',
  },
} as const;
