/**
 * Dutch text for the platform admin pages of Present 24x7 staff (beheer): API keys for partner
 * sites and care providers, and webhooks. Re-exported from nl.ts; this module imports nothing so
 * that there is no import cycle.
 */

export const API_KEY_KINDS = ['partner', 'organisation'] as const;
export type ApiKeyKindValue = (typeof API_KEY_KINDS)[number];

export const API_KEY_SCOPES = ['finder:read', 'organisation:groups', 'organisation:attendance'] as const;
export type ApiKeyScopeValue = (typeof API_KEY_SCOPES)[number];

export const API_KEY_STATUSES = ['active', 'expired', 'revoked'] as const;
export type ApiKeyStatusValue = (typeof API_KEY_STATUSES)[number];

export const WEBHOOK_EVENTS = [
  'group.changed',
  'join_request.created',
  'join_request.decided',
  'session.planned',
  'attendance.confirmed',
] as const;
export type WebhookEventValue = (typeof WEBHOOK_EVENTS)[number];

export const DELIVERY_STATUSES = ['pending', 'delivered', 'failed'] as const;
export type DeliveryStatusValue = (typeof DELIVERY_STATUSES)[number];

export const apiKeyKindLabels: Record<ApiKeyKindValue, string> = {
  partner: 'Partnersite',
  organisation: 'Organisatie',
};

export const apiKeyKindHints: Record<ApiKeyKindValue, string> = {
  partner: 'Een website die de groepenzoeker toont, bijvoorbeeld met de widget. Mag alleen zoeken en lezen.',
  organisation:
    'Het eigen systeem van een zorgaanbieder of franchiseorganisatie. Beheert de groepen van die organisatie.',
};

export const apiKeyScopeLabels: Record<ApiKeyScopeValue, string> = {
  'finder:read': 'Groepen zoeken en bekijken',
  'organisation:groups': 'Groepen en lidmaatschappen van de organisatie beheren',
  'organisation:attendance': 'Presentie van eigen medewerkers inzien (met hun toestemming)',
};

export const apiKeyStatusLabels: Record<ApiKeyStatusValue, string> = {
  active: 'Actief',
  expired: 'Verlopen',
  revoked: 'Ingetrokken',
};

export const webhookEventLabels: Record<WebhookEventValue | 'ping', string> = {
  'group.changed': 'Groep aangemaakt of gewijzigd',
  'join_request.created': 'Nieuwe aanmelding voor een groep',
  'join_request.decided': 'Aanmelding beoordeeld',
  'session.planned': 'Bijeenkomst gepland',
  'attendance.confirmed': 'Presentie afgetekend',
  ping: 'Testbericht',
};

export const deliveryStatusLabels: Record<DeliveryStatusValue, string> = {
  pending: 'Wacht op verzending',
  delivered: 'Afgeleverd',
  failed: 'Mislukt',
};

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

