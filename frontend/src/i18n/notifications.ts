/**
 * Dutch text for notifications (meldingen): the bell in the header, the /meldingen page and the
 * preferences per kind. Re-exported from nl.ts; this module imports nothing so that there is no
 * import cycle.
 */

export const NOTIFICATION_KINDS = [
  'join_request_received',
  'join_request_answered',
  'waitlist_spot_offered',
  'session_planned',
  'session_changed',
  'session_reminder',
  'evaluation_waiting',
  'contract_published',
] as const;
export type NotificationKindValue = (typeof NOTIFICATION_KINDS)[number];

/** What each kind is about, as the preferences page names it. */
export const notificationKindLabels: Record<NotificationKindValue, string> = {
  join_request_received: 'Nieuwe aanmelding voor je groep',
  join_request_answered: 'Antwoord op je aanmelding',
  waitlist_spot_offered: 'Plek vrij via de wachtlijst',
  session_planned: 'Nieuwe bijeenkomst gepland',
  session_changed: 'Bijeenkomst gewijzigd of afgelast',
  session_reminder: 'Herinnering twee dagen vooraf',
  evaluation_waiting: 'Evaluatie staat klaar',
  contract_published: 'Nieuwe groepsafspraken',
};

export const notificationKindHints: Record<NotificationKindValue, string> = {
  join_request_received: 'Voor coördinatoren: iemand wil aansluiten bij een groep die jij coördineert.',
  join_request_answered: 'De coördinator heeft je aanmelding voor een groep goedgekeurd of afgewezen.',
  waitlist_spot_offered: 'Je stond op een wachtlijst en er is nu een plek voor je vrij.',
  session_planned: 'Een van je groepen heeft een nieuwe bijeenkomst gepland.',
  session_changed: 'De datum of tijd van een bijeenkomst is veranderd, of de bijeenkomst gaat niet door.',
  session_reminder: 'Twee dagen voor een bijeenkomst van je groep krijg je een herinnering.',
  evaluation_waiting: 'Na een bijeenkomst kun je een korte evaluatie invullen.',
  contract_published: 'De groepsafspraken van je groep zijn aangepast en wachten op jouw akkoord.',
};

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

export const notificationsNl = {
  bell: {
    /** The accessible name of the bell link; the visible badge only shows the number. */
    label: (unread: number) => (unread === 0 ? 'Meldingen, geen ongelezen' : `Meldingen, ${unread} ongelezen`),
    labelUnknown: 'Meldingen',
    /** Shown in the badge above 99. */
    many: '99+',
  },
  list: {
    title: 'Meldingen',
    heading: 'Meldingen',
    intro: 'Hier zie je wat er speelt in je groepen en bij je aanmeldingen. Nieuwe meldingen staan bovenaan.',
    summary: (unread: number, total: number) =>
      total === 0
        ? 'Je hebt geen meldingen.'
        : `${total} ${plural(total, 'melding', 'meldingen')}, waarvan ${unread === 0 ? 'geen' : unread} ongelezen.`,
    markAll: 'Alles gelezen',
    markingAll: 'Bezig met markeren…',
    markedAll: (n: number) =>
      n === 0 ? 'Alle meldingen waren al gelezen.' : `${n} ${plural(n, 'melding', 'meldingen')} gemarkeerd als gelezen.`,
    markOne: 'Markeer als gelezen',
    markedOne: 'De melding is gemarkeerd als gelezen.',
    unread: 'Ongelezen',
    unreadHidden: 'Ongelezen:',
    empty: 'Je hebt nog geen meldingen. Zodra er iets gebeurt in je groepen of met je aanmeldingen, zie je het hier.',
    loadFailed: 'Je meldingen konden niet worden geladen.',
    retry: 'Opnieuw proberen',
    more: 'Meer meldingen laden',
    loadingMore: 'Bezig met laden…',
    shown: (shown: number, total: number) => `${shown} van ${total} meldingen getoond.`,
    preferencesLink: 'Kies welke meldingen je krijgt',
    listLabel: 'Je meldingen',
  },
  time: {
    today: (time: string) => `vandaag om ${time}`,
    yesterday: (time: string) => `gisteren om ${time}`,
    other: (date: string, time: string) => `${date} om ${time}`,
  },
  preferences: {
    title: 'Meldingen instellen',
    heading: 'Meldingen instellen',
    back: 'Terug naar mijn profiel',
    toList: 'Naar je meldingen',
    intro:
      'Kies per soort melding hoe je hem wilt krijgen: in de app (onder het belletje bovenaan) en per e-mail. Standaard staat alles aan.',
    inApp: 'In de app',
    email: 'Per e-mail',
    bothOff: 'Je krijgt deze melding dan helemaal niet.',
    submit: 'Voorkeuren opslaan',
    submitting: 'Bezig met opslaan…',
    saved: 'Je voorkeuren zijn opgeslagen.',
    loadFailed: 'Je voorkeuren konden niet worden geladen.',
    retry: 'Opnieuw proberen',
    emailNote: 'E-mails gaan naar het e-mailadres van je account. Ze noemen nooit wat er in de groep besproken wordt.',
  },
} as const;
