/**
 * Turns the research report of the API into what the charts and their tables show.
 *
 * The server already applied the disclosure rule: a suppressed cell carries no numbers, and a
 * withheld distribution is null. This module never fills such a gap: nothing is summed,
 * subtracted or estimated from other cells. A suppressed cell becomes a gap (null) in a chart and
 * the text "te weinig antwoorden" in a table; only cells the server showed are drawn.
 */
import { researchNl } from '../../i18n/nl';
import type { Bar, Cell, CriterionReport, ResearchSection } from './types';

const c = researchNl.common;

const meanFormat = new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const countFormat = new Intl.NumberFormat('nl-NL');
const percentFormat = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 });

export const formatMean = (value: number) => meanFormat.format(value);
export const formatCount = (value: number) => countFormat.format(value);
export const formatPercent = (value: number) => percentFormat.format(value);

// --- One cell ----------------------------------------------------------------------------------

export type CellState =
  | { state: 'suppressed' }
  | { state: 'empty' }
  | { state: 'shown'; count: number; mean: number | null };

/** What the server lets us say about a cell. Anything without a count counts as suppressed. */
export function readCell(cell: Cell): CellState {
  if (cell.suppressed || cell.count === null || cell.count === undefined) return { state: 'suppressed' };
  if (cell.count === 0) return { state: 'empty' };
  return { state: 'shown', count: cell.count, mean: cell.mean ?? null };
}

/** The mean to draw, or null (a gap in the chart) for a suppressed or empty cell. */
export function chartMean(cell: Cell | undefined): number | null {
  if (!cell) return null;
  const read = readCell(cell);
  return read.state === 'shown' ? read.mean : null;
}

/** The count to draw: 0 for an empty cell, null (a gap) for a suppressed one. */
export function chartCount(cell: Cell | undefined): number | null {
  if (!cell) return 0;
  const read = readCell(cell);
  if (read.state === 'suppressed') return null;
  return read.state === 'empty' ? 0 : read.count;
}

export interface TableCell {
  text: string;
  /** The server withheld this value; shown in a muted style. */
  suppressed?: boolean;
  colSpan?: number;
}

export interface TableRow {
  key: string;
  header: string;
  sub?: string;
  cells: TableCell[];
}

export interface TableData {
  caption: string;
  columns: string[];
  rows: TableRow[];
}

export function countCell(cell: Cell | undefined, k: number): TableCell {
  if (!cell) return { text: '0' };
  const read = readCell(cell);
  if (read.state === 'suppressed') return { text: c.suppressed(k), suppressed: true };
  return { text: read.state === 'empty' ? '0' : formatCount(read.count) };
}

export function meanCell(cell: Cell | undefined, k: number): TableCell {
  if (!cell) return { text: c.noAnswers };
  const read = readCell(cell);
  if (read.state === 'suppressed') return { text: c.suppressed(k), suppressed: true };
  if (read.state === 'empty' || read.mean === null) return { text: c.noAnswers };
  return { text: formatMean(read.mean) };
}

/** "4,18 (n = 729)" for a comparison table. */
export function meanWithCountCell(cell: Cell | undefined, k: number): TableCell {
  if (!cell) return { text: c.noAnswers };
  const read = readCell(cell);
  if (read.state === 'suppressed') return { text: c.suppressed(k), suppressed: true };
  if (read.state === 'empty' || read.mean === null) return { text: c.noAnswers };
  return { text: c.meanOf(formatMean(read.mean), formatCount(read.count)) };
}

// --- Charts ------------------------------------------------------------------------------------

export interface Series {
  key: string;
  label: string;
  values: (number | null)[];
}

export interface ChartData {
  labels: string[];
  series: Series[];
}

export const hasValues = (chart: ChartData) => chart.series.some((series) => series.values.some((value) => value !== null));

/** The scale most criteria of a section share (1–5); criteria on another scale are kept out of shared charts. */
export function primaryScale(section: ResearchSection): number {
  return Math.max(0, ...section.criteria.map((criterion) => criterion.scale_max));
}

function chartCriteria(section: ResearchSection): CriterionReport[] {
  const scale = primaryScale(section);
  return section.criteria.filter((criterion) => criterion.scale_max === scale);
}

// --- Overview: the mean of every criterion ---------------------------------------------------

export interface Overview {
  chart: ChartData;
  scaleMax: number;
  /** Some criteria use another scale and are only in the table. */
  leftOut: string[];
  table: TableData;
}

export function overview(section: ResearchSection, k: number, caption: string): Overview {
  const drawn = chartCriteria(section);
  return {
    scaleMax: primaryScale(section),
    leftOut: section.criteria.filter((criterion) => !drawn.includes(criterion)).map((criterion) => criterion.label),
    chart: {
      labels: drawn.map((criterion) => criterion.label),
      series: [{ key: 'mean', label: c.average, values: drawn.map((criterion) => chartMean(criterion.overall)) }],
    },
    table: {
      caption,
      columns: [c.criterion, c.scaleLabel, c.responses, c.average],
      rows: section.criteria.map((criterion) => ({
        key: criterion.key,
        header: criterion.label,
        sub: criterion.question,
        cells: [{ text: c.scale(criterion.scale_max) }, countCell(criterion.overall, k), meanCell(criterion.overall, k)],
      })),
    },
  };
}

