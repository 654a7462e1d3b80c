/**
 * All Dutch text of the widget. The widget is a separate bundle, so it keeps its own
 * (small) copy of the labels instead of importing the SPA's `src/i18n/nl.ts`.
 */
import type { Daypart, FacilitatorType, GroupMode, GroupPublic, Province, Weekday } from './types';

export const PROVINCES: readonly Province[] = [
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
];

export const MODES: readonly GroupMode[] = ['in_person', 'online', 'hybrid'];

export const provinceLabels: Record<Province, string> = {
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

const modeScope: Record<GroupMode, string> = {
  in_person: 'Alleen groepen die elkaar in het echt ontmoeten.',
  online: 'Alleen groepen die online bijeenkomen.',
  hybrid: 'Alleen groepen die zowel fysiek als online bijeenkomen.',
};

const facilitatorLabels: Record<FacilitatorType, string> = {
  trained: 'Met een getrainde begeleider',
  peer: 'Leden begeleiden om beurten',
  none: 'Zonder vaste begeleider',
};

const weekdayLabels: Record<Weekday, string> = {
  monday: 'maandag',
  tuesday: 'dinsdag',
  wednesday: 'woensdag',
  thursday: 'donderdag',
  friday: 'vrijdag',
  saturday: 'zaterdag',
  sunday: 'zondag',
};

const daypartLabels: Record<Daypart, string> = {
  morning: 'ochtend',
  afternoon: 'middag',
  evening: 'avond',
};

const km = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 });

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Looks a value up in a label table; unknown values (newer API) are shown as they are. */
function label<K extends string>(labels: Record<K, string>, value: string): string {
  return value in labels ? labels[value as K] : value;
}

export const t = {
  heading: 'Vind een intervisiegroep',
  intro: 'Intervisie met collega-gezinshuisouders: zoek een groep bij jou in de buurt of online.',
  searchLabel: 'Intervisiegroepen zoeken',
  nearLabel: 'Postcode of plaats',
  nearHint: 'Bijvoorbeeld 3511 of Amersfoort. Laat leeg om alle groepen te zien.',
  radiusLabel: 'Afstand',
  radiusOption: (n: number) => `binnen ${km.format(n)} km`,
  vacancyLabel: 'Alleen groepen met een vrije plek',
  onlineLabel: 'Ook online groepen tonen',
  submit: 'Zoeken',
  loading: 'Bezig met zoeken…',
  loadingMore: 'Bezig met laden…',
  more: 'Meer laden',
  resultsLabel: 'Gevonden groepen',
  newTab: '(opent in een nieuw tabblad)',
  didYouMean: 'Bedoel je:',
  allGroups: 'Alle groepen op Intervisiewijzer',
  poweredBy: 'Groepsgegevens van Intervisiewijzer',
  network: 'Er is nu geen verbinding met Intervisiewijzer. Probeer het over een paar minuten opnieuw.',
  unexpected: 'Het zoeken lukte niet. Probeer het later opnieuw.',
  mapLabel: 'Kaart met de gevonden groepen. Dezelfde groepen staan ook in de lijst.',
  zoomIn: 'Inzoomen',
  zoomOut: 'Uitzoomen',
  closePopup: 'Sluiten',
  groupCount: (n: number) => plural(n, 'groep', 'groepen'),
  provinceScope: (province: Province) => `Alleen groepen in de provincie ${provinceLabels[province]}.`,
  modeScope: (mode: GroupMode) => modeScope[mode],

  /** "12 groepen gevonden binnen 25 km van 3511 Utrecht." plus how many are shown. */
  count(total: number, shown: number, near: string | null, radius: number, online: boolean): string {
    if (total === 0) {
      return near
        ? `Geen groepen gevonden binnen ${km.format(radius)} km van ${near}. Kies een grotere afstand of zoek op een andere plaats.`
        : 'Geen groepen gevonden.';
    }
    let text = `${plural(total, 'groep', 'groepen')} gevonden`;
    if (near) text += ` binnen ${km.format(radius)} km van ${near}${online ? ' of online' : ''}`;
    text += '.';
    if (shown < total) text += ` Je ziet er nu ${shown}.`;
    return text;
  },

  location(group: GroupPublic): string {
    const place = group.place
      ? group.province
        ? `${group.place} (${label(provinceLabels, group.province)})`
        : group.place
      : null;
    if (group.mode === 'online' || !place) return 'Online';
    if (group.mode === 'hybrid') return `${place} en online`;
    return place;
  },

  distance: (kmValue: number) => `${km.format(kmValue)} km afstand`,

  /** Room in the group: "2 plekken vrij", "Vol · wachtlijst", "In oprichting". */
  availability(group: GroupPublic): { text: string; tone: 'open' | 'full' | 'forming' } {
    if (group.status === 'closed') return { text: 'Gesloten', tone: 'full' };
    if (group.status === 'full' || group.open_spots <= 0) return { text: 'Vol · wachtlijst', tone: 'full' };
    const spots = `${plural(group.open_spots, 'plek', 'plekken')} vrij`;
    if (group.status === 'forming') return { text: `In oprichting · ${spots}`, tone: 'forming' };
    return { text: spots, tone: 'open' };
  },

  /** "6 bijeenkomsten per jaar, op vrijdagavond". */
  meetings(group: GroupPublic): string {
    const per = `${plural(group.meetings_per_year, 'bijeenkomst', 'bijeenkomsten')} per jaar`;
    const day = group.weekday ? label(weekdayLabels, group.weekday) : '';
    const part = group.daypart ? label(daypartLabels, group.daypart) : '';
    if (day) return `${per}, op ${day}${part}`;
    if (part) return `${per}, in de ${part}`;
    return per;
  },

  facilitator: (type: string) => label(facilitatorLabels, type),
};
