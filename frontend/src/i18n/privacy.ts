/**
 * Dutch text for the AVG (privacy) features: downloading one's data, deleting one's account,
 * and the admin audit log. Re-exported from nl.ts; this module imports nothing.
 */

export const AUDIT_LOG_KINDS = [
  'data_export',
  'evidence_pdf',
  'evidence_csv',
  'attendance_pdf',
  'research_csv',
  'group_export',
  'account_deleted',
  'case_read',
  'case_create',
  'case_update',
  'case_delete',
  'case_purge',
] as const;
export type AuditLogKindValue = (typeof AUDIT_LOG_KINDS)[number];

export const auditKindLabels: Record<AuditLogKindValue, string> = {
  data_export: 'Eigen gegevens gedownload',
  evidence_pdf: 'Reflectie-overzicht als pdf',
  evidence_csv: 'Reflectie-overzicht als csv',
  attendance_pdf: 'Presentielijst als pdf',
  research_csv: 'Onderzoekscijfers als csv',
  group_export: 'Groepen geëxporteerd',
  account_deleted: 'Account verwijderd',
  case_read: 'Casus gelezen',
  case_create: 'Casus ingebracht',
  case_update: 'Casus gewijzigd',
  case_delete: 'Casus verwijderd',
  case_purge: 'Casus automatisch opgeruimd',
};

export const privacyNl = {
  section: {
    heading: 'Jouw gegevens',
    intro:
      'Je hebt recht op inzage in alles wat we over je bewaren, en je mag je account laten verwijderen. Dat regel je hier zelf.',
    downloadHeading: 'Download je gegevens',
    downloadText:
      'Je krijgt één bestand (JSON) met je profiel, je groepen, aanmeldingen, aanwezigheid, evaluaties, de casussen die je zelf hebt ingebracht, je meldingen en je instellingen. Van andere deelnemers staan er geen namen of teksten in.',
    downloadButton: 'Download mijn gegevens',
    downloadBusy: 'Bestand wordt klaargemaakt…',
    downloadFormat: '(JSON-bestand)',
    deleteHeading: 'Account verwijderen',
    deleteIntro: 'Als je je account verwijdert, gebeurt het volgende. Dit kun je niet ongedaan maken.',
    consequences: [
      'Je naam, e-mailadres, registratienummer en andere profielgegevens worden gewist. Inloggen kan daarna niet meer.',
      'Je stopt met al je intervisiegroepen. Openstaande aanmeldingen voor groepen en themabijeenkomsten worden ingetrokken.',
      'De casussen die jij hebt ingebracht worden verwijderd, met je actieplan.',
      'Je aanwezigheid bij bijeenkomsten blijft bewaard zonder je naam ("Verwijderd lid"), zodat de presentielijsten van je groep kloppen.',
      'Je scores in evaluaties tellen anoniem mee in de totalen; wat je zelf hebt opgeschreven wordt gewist.',
      'Je meldingen, je instellingen en je agenda-koppeling worden verwijderd.',
    ],
    downloadFirst: 'Wil je je gegevens bewaren? Download ze dan eerst.',
    coordinatorNote:
      'Ben je de enige coördinator van een groep met andere leden? Maak dan eerst iemand anders coördinator.',
    passwordLabel: 'Je wachtwoord',
    passwordHint: 'Ter controle dat jij het echt bent.',
    passwordRequired: 'Vul je wachtwoord in om je account te verwijderen.',
    deleteButton: 'Account verwijderen',
    confirmTitle: 'Account definitief verwijderen?',
    confirmText:
      'Je gegevens worden meteen gewist en je wordt uitgelogd. Dit kun je niet terugdraaien.',
    confirmButton: 'Ja, verwijder mijn account',
    deleting: 'Bezig met verwijderen…',
    cancel: 'Annuleren',
    deleted: 'Je account is verwijderd. Bedankt dat je Intervisiewijzer hebt gebruikt.',
  },
  audit: {
    title: 'Auditlog',
    heading: 'Auditlog',
    intro:
      'Wie wanneer een casus heeft bekeken of gewijzigd, gegevens heeft gedownload of een account heeft verwijderd. Hier staan alleen wie, wat en wanneer: nooit de inhoud van casussen of evaluaties.',
    filtersHeading: 'Filteren',
    kind: 'Soort',
    allKinds: 'Alle soorten',
    since: 'Vanaf',
    until: 'Tot en met',
    apply: 'Filter toepassen',
    reset: 'Filters wissen',
    tableHeading: 'Gebeurtenissen',
    columns: {
      at: 'Tijdstip',
      kind: 'Soort',
      actor: 'Door',
      group: 'Groep',
      target: 'Betreft (id)',
    },
    unknownActor: 'Onbekend',
    noGroup: '–',
    empty: 'Er zijn geen gebeurtenissen die bij deze filters passen.',
    pagerWhat: 'de gebeurtenissen',
    badRange: 'De einddatum ligt voor de begindatum.',
  },
};