// --- Comparison: the mean of every criterion per category of one dimension --------------------

export interface Category {
  key: string;
  label: string;
}

/** The dimensions a section is broken down by (facilitator type, mode, frequency, period). */
export function dimensions(section: ResearchSection): Category[] {
  const seen = new Map<string, string>();
  for (const criterion of section.criteria) {
    for (const breakdown of criterion.breakdowns) {
      if (!seen.has(breakdown.key)) seen.set(breakdown.key, breakdown.label);
    }
  }
  return [...seen].map(([key, label]) => ({ key, label }));
}

function breakdownCells(criterion: CriterionReport, dimension: string): Cell[] | null {
  return criterion.breakdowns.find((breakdown) => breakdown.key === dimension)?.cells ?? null;
}

/**
 * The categories of a dimension over all criteria, in the server's order. Periods can differ per
 * criterion (an optional question may start later), so they are merged and sorted.
 */
export function categories(section: ResearchSection, dimension: string): Category[] {
  const seen = new Map<string, string>();
  for (const criterion of section.criteria) {
    for (const cell of breakdownCells(criterion, dimension) ?? []) {
      if (!seen.has(cell.key)) seen.set(cell.key, cell.label);
    }
  }
  const list = [...seen].map(([key, label]) => ({ key, label }));
  return dimension === 'period' ? list.sort((a, b) => a.key.localeCompare(b.key)) : list;
}

function cellFor(criterion: CriterionReport, dimension: string, category: string): Cell | undefined {
  return breakdownCells(criterion, dimension)?.find((cell) => cell.key === category);
}

export interface Comparison {
  dimension: string;
  title: string;
  categories: Category[];
  chart: ChartData;
  scaleMax: number;
  /** "Criterium – categorie" for every cell that has no bar because it was suppressed. */
  hidden: string[];
  /** Criteria on another scale: only in the table. */
  leftOut: string[];
  table: TableData;
}

export function comparison(section: ResearchSection, dimension: string, k: number): Comparison | null {
  const title = dimensions(section).find((item) => item.key === dimension)?.label;
  if (!title) return null;
  const cats = categories(section, dimension);
  const drawn = chartCriteria(section);
  const hidden: string[] = [];
  for (const criterion of drawn) {
    for (const category of cats) {
      const cell = cellFor(criterion, dimension, category.key);
      if (cell && readCell(cell).state === 'suppressed') hidden.push(`${criterion.label} – ${category.label}`);
    }
  }
  return {
    dimension,
    title,
    categories: cats,
    scaleMax: primaryScale(section),
    hidden,
    leftOut: section.criteria.filter((criterion) => !drawn.includes(criterion)).map((criterion) => criterion.label),
    chart: {
      labels: drawn.map((criterion) => criterion.label),
      series: cats.map((category) => ({
        key: category.key,
        label: category.label,
        values: drawn.map((criterion) => chartMean(cellFor(criterion, dimension, category.key))),
      })),
    },
    table: {
      caption: title,
      columns: [c.criterion, ...cats.map((category) => category.label)],
      rows: section.criteria.map((criterion) => ({
        key: criterion.key,
        header: criterion.label,
        sub: c.scale(criterion.scale_max),
        cells: cats.map((category) => meanWithCountCell(cellFor(criterion, dimension, category.key), k)),
      })),
    },
  };
}

// --- Distribution of one criterion -------------------------------------------------------------

export type DistributionStatus = 'shown' | 'hidden' | 'suppressed' | 'empty';

export interface DistributionRow {
  key: string;
  label: string;
  status: DistributionStatus;
  count: number | null;
  bars: Bar[] | null;
}

function distributionRow(cell: Cell): DistributionRow {
  const read = readCell(cell);
  if (read.state === 'suppressed') return { key: cell.key, label: cell.label, status: 'suppressed', count: null, bars: null };
  if (read.state === 'empty') return { key: cell.key, label: cell.label, status: 'empty', count: 0, bars: null };
  if (!cell.distribution || cell.distribution_suppressed) {
    return { key: cell.key, label: cell.label, status: 'hidden', count: read.count, bars: null };
  }
  return { key: cell.key, label: cell.label, status: 'shown', count: read.count, bars: cell.distribution };
}

export interface Distribution {
  rows: DistributionRow[];
  /** Percentages of the rows whose distribution the server showed; one series per answer. */
  chart: ChartData;
  table: TableData;
}

/** The share of each answer within one shown distribution, to one decimal. */
export function percentages(bars: readonly Bar[]): number[] {
  const total = bars.reduce((sum, bar) => sum + bar.count, 0);
  return bars.map((bar) => (total ? Math.round((bar.count / total) * 1000) / 10 : 0));
}