export const adminNl = {
  layout: {
    admin: 'Beheer',
  },
  guard: {
    checking: 'Bezig met nagaan of je beheerder bent…',
    title: 'Geen toegang',
    heading: 'Geen toegang',
    text: 'Deze pagina is alleen voor beheerders van Intervisiewijzer, de medewerkers van Present 24x7. Je bent ingelogd, maar je account heeft geen beheerrechten.',
    contact: 'Denk je dat je hier wel bij zou moeten kunnen? Neem dan contact op met Present 24x7.',
    homeLink: 'Naar de startpagina',
  },
  common: {
    back: 'Terug naar Beheer',
    retry: 'Opnieuw proberen',
    refresh: 'Vernieuwen',
    refreshing: 'Bezig met vernieuwen…',
    loadFailed: 'Het laden is niet gelukt.',
    cancel: 'Annuleren',
    copy: 'Kopiëren',
    working: 'Bezig…',
  },
  pager: {
    label: (what: string) => `Bladeren door ${what}`,
    previous: 'Vorige',
    next: 'Volgende',
    range: (from: number, to: number, total: number) => `${from}–${to} van ${total}`,
    about: (what: string) => `(${what})`,
  },
  home: {
    title: 'Beheer',
    heading: 'Beheer',
    intro:
      'Hier regel je als medewerker van Present 24x7 de koppelingen met partners en zorgaanbieders, en de themabijeenkomsten.',
    sections: [
      {
        to: '/beheer/api-sleutels',
        title: 'API-sleutels',
        text: 'Geef partnersites en zorgaanbieders toegang tot de API, zie hoe de sleutels gebruikt worden en trek ze in.',
      },
      {
        to: '/beheer/webhooks',
        title: 'Webhooks',
        text: 'Laat systemen van partners een bericht krijgen als er iets verandert, en volg of de berichten aankomen.',
      },
      {
        to: '/beheer/onderzoek',
        title: 'Onderzoek',
        text: 'Zie wat de evaluaties laten zien: gemiddelden en verdelingen per criterium, per soort groep en door de tijd. Download de cijfers als CSV.',
      },
      {
        to: '/beheer/themabijeenkomsten',
        title: 'Themabijeenkomsten',
        text: 'Plan themabijeenkomsten, wijs coaches en kamers toe en bekijk de aanmeldingen.',
      },
      {
        to: '/beheer/auditlog',
        title: 'Auditlog',
        text: 'Zie wie casussen heeft ingezien, wie gegevens heeft gedownload en welke accounts zijn verwijderd. Zonder inhoud.',
      },
    ],
  },
  secret: {
    warningTitle: 'Alleen nu zichtbaar',
    copied: 'Gekopieerd naar het klembord.',
    copyFailed: 'Kopiëren lukte niet. De tekst is geselecteerd: kopieer hem met Ctrl+C (of Cmd+C op een Mac).',
  },
  keys: {
    title: 'API-sleutels',
    heading: 'API-sleutels',
    intro:
      'Met een API-sleutel gebruikt een partnersite de groepenzoeker, of werkt een zorgaanbieder de eigen groepen bij vanuit een eigen systeem. Wij bewaren alleen een vingerafdruk van elke sleutel: de sleutel zelf zie je één keer, bij het aanmaken.',
    formHeading: 'Nieuwe sleutel',
    fields: {
      name: 'Naam',
      nameHint: 'Voor wie de sleutel is, bijvoorbeeld “Website Gezinshuis Noord”. 3 tot 120 tekens.',
      kind: 'Soort sleutel',
      organisationId: 'Id van de organisatie',
      organisationIdHint:
        'Het id van de zorgaanbieder of franchiseorganisatie, zoals 0b7c…-…; je vindt het onder meer in de groepenexport (organisation_id).',
      scopes: 'Rechten',
      scopesHint: 'Wat de sleutel mag. Een partnersite mag alleen zoeken en lezen.',
      origins: 'Toegestane websites (origins)',
      originsHint:
        'Eén per regel, zoals https://www.partner.nl. Alleen deze websites mogen de sleutel vanuit de browser gebruiken. Laat leeg als de sleutel alleen vanaf een server gebruikt wordt.',
      rateLimit: 'Maximaal aantal verzoeken per minuut',
      rateLimitHint: 'Een heel getal van 1 tot en met 10.000. Standaard is 120.',
      expires: 'Geldig tot en met',
      expiresHint: 'Laat leeg als de sleutel niet vanzelf verloopt. De sleutel werkt tot het eind van deze dag (Nederlandse tijd).',
    },
    validation: {
      nameRequired: 'Vul een naam in van minstens 3 tekens.',
      nameTooLong: 'De naam mag hooguit 120 tekens lang zijn.',
      kindRequired: 'Kies de soort sleutel.',
      organisationRequired: 'Vul het id van de organisatie in.',
      organisationInvalid: 'Dit is geen geldig id. Een id ziet eruit als 0b7c2f3e-1a2b-4c5d-8e9f-0123456789ab.',
      scopesRequired: 'Kies minstens één recht.',
      originInvalid: (value: string) =>
        `“${value}” is geen origin. Gebruik alleen schema en domein, zoals https://www.partner.nl (zonder pad).`,
      tooManyOrigins: 'Noem hooguit 20 websites.',
      rateInvalid: 'Vul een heel getal in van 1 tot en met 10.000.',
      expiresInvalid: 'Vul een geldige datum in.',
      expiresPast: 'Kies een datum vanaf vandaag.',
    },
    submit: 'Sleutel aanmaken',
    submitting: 'Bezig met aanmaken…',
    issuedHeading: (name: string) => `Sleutel voor ${name} is aangemaakt`,
    issuedWarning:
      'Dit is de enige keer dat je deze sleutel ziet. Kopieer hem nu en geef hem veilig door, bijvoorbeeld via een wachtwoordmanager. Kwijt? Trek hem in en maak een nieuwe.',
    issuedLabel: 'De API-sleutel',
    issuedHint: 'Meesturen in de kop X-API-Key van elk verzoek.',
    issuedDone: 'Ik heb de sleutel bewaard',
    issuedGone: 'De sleutel is niet meer te zien. Hij staat in de lijst hieronder, herkenbaar aan het begin.',
    listHeading: 'Uitgegeven sleutels',
    count: (n: number) => `${n} ${plural(n, 'sleutel', 'sleutels')}`,
    empty: 'Er zijn nog geen API-sleutels uitgegeven.',
    pagerWhat: 'de sleutels',
    facts: {
      kind: 'Soort',
      prefix: 'Begint met',
      organisation: 'Organisatie',
      scopes: 'Rechten',
      origins: 'Toegestane websites',
      noOrigins: 'Geen: alleen vanaf een server',
      rateLimit: 'Limiet',
      perMinute: (n: number) => `${n.toLocaleString('nl-NL')} verzoeken per minuut`,
      expires: 'Verloopt',
      noExpiry: 'Niet',
      lastUsed: 'Laatst gebruikt',
      neverUsed: 'Nog nooit',
      created: 'Aangemaakt',
      revoked: 'Ingetrokken op',
    },
    revoke: 'Intrekken',
    revokeTitle: (name: string) => `Sleutel “${name}” intrekken?`,
    revokeText:
      'De sleutel werkt meteen niet meer: websites en systemen die hem gebruiken krijgen een foutmelding. Dit kun je niet ongedaan maken.',
    revoking: 'Bezig met intrekken…',
    revoked: (name: string) => `De sleutel “${name}” is ingetrokken.`,
    usesShow: 'Gebruik bekijken',
    usesHide: 'Gebruik verbergen',
    usesHeading: (name: string) => `Gebruik van ${name}`,
    usesEmpty: 'Deze sleutel is nog niet gebruikt.',
    usesPagerWhat: 'het gebruik',
    usesColumns: {
      when: 'Tijdstip',
      request: 'Verzoek',
      status: 'Antwoord',
      origin: 'Website',
    },
    noOrigin: 'Server (geen website)',
  },
  webhooks: {
    title: 'Webhooks',
    heading: 'Webhooks',
    intro:
      'Een webhook stuurt een bericht naar het systeem van een partner zodra er iets verandert, bijvoorbeeld een nieuwe aanmelding. Elk bericht is ondertekend met een geheim dat je één keer ziet, bij het aanmaken.',
    formHeading: 'Nieuwe webhook',
    fields: {
      url: 'Adres (URL)',
      urlHint:
        'Een openbaar https-adres, zoals https://partner.nl/webhooks/intervisiewijzer. Interne en lokale adressen worden geweigerd.',
      description: 'Omschrijving',
      descriptionHint: 'Waarvoor dit abonnement is, bijvoorbeeld de naam van de partner. Hooguit 200 tekens.',
      events: 'Gebeurtenissen',
      eventsHint:
        'Waarover het adres een bericht krijgt. Berichten bevatten alleen ids en openbare gegevens, nooit namen, e-mailadressen of wat er besproken is.',
      active: 'Meteen aanzetten',
      activeHint: 'Uit: er gaan nog geen berichten heen tot je de webhook aanzet.',
    },
    validation: {
      urlRequired: 'Vul het adres in.',
      urlInvalid: 'Vul een volledig adres in, zoals https://partner.nl/webhooks.',
      urlNotHttps: 'Gebruik een https-adres: webhooks gaan alleen versleuteld over.',
      descriptionTooLong: 'De omschrijving mag hooguit 200 tekens lang zijn.',
      eventsRequired: 'Kies minstens één gebeurtenis.',
    },
    submit: 'Webhook aanmaken',
    submitting: 'Bezig met aanmaken…',
    createdHeading: 'De webhook is aangemaakt',
    createdWarning:
      'Dit is de enige keer dat je het geheim ziet. De partner controleert er de handtekening van elk bericht mee. Kopieer het nu en geef het veilig door.',
    createdLabel: 'Geheim voor de handtekeningen',
    createdHint: (url: string) => `Voor ${url}`,
    createdDone: 'Ik heb het geheim bewaard',
    listHeading: 'Abonnementen',
    count: (n: number) => `${n} ${plural(n, 'webhook', 'webhooks')}`,
    empty: 'Er zijn nog geen webhooks.',
    pagerWhat: 'de webhooks',
    active: 'Aan',
    inactive: 'Uit',
    facts: {
      description: 'Omschrijving',
      events: 'Gebeurtenissen',
      created: 'Aangemaakt',
      updated: 'Laatst gewijzigd',
    },
    activate: 'Aanzetten',
    deactivate: 'Uitzetten',
    activated: (url: string) => `De webhook naar ${url} staat aan.`,
    deactivated: (url: string) => `De webhook naar ${url} staat uit. Er gaan geen berichten meer heen.`,
    test: 'Testbericht sturen',
    testQueued: (url: string) =>
      `Er staat een testbericht klaar voor ${url}. De verzender stuurt het binnen enkele ogenblikken; vernieuw de leveringen om te zien hoe het ging.`,
    remove: 'Verwijderen',
    removeTitle: 'Webhook verwijderen?',
    removeText: (url: string) =>
      `Er gaan geen berichten meer naar ${url}, en het logboek van de leveringen verdwijnt ook. Dit kun je niet ongedaan maken.`,
    removed: (url: string) => `De webhook naar ${url} is verwijderd.`,
    deliveriesShow: 'Leveringen bekijken',
    deliveriesHide: 'Leveringen verbergen',
    deliveriesHeading: (url: string) => `Leveringen aan ${url}`,
    deliveriesEmpty: 'Er is nog niets naar dit adres gestuurd.',
    deliveriesPagerWhat: 'de leveringen',
    deliveryColumns: {
      created: 'Aangemaakt',
      event: 'Gebeurtenis',
      status: 'Status',
      attempts: 'Pogingen',
      response: 'Antwoordcode',
      when: 'Verzending',
    },
    deliveredAt: (when: string) => `Afgeleverd ${when}`,
    nextAttempt: (when: string) => `Volgende poging ${when}`,
    noResponse: 'Geen antwoord',
    gaveUp: 'Opgegeven',
  },
} as const;
