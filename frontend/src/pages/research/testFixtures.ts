import type { Bar, Breakdown, Cell, CriterionReport, ResearchReport, ResearchSection } from './types';

const AGREEMENT = ['Helemaal oneens', 'Oneens', 'Neutraal', 'Eens', 'Helemaal eens'];
const DEPTH = ['De casus zelf', 'Het handelen van de casusinbrenger', 'Waarden en overtuigingen'];

export function bars(counts: number[]): Bar[] {
  const labels = counts.length === 3 ? DEPTH : AGREEMENT;
  return counts.map((count, index) => ({ value: index + 1, label: labels[index] ?? String(index + 1), count }));
}

/** A shown cell; with `counts` its distribution is shown too, otherwise withheld. */
export function shown(key: string, label: string, count: number, mean: number | null, counts?: number[]): Cell {
  return {
    key,
    label,
    count,
    mean,
    distribution: counts ? bars(counts) : null,
    suppressed: false,
    distribution_suppressed: !counts,
  };
}

export function hidden(key: string, label: string): Cell {
  return { key, label, count: null, mean: null, distribution: null, suppressed: true, distribution_suppressed: true };
}

export function empty(key: string, label: string): Cell {
  return { key, label, count: 0, mean: null, distribution: null, suppressed: false, distribution_suppressed: false };
}

const FACILITATOR = 'Met en zonder geschoolde begeleider';
const MODE = 'Fysiek, online of hybride';

function criterion(
  key: string,
  label: string,
  scaleMax: number,
  overall: Cell,
  breakdowns: Breakdown[],
  question = `Vraag over ${label.toLowerCase()}`,
): CriterionReport {
  return { key, label, question, scale_max: scaleMax, overall, breakdowns };
}

/**
 * A session section where
 * - safety: everything shown; "none" has 12 answers, mean 3,25;
 * - structure: "Zonder begeleider" (4 answers in reality) is suppressed, and so is "peer"
 *   (hidden to stop differencing); its overall distribution is withheld;
 * - depth_level: a 1–3 scale, all distributions shown for facilitator type.
 */
export const sessionSection: ResearchSection = {
  kind: 'session',
  label: 'Evaluaties na een bijeenkomst',
  response_count: 60,
  criteria: [
    criterion('safety', 'Veiligheid', 5, shown('all', 'Alle antwoorden', 60, 3.9, [0, 5, 10, 25, 20]), [
      {
        key: 'facilitator_type',
        label: FACILITATOR,
        cells: [
          shown('trained', 'Geschoolde begeleider', 30, 4.2, [0, 0, 5, 10, 15]),
          shown('peer', 'Roulerende begeleider uit de groep', 18, 3.8),
          shown('none', 'Zonder begeleider', 12, 3.25),
        ],
      },
      {
        key: 'mode',
        label: MODE,
        cells: [shown('in_person', 'Fysiek', 60, 3.9), empty('online', 'Online'), empty('hybrid', 'Hybride')],
      },
      {
        key: 'period',
        label: 'Per kwartaal',
        cells: [shown('2026-Q1', 'K1 2026', 20, 3.85), hidden('2026-Q2', 'K2 2026'), shown('2025-Q4', 'K4 2025', 36, 3.95)],
      },
    ]),
    criterion('structure', 'Structuur', 5, shown('all', 'Alle antwoorden', 60, 3.7), [
      {
        key: 'facilitator_type',
        label: FACILITATOR,
        cells: [
          shown('trained', 'Geschoolde begeleider', 38, 4.1),
          hidden('peer', 'Roulerende begeleider uit de groep'),
          hidden('none', 'Zonder begeleider'),
        ],
      },
      {
        key: 'mode',
        label: MODE,
        cells: [shown('in_person', 'Fysiek', 60, 3.7), empty('online', 'Online'), empty('hybrid', 'Hybride')],
      },
      {
        key: 'period',
        label: 'Per kwartaal',
        cells: [shown('2025-Q4', 'K4 2025', 36, 3.6), shown('2026-Q1', 'K1 2026', 24, 3.85)],
      },
    ]),
    criterion('depth_level', 'Diepgang', 3, shown('all', 'Alle antwoorden', 60, 2.25, [10, 25, 25]), [
      {
        key: 'facilitator_type',
        label: FACILITATOR,
        cells: [
          shown('trained', 'Geschoolde begeleider', 30, 2.5, [0, 15, 15]),
          shown('peer', 'Roulerende begeleider uit de groep', 18, 2.0),
          shown('none', 'Zonder begeleider', 12, 2.0),
        ],
      },
      {
        key: 'mode',
        label: MODE,
        cells: [shown('in_person', 'Fysiek', 60, 2.25), empty('online', 'Online'), empty('hybrid', 'Hybride')],
      },
      { key: 'period', label: 'Per kwartaal', cells: [shown('2025-Q4', 'K4 2025', 36, 2.2), shown('2026-Q1', 'K1 2026', 24, 2.3)] },
    ]),
  ],
};

export const yearlySection: ResearchSection = {
  kind: 'yearly',
  label: 'Jaarevaluaties van groep en werkwijze',
  response_count: null,
  criteria: [
    criterion('functioning', 'Samenwerking', 5, hidden('all', 'Alle antwoorden'), [
      {
        key: 'facilitator_type',
        label: FACILITATOR,
        cells: [
          hidden('trained', 'Geschoolde begeleider'),
          empty('peer', 'Roulerende begeleider uit de groep'),
          empty('none', 'Zonder begeleider'),
        ],
      },
    ]),
  ],
};

export const dashboardReport: ResearchReport = {
  generated_at: '2026-11-25T12:00:00Z',
  min_cell_size: 5,
  data_until: null,
  suppression_rule: 'Elk getal komt uit minstens 5 antwoorden.',
  sections: [sessionSection, yearlySection],
};

/** The public summary only breaks down by facilitator type. */
export function publicOnly(section: ResearchSection): ResearchSection {
  return {
    ...section,
    criteria: section.criteria.map((item) => ({
      ...item,
      breakdowns: item.breakdowns.filter((breakdown) => breakdown.key === 'facilitator_type'),
    })),
  };
}

export const summaryReport: ResearchReport = {
  generated_at: '2026-11-25T12:00:00Z',
  min_cell_size: 5,
  data_until: '2026-10-01',
  suppression_rule: 'Elk getal komt uit minstens 5 antwoorden.',
  sections: [publicOnly(sessionSection), publicOnly(yearlySection)],
};
