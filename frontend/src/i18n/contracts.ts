/** Dutch text for the group contract (groepsafspraken) and the "for members" block on the group page. */

export const CONTRACT_SECTIONS = ['attendance', 'confidentiality', 'feedback', 'which_cases'] as const;
export type ContractSectionKey = (typeof CONTRACT_SECTIONS)[number];

export const contractSectionLabels: Record<ContractSectionKey, string> = {
  attendance: 'Aanwezigheid en afmelden',
  confidentiality: 'Vertrouwelijkheid',
  feedback: 'Vragen stellen en feedback geven',
  which_cases: 'Welke casussen we inbrengen',
};

export const contractSectionHints: Record<ContractSectionKey, string> = {
  attendance: 'Hoe vaak komen jullie bij elkaar, hoe meld je je af en wat doen jullie als iemand vaak ontbreekt?',
  confidentiality: 'Wat blijft binnen de groep, hoe anonimiseer je een casus en wat gebeurt er met aantekeningen?',
  feedback: 'Hoe stellen jullie vragen, hoe geef je elkaar feedback en wie bewaakt tijd en beurten?',
  which_cases: 'Wat voor situaties brengen jullie in, hoe bereid je een casus voor en wat hoort hier niet?',
};

export const contractsNl = {
  page: {
    title: 'Groepsafspraken',
    heading: 'Groepsafspraken',
    backToGroup: (name: string) => `Terug naar ${name}`,
    intro:
      'In de groepsafspraken (het groepscontract) leggen jullie samen vast hoe je met elkaar omgaat: aanwezigheid, vertrouwelijkheid, feedback en welke casussen je inbrengt. Ieder lid geeft akkoord op de geldende versie, en opnieuw als de afspraken veranderen.',
    loadFailed: 'De groepsafspraken konden niet worden geladen.',
    retry: 'Opnieuw proberen',
    loading: 'Groepsafspraken laden…',
  },
  current: {
    heading: 'Geldende afspraken',
    version: (version: number) => `Versie ${version}`,
    publishedOn: (date: string) => `Vastgesteld op ${date}`,
    publishedBy: (name: string) => `door ${name}`,
    none: 'Deze groep heeft nog geen groepsafspraken vastgesteld.',
    noneMember: 'Zodra een coördinator de afspraken heeft vastgesteld, lees je ze hier en geef je je akkoord.',
    noneCoordinator:
      'Stel hieronder samen met de groep de eerste versie op. Je kunt beginnen met een voorbeeldtekst en die aanpassen aan jullie groep.',
  },
  agreement: {
    requiredTitle: 'Je akkoord is nodig',
    requiredText: (version: number) =>
      `Er geldt een versie van de groepsafspraken (versie ${version}) waarop je nog geen akkoord hebt gegeven. Lees de afspraken en geef daarna je akkoord.`,
    requiredLink: 'Naar akkoord geven',
    heading: 'Jouw akkoord',
    agreedOn: (version: number, when: string) => `Je gaf op ${when} akkoord op versie ${version}.`,
    agreedIcon: '✓',
    checkbox: 'Ik heb de groepsafspraken gelezen en houd me eraan',
    checkboxRequired: 'Zet een vinkje om te bevestigen dat je de afspraken hebt gelezen.',
    submit: 'Akkoord geven',
    submitting: 'Bezig met vastleggen…',
    done: 'Bedankt. Je akkoord op de groepsafspraken is vastgelegd.',
    newerVersion: 'Er is intussen een nieuwe versie gepubliceerd. Lees die eerst; daarna kun je akkoord geven.',
    notMember: 'Alleen leden van de groep geven akkoord op de afspraken.',
  },
  progress: {
    heading: 'Akkoord van de groep',
    count: (agreed: number, total: number) =>
      `${agreed} van ${total} ${total === 1 ? 'lid' : 'leden'} gaf akkoord op de geldende versie`,
    noContract: 'Er is nog geen versie om akkoord op te geven.',
    listLabel: 'Akkoord per lid',
    agreed: 'Akkoord',
    agreedOn: (date: string) => `op ${date}`,
    notYet: 'Nog niet',
    agreedIcon: '✓',
    notYetIcon: '○',
    everyone: 'Iedereen heeft akkoord gegeven.',
  },
  manage: {
    heading: 'Afspraken opstellen',
    intro:
      'Alleen coördinatoren zien dit deel. Een concept blijft onzichtbaar voor de leden tot je het publiceert. Na publiceren vragen we alle leden, jou ook, opnieuw om akkoord.',
    draftHeading: (version: number) => `Concept voor versie ${version}`,
    draftSaved: (when: string) => `Laatst bewaard op ${when}`,
    noDraft: 'Er staat op dit moment geen concept klaar.',
    startFromCurrent: 'Nieuwe versie opstellen vanuit de geldende afspraken',
    startFromTemplate: 'Beginnen met de voorbeeldtekst',
    startFromTemplateInstead: 'Nieuwe versie opstellen vanuit de voorbeeldtekst',
    templateLoading: 'Voorbeeldtekst laden…',
    editDraft: 'Concept bewerken',
    publish: 'Concept publiceren',
    discard: 'Concept weggooien',
    saved: 'Het concept is opgeslagen. Leden zien het pas als je het publiceert.',
    discarded: 'Het concept is weggegooid.',
    published: (version: number) =>
      `Versie ${version} van de groepsafspraken geldt nu. Alle leden wordt gevraagd opnieuw akkoord te geven.`,
    publishTitle: 'Concept publiceren?',
    publishText: (version: number) =>
      `Versie ${version} wordt de geldende versie. Alle leden van de groep, jij ook, moeten daarna opnieuw akkoord geven. Eerdere akkoorden gelden dan niet meer voor deze nieuwe versie.`,
    publishConfirm: 'Ja, publiceren',
    discardTitle: 'Concept weggooien?',
    discardText: 'Het concept verdwijnt en kan niet worden teruggehaald. De geldende afspraken blijven zoals ze zijn.',
    discardConfirm: 'Ja, weggooien',
    cancel: 'Annuleren',
  },
  editor: {
    heading: (version: number) => `Versie ${version} opstellen`,
    intro: 'Schrijf in gewone woorden wat jullie met elkaar afspreken. Je kunt het concept tussendoor bewaren.',
    save: 'Concept opslaan',
    saving: 'Bezig met opslaan…',
    cancel: 'Stoppen met bewerken',
    required: (label: string) => `Vul het onderdeel "${label}" in.`,
    tooLong: (label: string, max: number) => `Het onderdeel "${label}" mag hoogstens ${max} tekens hebben.`,
    counter: (used: number, max: number) => `${used} van ${max} tekens gebruikt`,
    counterOver: (over: number) => `${over} ${over === 1 ? 'teken' : 'tekens'} te veel`,
  },
  versions: {
    heading: 'Eerdere versies',
    intro: 'Alle vastgestelde versies, de nieuwste eerst.',
    none: 'Er zijn nog geen vastgestelde versies.',
    loading: 'Versies laden…',
    summary: (version: number, date: string) => `Versie ${version}, vastgesteld op ${date}`,
    currentTag: '(geldend)',
    more: 'Oudere versies laden',
    loadingMore: 'Bezig met laden…',
  },
  forMembers: {
    heading: 'Voor leden',
    intro: 'Hoe jullie samenwerken en hoe het met de groep gaat.',
    contract: 'Groepsafspraken',
    contractHint: 'Lees de afspraken en geef je akkoord.',
    health: 'Groepscheck',
    healthHint: 'Hoe staat de groep ervoor, met tips.',
    evaluation: 'Jaarevaluatie',
    evaluationHint: 'Kijk samen terug op het afgelopen jaar.',
    agreeTitle: 'Geef je akkoord op de groepsafspraken',
    agreeText: (version: number) => `Je hebt nog geen akkoord gegeven op versie ${version} van de groepsafspraken.`,
    agreeLink: 'Groepsafspraken lezen en akkoord geven',
    noContractCoordinator: 'Jullie groep heeft nog geen groepsafspraken. Stel ze samen op.',
    noContractLink: 'Groepsafspraken opstellen',
  },
} as const;
