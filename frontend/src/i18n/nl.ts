/**
 * All Dutch text shown in the interface. Components never hard-code visible text;
 * they read it from here so wording stays consistent and can be reviewed in one place.
 */

export const MEMBER_KINDS = ['gezinshuisouder', 'jeugdzorgwerker', 'intervisor', 'other'] as const;
export type MemberKindValue = (typeof MEMBER_KINDS)[number];

export const EMPLOYMENT_FORMS = [
  'loondienst',
  'franchise_met_zorgaanbieder',
  'franchise_zonder_zorgaanbieder',
  'onderaannemer',
  'onder_zorgaanbieder',
  'vrijgevestigd',
] as const;
export type EmploymentFormValue = (typeof EMPLOYMENT_FORMS)[number];

export const REGISTRATION_BODIES = ['skj', 'registerplein'] as const;
export type RegistrationBodyValue = (typeof REGISTRATION_BODIES)[number];

export const PROVINCES = [
  'groningen',
  'friesland',
  'drenthe',
  'overijssel',
  'flevoland',
  'gelderland',
  'utrecht',
  'noord-holland',
  'zuid-holland',
  'zeeland',
  'noord-brabant',
  'limburg',
] as const;
export type ProvinceValue = (typeof PROVINCES)[number];

export const memberKindLabels: Record<MemberKindValue, string> = {
  gezinshuisouder: 'Gezinshuisouder',
  jeugdzorgwerker: 'Jeugdzorgwerker',
  intervisor: 'Intervisor of supervisor',
  other: 'Anders',
};

export const employmentFormLabels: Record<EmploymentFormValue, string> = {
  loondienst: 'In loondienst van een zorgaanbieder',
  franchise_met_zorgaanbieder: 'Franchise met zorgaanbieder',
  franchise_zonder_zorgaanbieder: 'Franchise zonder zorgaanbieder',
  onderaannemer: 'Onderaannemer',
  onder_zorgaanbieder: 'Onder een zorgaanbieder',
  vrijgevestigd: 'Vrijgevestigd',
};

export const registrationBodyLabels: Record<RegistrationBodyValue, string> = {
  skj: 'SKJ (Stichting Kwaliteitsregister Jeugd)',
  registerplein: 'Registerplein',
};

export const provinceLabels: Record<ProvinceValue, string> = {
  groningen: 'Groningen',
  friesland: 'Fryslân',
  drenthe: 'Drenthe',
  overijssel: 'Overijssel',
  flevoland: 'Flevoland',
  gelderland: 'Gelderland',
  utrecht: 'Utrecht',
  'noord-holland': 'Noord-Holland',
  'zuid-holland': 'Zuid-Holland',
  zeeland: 'Zeeland',
  'noord-brabant': 'Noord-Brabant',
  limburg: 'Limburg',
};

/** Looks up a label for an enum value that may come back from the API as a value this UI does not know yet. */
export function labelFor<K extends string>(labels: Record<K, string>, value: string | null | undefined): string {
  if (value === null || value === undefined || value === '') return nl.common.notFilledIn;
  return value in labels ? labels[value as K] : value;
}

