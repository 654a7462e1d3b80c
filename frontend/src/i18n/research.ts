/**
 * Dutch text for research on evaluations: the dashboard for Present 24x7 staff (/beheer/onderzoek)
 * and the public summary (/onderzoek). Re-exported from nl.ts; this module imports nothing so that
 * there is no import cycle.
 */

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);
const numberFormat = new Intl.NumberFormat('nl-NL');
const count = (n: number) => numberFormat.format(n);

export const researchNl = {
  common: {
    loading: 'Bezig met laden van de onderzoekscijfers…',
    loadFailed: 'De onderzoekscijfers konden niet worden geladen.',
    retry: 'Opnieuw proberen',
    /** A cell the server withheld: never a number, never derived. */
    suppressed: (k: number) => `te weinig antwoorden (minder dan ${k})`,
    noAnswers: 'geen antwoorden',
    distributionHidden: (k: number) =>
      `verdeling verborgen: dan zou een antwoord te herleiden zijn tot minder dan ${k} mensen`,
    showTable: 'Toon als tabel',
    meanOf: (mean: string, n: string) => `${mean} (n = ${n})`,
    scale: (max: number) => `1–${max}`,
    overall: 'Alle antwoorden',
    average: 'Gemiddelde',
    responses: 'Aantal antwoorden',
    criterion: 'Criterium',
    scaleLabel: 'Schaal',
    percentOf: (percent: string, n: string) => `${percent}% (${n})`,
    answers: (n: number) => `${count(n)} ${plural(n, 'antwoord', 'antwoorden')}`,
    chartMeans: (from: string, to: string, max: number) =>
      `Staafdiagram van het gemiddelde per criterium: van ${from} tot ${to} op een schaal van 1 tot ${max}. De getallen staan ook in de tabel.`,
    chartMeansEmpty: 'Staafdiagram zonder gegevens: er zijn nog te weinig antwoorden.',
    chartCompare: (categories: string) =>
      `Staafdiagram met het gemiddelde per criterium, naast elkaar voor: ${categories}. De getallen staan ook in de tabel.`,
    chartHiddenPart: (labels: string, k: number) =>
      ` Zonder staaf, omdat er minder dan ${k} antwoorden zijn: ${labels}.`,
    chartDistribution: (criterion: string, rows: string) =>
      `Gestapeld staafdiagram: hoe de antwoorden op “${criterion}” verdeeld zijn, in procenten, voor: ${rows}. De aantallen staan ook in de tabel.`,
    chartOverTime: (criterion: string, first: string, last: string) =>
      `Staaf- en lijndiagram voor “${criterion}” van ${first} tot en met ${last}: de staven tonen het aantal antwoorden, de lijn het gemiddelde. De getallen staan ook in de tabel.`,
    axisMean: 'Gemiddelde',
    axisCount: 'Aantal antwoorden',
    axisPercent: 'Procent van de antwoorden',
    periodColumn: 'Periode',
    groupColumn: 'Groep',
    noChartData: 'Hier is (nog) niets te tekenen: alle cellen hebben te weinig antwoorden.',
    scaleNote: (labels: string) =>
      `${labels} heeft een andere schaal (zie de tabel) en staat daarom niet in deze grafiek. Bij “Eén criterium in detail” zie je de verdeling.`,
    chartOnlyShown: 'In de grafiek staan alleen de groepen waarvan de verdeling getoond mag worden; de tabel noemt ze allemaal.',
  },
  dashboard: {
    title: 'Onderzoek',
    heading: 'Onderzoek naar goede intervisie',
    intro:
      'Wat zeggen de evaluaties over groepen die goed werken? Hier zie je per criterium het aantal antwoorden, het gemiddelde en de verdeling, en hoe dat verschilt tussen groepen met en zonder geschoolde begeleider, fysiek of online, per frequentie en door de tijd.',
    factsHeading: 'Over deze cijfers',
    generatedAt: 'Berekend op',
    minCell: 'Kleinste getoonde groep',
    minCellValue: (k: number) => `${k} antwoorden`,
    sectionCount: (label: string) => label,
    ruleHeading: 'Zo blijven antwoorden anoniem',
    exportHeading: 'Exporteren',
    exportIntro:
      'Download dezelfde cijfers als CSV-bestand (puntkomma’s, decimale komma) voor Excel, LibreOffice of R. Het bestand bevat alleen totalen; verborgen cellen blijven leeg.',
    exportButton: 'Download CSV',
    exportBusy: 'Bezig met downloaden…',
    exportFileType: '(CSV-bestand)',
    sectionsLabel: 'Soort evaluatie',
    tabs: {
      session: 'Na een bijeenkomst',
      yearly: 'Jaarevaluatie',
    },
    emptySection:
      'Voor deze evaluatie zijn nog geen antwoorden waarvan de invultermijn is gesloten. Zodra dat zo is, verschijnen hier de cijfers.',
    responseCount: (label: string) => `${label}: aantal antwoorden`,
    meansHeading: 'Gemiddelde per criterium',
    meansIntro: 'Alle antwoorden samen. Een hoger gemiddelde is gunstiger (5 = helemaal eens).',
    compareHeading: 'Vergelijken naar opzet van de groep',
    compareIntro:
      'Per criterium het gemiddelde voor elk soort groep. Een cel met te weinig antwoorden heeft geen staaf en staat in de tabel als verborgen.',
    detailHeading: 'Eén criterium in detail',
    detailIntro: 'Kies een criterium en een indeling: je ziet dan hoe de antwoorden verdeeld zijn, en hoe het verloopt in de tijd.',
    criterionField: 'Criterium',
    dimensionField: 'Indelen naar',
    overallOnly: 'Geen indeling (alle antwoorden)',
    distributionHeading: (criterion: string) => `Verdeling van de antwoorden op “${criterion}”`,
    distributionNone: (k: number) =>
      `Voor deze keuze is geen verdeling te tonen: in elke groep komt minstens één antwoord minder dan ${k} keer voor. Kies een andere indeling of bekijk het gemiddelde.`,
    overTimeHeading: (criterion: string, yearly: boolean) =>
      `${criterion} ${yearly ? 'per jaar' : 'per kwartaal'}: aantal antwoorden en gemiddelde`,
    overTimeNone: 'Er zijn nog geen antwoorden over meerdere perioden.',
  },
  summary: {
    title: 'Wat we leren over intervisie',
    heading: 'Wat we leren over goede intervisie',
    lead:
      'Na elke bijeenkomst en aan het eind van het jaar vullen deelnemers een korte, anonieme evaluatie in. Samen laten die antwoorden zien wat een intervisiegroep helpt. Hier delen we wat we tot nu toe zien.',
    sourceHeading: 'Waar de cijfers vandaan komen',
    sourceText:
      'Deelnemers geven aan hoe veilig ze zich voelden, of de bijeenkomst een duidelijke opbouw had, of de casus goed was voorbereid, of de begeleiding goed was, of iedereen aan bod kwam en of ze iets geleerd hebben. Ze kiezen steeds uit 1 (helemaal oneens) tot 5 (helemaal eens). Ook geven ze aan hoe diep het gesprek ging: over de casus zelf, over het handelen van degene die de casus inbracht, of over de waarden en overtuigingen daaronder.',
    dataUntil: (date: string) => `Alleen bijeenkomsten van vóór ${date} tellen mee. De cijfers veranderen één keer per kwartaal.`,
    dataAll: 'Alle evaluaties waarvan de invultermijn is gesloten tellen mee.',
    countsLabel: 'Aantal evaluaties',
    privacyHeading: 'Niemand is te herkennen',
    privacyText: (k: number) =>
      `We laten nooit cijfers zien over een groep mensen die kleiner is dan ${k}. Waar te weinig antwoorden zijn, staat “te weinig antwoorden”. We tonen ook nooit antwoorden van één persoon of één intervisiegroep.`,
    findingsHeading: 'Wat opvalt',
    finding: (criterion: string, trained: string, none: string) =>
      `Het grootste verschil tussen groepen met een geschoolde begeleider en groepen zonder begeleider zit bij “${criterion}”: gemiddeld ${trained} tegen ${none}.`,
    noFinding:
      'Er zijn nog te weinig antwoorden van groepen zonder begeleider om groepen met en zonder geschoolde begeleider te vergelijken.',
    causalNote:
      'Dit zijn beschrijvende cijfers. Ze laten zien wat vaak samengaat, niet wat de oorzaak is: groepen die voor een geschoolde begeleider kiezen, kunnen ook op andere punten verschillen.',
    compareHeading: (section: string) => `${section}: met en zonder geschoolde begeleider`,
    scaleNote: (labels: string) => `${labels} heeft een andere schaal en staat daarom alleen in de tabel.`,
    compareIntro: 'Het gemiddelde per onderwerp, voor groepen met een geschoolde begeleider, met een begeleider uit de groep zelf, en zonder begeleider.',
    depthHeading: 'Hoe diep gaat het gesprek?',
    depthIntro:
      'Hoe dieper het gesprek gaat, hoe meer je eraan hebt in je werk. Niveau 1 gaat over de casus zelf, niveau 2 over hoe je handelde, niveau 3 over de waarden en overtuigingen die daaronder liggen.',
    noData:
      'Er zijn nog niet genoeg evaluaties om iets te laten zien. Zodra er genoeg antwoorden zijn, verschijnen hier de eerste cijfers.',
    ctaHeading: 'Zelf aan de slag',
    ctaText:
      'Op zoek naar een groep met structuur en een veilige sfeer? Zoek een groep bij jou in de buurt of lees welke werkvormen goed helpen.',
    ctaFinder: 'Zoek een intervisiegroep',
    ctaMethods: 'Bekijk de werkvormen',
  },
  footerLink: 'Wat we leren over intervisie',
} as const;
