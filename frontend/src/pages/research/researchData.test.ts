import { describe, expect, it } from 'vitest';
import { researchNl } from '../../i18n/nl';
import { countMeanConfig, groupedBarConfig, stackedPercentConfig, wrapLabel } from './chartConfig';
import {
  categories,
  chartCount,
  chartMean,
  comparison,
  comparisonSummary,
  dimensions,
  distribution,
  largestFacilitatorGap,
  overTime,
  overview,
  overviewSummary,
  percentages,
  readCell,
} from './researchData';
import { bars, empty, hidden, sessionSection, shown, yearlySection } from './testFixtures';

const SUPPRESSED = 'te weinig antwoorden (minder dan 5)';
const criterion = (key: string) => {
  const found = sessionSection.criteria.find((item) => item.key === key);
  if (!found) throw new Error(key);
  return found;
};

describe('reading a cell', () => {
  it('treats a suppressed cell as having no numbers at all, even if some slipped through', () => {
    const leaky = { ...shown('x', 'X', 3, 4.5, [0, 0, 0, 3, 0]), suppressed: true };
    expect(readCell(leaky)).toEqual({ state: 'suppressed' });
    expect(chartMean(leaky)).toBeNull();
    expect(chartCount(leaky)).toBeNull();
    expect(distribution({ ...criterion('safety'), overall: leaky }, null, 5, 'v').rows[0]).toMatchObject({
      status: 'suppressed',
      count: null,
      bars: null,
    });
  });

  it('tells an empty cell (0 answers, shown as 0) from a suppressed one', () => {
    expect(readCell(empty('online', 'Online'))).toEqual({ state: 'empty' });
    expect(chartCount(empty('online', 'Online'))).toBe(0);
    expect(chartMean(empty('online', 'Online'))).toBeNull();
    expect(readCell(hidden('peer', 'Peer'))).toEqual({ state: 'suppressed' });
  });
});

describe('overview', () => {
  it('draws the mean of every criterion on the shared 1–5 scale and lists all criteria in the table', () => {
    const data = overview(sessionSection, 5, 'Gemiddelde per criterium');
    expect(data.scaleMax).toBe(5);
    expect(data.chart.labels).toEqual(['Veiligheid', 'Structuur']);
    expect(data.chart.series[0]?.values).toEqual([3.9, 3.7]);
    expect(data.leftOut).toEqual(['Diepgang']);
    expect(data.table.rows.map((row) => row.header)).toEqual(['Veiligheid', 'Structuur', 'Diepgang']);
    expect(data.table.rows[2]?.cells.map((cell) => cell.text)).toEqual(['1–3', '60', '2,25']);
    expect(overviewSummary(data)).toContain('van 3,70 tot 3,90 op een schaal van 1 tot 5');
  });

  it('keeps a suppressed overall cell out of the chart and says why in the table', () => {
    const data = overview(yearlySection, 5, 'Gemiddelde');
    expect(data.chart.series[0]?.values).toEqual([null]);
    expect(data.table.rows[0]?.cells.slice(1)).toEqual([
      { text: SUPPRESSED, suppressed: true },
      { text: SUPPRESSED, suppressed: true },
    ]);
    expect(overviewSummary(data)).toBe(researchNl.common.chartMeansEmpty);
  });
});

describe('comparison by set-up', () => {
  it('lists the dimensions and their categories in the server’s order', () => {
    expect(dimensions(sessionSection).map((item) => item.key)).toEqual(['facilitator_type', 'mode', 'period']);
    expect(categories(sessionSection, 'facilitator_type').map((item) => item.key)).toEqual(['trained', 'peer', 'none']);
  });

  it('merges and sorts periods that differ per criterion', () => {
    expect(categories(sessionSection, 'period').map((item) => item.key)).toEqual(['2025-Q4', '2026-Q1', '2026-Q2']);
  });

  it('leaves gaps for suppressed cells instead of numbers, and names them', () => {
    const data = comparison(sessionSection, 'facilitator_type', 5);
    expect(data).not.toBeNull();
    const series = Object.fromEntries(data!.chart.series.map((item) => [item.key, item.values]));
    expect(series).toEqual({ trained: [4.2, 4.1], peer: [3.8, null], none: [3.25, null] });
    expect(data!.hidden).toEqual([
      'Structuur – Roulerende begeleider uit de groep',
      'Structuur – Zonder begeleider',
    ]);
    const structure = data!.table.rows.find((row) => row.key === 'structure');
    expect(structure?.cells).toEqual([
      { text: '4,10 (n = 38)' },
      { text: SUPPRESSED, suppressed: true },
      { text: SUPPRESSED, suppressed: true },
    ]);
    expect(comparisonSummary(data!, 5)).toContain('Zonder staaf, omdat er minder dan 5 antwoorden zijn: Structuur');
  });

  it('shows empty categories as "geen antwoorden", not as suppressed', () => {
    const data = comparison(sessionSection, 'mode', 5);
    expect(data!.table.rows[0]?.cells.map((cell) => cell.text)).toEqual(['3,90 (n = 60)', 'geen antwoorden', 'geen antwoorden']);
    expect(data!.chart.series.find((item) => item.key === 'online')?.values).toEqual([null, null]);
  });

  it('returns nothing for a dimension the section does not have', () => {
    expect(comparison(yearlySection, 'mode', 5)).toBeNull();
  });

  it('passes gaps on to Chart.js as null', () => {
    const data = comparison(sessionSection, 'facilitator_type', 5)!;
    const config = groupedBarConfig(data.chart, data.scaleMax);
    expect(config.data.datasets.map((dataset) => dataset.data)).toEqual([
      [4.2, 4.1],
      [3.8, null],
      [3.25, null],
    ]);
    expect(config.options?.scales?.y).toMatchObject({ min: 1, max: 5 });
  });
});

