/** Dutch text for the group health check (groepscheck). The criteria, measured values and tips come from the API. */

export const HEALTH_STATUSES = ['ok', 'attention', 'unknown'] as const;
export type HealthStatusValue = (typeof HEALTH_STATUSES)[number];

export const healthStatusLabels: Record<HealthStatusValue, string> = {
  ok: 'In orde',
  attention: 'Vraagt aandacht',
  unknown: 'Nog niet te zeggen',
};

/** Shown next to the status text, never instead of it. */
export const healthStatusIcons: Record<HealthStatusValue, string> = {
  ok: '✓',
  attention: '!',
  unknown: '?',
};

export const groupHealthNl = {
  page: {
    title: 'Groepscheck',
    heading: 'Groepscheck',
    backToGroup: (name: string) => `Terug naar ${name}`,
    intro:
      'Goed lopende intervisiegroepen hebben een paar dingen gemeen. De groepscheck legt jullie groep daarnaast, op basis van wat jullie in de afgelopen 12 maanden in Intervisiewijzer hebben vastgelegd. Gebruik het als gespreksstof voor de groep, niet als oordeel.',
    loading: 'Groepscheck laden…',
    loadFailed: 'De groepscheck kon niet worden geladen.',
    retry: 'Opnieuw proberen',
    period: (from: string, generated: string) => `Gegevens vanaf ${from}, bijgewerkt op ${generated}.`,
  },
  summary: {
    heading: 'In het kort',
    count: (status: HealthStatusValue, n: number) =>
      ({
        ok: `${n} ${n === 1 ? 'punt' : 'punten'} in orde`,
        attention: `${n} ${n === 1 ? 'punt vraagt' : 'punten vragen'} aandacht`,
        unknown: `${n} ${n === 1 ? 'punt' : 'punten'} nog niet te zeggen`,
      })[status],
    allGood: 'Jullie groep voldoet aan alle punten. Mooi werk!',
  },
  list: {
    heading: 'De punten één voor één',
    statusLabel: 'Stand',
    value: 'Wat we zien',
    noValue: 'Nog te weinig gegevens',
    target: 'Waar goede groepen op uitkomen',
    tip: 'Tip',
    keepGoing: 'Zo houd je het vast',
  },
  actions: {
    sessions: 'Naar de bijeenkomsten',
    contract: 'Naar de groepsafspraken',
    editGroup: 'Groepsgegevens aanpassen',
    methods: 'Methoden bekijken',
  },
  note:
    'De punten komen uit onderzoek onder gezinshuisouders en uit het handboek intervisie. Niet elke groep hoeft overal op te scoren; bespreek samen wat bij jullie past.',
} as const;