export const nl = {
  appName: 'Intervisiewijzer',
  common: {
    loading: 'Bezig met laden…',
    optional: '(niet verplicht)',
    notFilledIn: 'Niet ingevuld',
    chooseOption: 'Maak een keuze',
    noneOption: 'Geen',
    save: 'Opslaan',
    saving: 'Bezig met opslaan…',
    cancel: 'Annuleren',
    years: (n: number) => (n === 1 ? '1 jaar' : `${n} jaar`),
  },
  layout: {
    skipLink: 'Direct naar de inhoud',
    mainNavLabel: 'Hoofdmenu',
    homeLinkLabel: 'Intervisiewijzer, naar de startpagina',
    tagline: 'Intervisie voor gezinshuisouders',
    login: 'Inloggen',
    register: 'Registreren',
    profile: 'Mijn profiel',
    logout: 'Uitloggen',
    loggingOut: 'Bezig met uitloggen…',
    loggedOutMessage: 'Je bent uitgelogd.',
    footerText:
      'Intervisiewijzer helpt gezinshuisouders in heel Nederland om een intervisiegroep te vinden en samen te leren van hun praktijk.',
    footerConfidential: 'Wat in de groep besproken wordt, blijft in de groep.',
  },
  documentTitle: (page: string) => `${page} – Intervisiewijzer`,
  home: {
    title: 'Welkom',
    heading: 'Samen sterker in het gezinshuis',
    lead:
      'Als gezinshuisouder zorg je dag en nacht voor kinderen die veel hebben meegemaakt. Intervisie met collega’s die hetzelfde werk doen helpt je om stil te staan bij wat je doet en waarom.',
    introHeading: 'Wat Intervisiewijzer voor je doet',
    features: [
      {
        title: 'Een groep vinden',
        text: 'Zoek een intervisiegroep met een vrije plek bij jou in de buurt of online. Ook als je van groep wilt wisselen.',
      },
      {
        title: 'Bijeenkomsten met structuur',
        text: 'Kies een beproefde methode, verdeel de rollen en bereid een casus voor. Zo blijft elke bijeenkomst veilig en gaat het gesprek de diepte in.',
      },
      {
        title: 'Je reflectie aantonen',
        text: 'Houd bij welke bijeenkomsten je bijwoonde en wat je ervan leerde. Zo toon je je reflectie aan bij je herregistratie, bijvoorbeeld bij SKJ.',
      },
    ],
    whyHeading: 'Waarom dit platform?',
    whyText:
      'Uit onderzoek onder gezinshuisouders blijkt dat een flink deel geen intervisiegroep heeft. Vaak omdat ze niet weten hoe je aansluit, of omdat er geen groep in de buurt lijkt te zijn. Intervisiewijzer brengt het aanbod samen op één plek.',
    ctaHeading: 'Doe mee',
    ctaText: 'Maak een account aan om je profiel in te vullen en straks een groep te vinden of zelf een groep te beheren.',
    ctaRegister: 'Account aanmaken',
    ctaLogin: 'Ik heb al een account',
    ctaProfile: 'Naar mijn profiel',
    welcomeBack: (name: string) => `Fijn dat je er bent, ${name}.`,
  },
  fields: {
    email: 'E-mailadres',
    password: 'Wachtwoord',
    passwordHint: 'Minimaal 10 tekens. Een zin van een paar woorden is sterk en makkelijk te onthouden.',
    fullName: 'Volledige naam',
    kind: 'Ik ben',
    employmentForm: 'Hoe werk je als gezinshuisouder?',
    yearsExperience: 'Aantal jaren ervaring',
    yearsExperienceHint: 'Een heel getal van 0 tot en met 60.',
    registrationBody: 'Registratie',
    registrationBodyHint: 'Bij welk register sta je ingeschreven?',
    registrationNumber: 'Registratienummer',
    province: 'Provincie',
    provinceHint: 'Zo kunnen we groepen bij jou in de buurt laten zien.',
    currentPassword: 'Huidig wachtwoord',
    newPassword: 'Nieuw wachtwoord',
    createdAt: 'Lid sinds',
  },
  validation: {
    emailRequired: 'Vul je e-mailadres in.',
    passwordRequired: 'Vul je wachtwoord in.',
    fullNameRequired: 'Vul je volledige naam in.',
    kindRequired: 'Kies wat je bent: gezinshuisouder, jeugdzorgwerker, intervisor of iets anders.',
    currentPasswordRequired: 'Vul je huidige wachtwoord in.',
    newPasswordRequired: 'Vul een nieuw wachtwoord in.',
    emailInvalid: 'Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl.',
    passwordTooShort: 'Je wachtwoord moet minimaal 10 tekens lang zijn.',
    yearsInvalid: 'Vul een heel getal in van 0 tot en met 60.',
    newPasswordSame: 'Je nieuwe wachtwoord moet anders zijn dan je huidige wachtwoord.',
  },
  errors: {
    summaryTitle: 'Er is een probleem',
    unexpected: 'Er ging iets mis. Probeer het later nog eens.',
    network: 'Er is geen verbinding met de server. Controleer je internetverbinding en probeer het opnieuw.',
  },
  login: {
    title: 'Inloggen',
    heading: 'Inloggen',
    intro: 'Log in met het e-mailadres en wachtwoord van je account.',
    submit: 'Inloggen',
    submitting: 'Bezig met inloggen…',
    noAccount: 'Nog geen account?',
    registerLink: 'Registreer je hier',
    loginRequired: 'Log in om die pagina te bekijken.',
  },
  register: {
    title: 'Registreren',
    heading: 'Account aanmaken',
    intro: 'Met een account kun je straks een intervisiegroep vinden, je aanmelden en je bijeenkomsten bijhouden.',
    accountSection: 'Je account',
    aboutSection: 'Over jou',
    registrationSection: 'Beroepsregistratie',
    registrationSectionIntro: 'Sta je ingeschreven bij SKJ of Registerplein? Dan kun je je intervisie later gebruiken voor je herregistratie.',
    submit: 'Account aanmaken',
    submitting: 'Bezig met aanmaken…',
    haveAccount: 'Heb je al een account?',
    loginLink: 'Log dan in',
    createdLoginFailed: 'Je account is aangemaakt, maar automatisch inloggen lukte niet. Log zelf in.',
  },
  profile: {
    title: 'Mijn profiel',
    heading: 'Mijn profiel',
    detailsHeading: 'Je gegevens',
    edit: 'Gegevens wijzigen',
    editHeading: 'Gegevens wijzigen',
    saved: 'Je gegevens zijn opgeslagen.',
    passwordHeading: 'Wachtwoord wijzigen',
    passwordIntro: 'Vul je huidige wachtwoord in en kies een nieuw wachtwoord.',
    passwordSubmit: 'Wachtwoord wijzigen',
    passwordSubmitting: 'Bezig met wijzigen…',
    passwordChanged: 'Je wachtwoord is gewijzigd.',
    loadFailed: 'Je profiel kon niet worden geladen.',
    retry: 'Opnieuw proberen',
  },
  auth: {
    checking: 'Bezig met controleren of je bent ingelogd…',
  },
  notFound: {
    title: 'Pagina niet gevonden',
    heading: 'Deze pagina bestaat niet',
    text: 'Misschien is de pagina verplaatst, of is er een typefout in het adres geslopen.',
    homeLink: 'Ga naar de startpagina',
  },
} as const;

export type Messages = typeof nl;
export * from './groups';
export * from './events';
export * from './sessions';
export * from './notifications';
export * from './admin';
export * from './cases';
export * from './evaluations';
export * from './contracts';
export * from './grouphealth';
export * from './research';
export * from './privacy';