describe('distribution of one criterion', () => {
  it('charts only the distributions the server showed, as percentages', () => {
    const data = distribution(criterion('safety'), 'facilitator_type', 5, 'Verdeling');
    expect(data.rows.map((row) => row.status)).toEqual(['shown', 'shown', 'hidden', 'hidden']);
    expect(data.chart.labels).toEqual(['Alle antwoorden', 'Geschoolde begeleider']);
    expect(data.chart.series.map((series) => series.label)).toEqual([
      '1 – Helemaal oneens',
      '2 – Oneens',
      '3 – Neutraal',
      '4 – Eens',
      '5 – Helemaal eens',
    ]);
    // Overall 0/5/10/25/20 of 60; trained 0/0/5/10/15 of 30.
    expect(data.chart.series.map((series) => series.values)).toEqual([
      [0, 0],
      [8.3, 0],
      [16.7, 16.7],
      [41.7, 33.3],
      [33.3, 50],
    ]);
  });

  it('says in the table which rows are withheld, with the count where the server gave one', () => {
    const data = distribution(criterion('structure'), 'facilitator_type', 5, 'Verdeling');
    expect(data.chart.labels).toEqual([]);
    const [overall, trained, peer] = data.table.rows;
    expect(overall?.cells[0]).toEqual({ text: '60' });
    expect(overall?.cells[1]).toMatchObject({ colSpan: 5, suppressed: true });
    expect(overall?.cells[1]?.text).toContain('verdeling verborgen');
    expect(trained?.cells[0]).toEqual({ text: '38' });
    expect(peer?.cells).toEqual([
      { text: SUPPRESSED, suppressed: true },
      { text: SUPPRESSED, suppressed: true, colSpan: 5 },
    ]);
  });

  it('uses the 1–3 depth scale with its own labels', () => {
    const data = distribution(criterion('depth_level'), null, 5, 'Diepgang');
    expect(data.rows).toHaveLength(1);
    expect(data.table.columns).toEqual([
      'Groep',
      'Aantal antwoorden',
      '1 – De casus zelf',
      '2 – Het handelen van de casusinbrenger',
      '3 – Waarden en overtuigingen',
    ]);
    expect(data.table.rows[0]?.cells.map((cell) => cell.text)).toEqual(['60', '16,7% (10)', '41,7% (25)', '41,7% (25)']);
    const config = stackedPercentConfig(data.chart, 3);
    expect(config.data.datasets).toHaveLength(3);
    expect(config.options?.scales?.x).toMatchObject({ stacked: true, max: 100 });
  });

  it('computes percentages within one shown distribution', () => {
    expect(percentages(bars([1, 1, 2]))).toEqual([25, 25, 50]);
    expect(percentages(bars([0, 0, 0]))).toEqual([0, 0, 0]);
  });
});

describe('over time', () => {
  it('sorts the periods and keeps a suppressed period as a gap in counts and means', () => {
    const data = overTime(criterion('safety'), 5, 'Per kwartaal');
    expect(data?.labels).toEqual(['K4 2025', 'K1 2026', 'K2 2026']);
    expect(data?.counts).toEqual([36, 20, null]);
    expect(data?.means).toEqual([3.95, 3.85, null]);
    expect(data?.table.rows[2]?.cells).toEqual([
      { text: SUPPRESSED, suppressed: true },
      { text: SUPPRESSED, suppressed: true },
    ]);
    const config = countMeanConfig(data!.labels, data!.counts, data!.means, data!.scaleMax);
    expect(config.data.datasets.map((dataset) => dataset.data)).toEqual([
      [36, 20, null],
      [3.95, 3.85, null],
    ]);
  });

  it('has nothing to show without a period breakdown (the public summary)', () => {
    expect(overTime(yearlySection.criteria[0]!, 5, 'x')).toBeNull();
  });
});

describe('the largest difference with and without a trained facilitator', () => {
  it('only compares criteria where both cells are shown', () => {
    expect(largestFacilitatorGap(sessionSection)).toEqual({ criterion: 'Veiligheid', trained: 4.2, none: 3.25 });
  });

  it('finds nothing when a side is suppressed everywhere', () => {
    expect(largestFacilitatorGap(yearlySection)).toBeNull();
  });
});

describe('a larger minimum cell size', () => {
  it('names the configured minimum in every withheld cell', () => {
    const data = comparison(sessionSection, 'facilitator_type', 10)!;
    const cells = data.table.rows.flatMap((row) => row.cells).filter((cell) => cell.suppressed);
    expect(cells.length).toBeGreaterThan(0);
    for (const cell of cells) expect(cell.text).toBe('te weinig antwoorden (minder dan 10)');
  });
});

describe('chart labels', () => {
  it('wraps long category labels over lines and leaves short ones alone', () => {
    expect(wrapLabel('Fysiek')).toBe('Fysiek');
    expect(wrapLabel('Roulerende begeleider uit de groep')).toEqual(['Roulerende', 'begeleider uit de', 'groep']);
    const config = stackedPercentConfig({ labels: ['Roulerende begeleider uit de groep'], series: [] }, 5);
    expect(config.data.labels).toEqual([['Roulerende', 'begeleider uit de', 'groep']]);
  });
});