export function distribution(criterion: CriterionReport, dimension: string | null, k: number, caption: string): Distribution {
  const cells = [criterion.overall, ...(dimension ? (breakdownCells(criterion, dimension) ?? []) : [])];
  const rows = cells.map(distributionRow);
  const shown = rows.filter((row) => row.status === 'shown');
  const values = Array.from({ length: criterion.scale_max }, (_, index) => index + 1);
  const answerLabel = (value: number) => {
    const label = shown[0]?.bars?.find((bar) => bar.value === value)?.label;
    return label ? `${value} – ${label}` : String(value);
  };
  const shares = new Map(shown.map((row) => [row.key, percentages(row.bars ?? [])]));

  return {
    rows,
    chart: {
      labels: shown.map((row) => row.label),
      series: values.map((value, index) => ({
        key: String(value),
        label: answerLabel(value),
        values: shown.map((row) => shares.get(row.key)?.[index] ?? null),
      })),
    },
    table: {
      caption,
      columns: [c.groupColumn, c.responses, ...values.map(answerLabel)],
      rows: rows.map((row) => ({
        key: row.key,
        header: row.label,
        cells: [
          row.status === 'suppressed'
            ? { text: c.suppressed(k), suppressed: true }
            : { text: formatCount(row.count ?? 0) },
          ...distributionCells(row, values, shares.get(row.key), k),
        ],
      })),
    },
  };
}

function distributionCells(row: DistributionRow, values: number[], shares: number[] | undefined, k: number): TableCell[] {
  const span = values.length;
  if (row.status === 'suppressed') return [{ text: c.suppressed(k), suppressed: true, colSpan: span }];
  if (row.status === 'empty') return [{ text: c.noAnswers, colSpan: span }];
  if (row.status === 'hidden' || !row.bars) return [{ text: c.distributionHidden(k), suppressed: true, colSpan: span }];
  const bars = row.bars;
  return values.map((value, index) => {
    const bar = bars.find((item) => item.value === value);
    return { text: c.percentOf(formatPercent(shares?.[index] ?? 0), formatCount(bar?.count ?? 0)) };
  });
}

// --- One criterion over time -------------------------------------------------------------------

export interface OverTime {
  labels: string[];
  counts: (number | null)[];
  means: (number | null)[];
  scaleMax: number;
  table: TableData;
}

export function overTime(criterion: CriterionReport, k: number, caption: string): OverTime | null {
  const cells = breakdownCells(criterion, 'period');
  if (!cells || cells.length === 0) return null;
  const sorted = [...cells].sort((a, b) => a.key.localeCompare(b.key));
  return {
    labels: sorted.map((cell) => cell.label),
    counts: sorted.map(chartCount),
    means: sorted.map(chartMean),
    scaleMax: criterion.scale_max,
    table: {
      caption,
      columns: [c.periodColumn, c.responses, c.average],
      rows: sorted.map((cell) => ({ key: cell.key, header: cell.label, cells: [countCell(cell, k), meanCell(cell, k)] })),
    },
  };
}

// --- Findings for the public page -------------------------------------------------------------

export interface Gap {
  criterion: string;
  trained: number;
  none: number;
}

/**
 * The criterion where groups with a trained facilitator and groups without one differ most, using
 * only cells the server showed for both. Null when no criterion has both.
 */
export function largestFacilitatorGap(section: ResearchSection): Gap | null {
  let best: Gap | null = null;
  for (const criterion of chartCriteria(section)) {
    const trained = chartMean(cellFor(criterion, 'facilitator_type', 'trained'));
    const none = chartMean(cellFor(criterion, 'facilitator_type', 'none'));
    if (trained === null || none === null) continue;
    if (!best || Math.abs(trained - none) > Math.abs(best.trained - best.none)) {
      best = { criterion: criterion.label, trained, none };
    }
  }
  return best;
}

// --- Text alternatives for the charts ---------------------------------------------------------

export function overviewSummary(data: Overview): string {
  const values = data.chart.series[0]?.values.filter((value): value is number => value !== null) ?? [];
  if (values.length === 0) return c.chartMeansEmpty;
  return c.chartMeans(formatMean(Math.min(...values)), formatMean(Math.max(...values)), data.scaleMax);
}

export function comparisonSummary(data: Comparison, k: number): string {
  const base = c.chartCompare(data.categories.map((category) => category.label).join(', '));
  return data.hidden.length ? base + c.chartHiddenPart(data.hidden.join(', '), k) : base;
}

export function distributionSummary(criterion: string, data: Distribution): string {
  return c.chartDistribution(criterion, data.chart.labels.join(', '));
}

export function overTimeSummary(criterion: string, data: OverTime): string {
  return c.chartOverTime(criterion, data.labels[0] ?? '', data.labels[data.labels.length - 1] ?? '');
}
