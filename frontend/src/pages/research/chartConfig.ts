/**
 * Chart.js configurations for the research charts. Types only from chart.js, so this module (and
 * its tests) never load the library; ResearchChart.tsx does that, in the lazy research chunk.
 */
import type { ChartConfiguration, TooltipItem } from 'chart.js';
import { researchNl } from '../../i18n/nl';
import { formatCount, formatMean, formatPercent, type ChartData } from './researchData';

const c = researchNl.common;

/** Series colours, each at least 3:1 against white (WCAG 1.4.11), and far apart from each other. */
export const SERIES_COLOURS = ['#1f5c63', '#a4471f', '#7a5c00', '#6b4c9a', '#234a7d'];
/** Answer colours: from "helemaal oneens" (rust) through neutral grey to "helemaal eens" (teal). */
const AGREEMENT_COLOURS = ['#8c2d19', '#c0623a', '#7d868a', '#3f8188', '#15444a'];
const DEPTH_COLOURS = ['#c0623a', '#3f8188', '#15444a'];
const TEXT = '#1c2a30';
const GRID = '#d9dfdd';

export function answerColours(scaleMax: number): string[] {
  if (scaleMax === 3) return DEPTH_COLOURS;
  if (scaleMax === 5) return AGREEMENT_COLOURS;
  return Array.from({ length: scaleMax }, (_, index) => SERIES_COLOURS[index % SERIES_COLOURS.length] ?? TEXT);
}

const colour = (index: number) => SERIES_COLOURS[index % SERIES_COLOURS.length] ?? TEXT;

function reducedMotion(): boolean {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function'
    ? window.matchMedia('(prefers-reduced-motion: reduce)').matches
    : false;
}

function common(showLegend: boolean) {
  return {
    locale: 'nl-NL',
    responsive: true,
    maintainAspectRatio: false,
    animation: reducedMotion() ? (false as const) : { duration: 250 },
    plugins: {
      legend: { display: showLegend, position: 'bottom' as const, labels: { color: TEXT, boxWidth: 14 } },
    },
  };
}

const axisTitle = (text: string) => ({ display: true, text, color: TEXT });

/** Splits a long category label over lines, so a narrow chart does not cut it off. */
export function wrapLabel(label: string, width = 18): string | string[] {
  if (label.length <= width) return label;
  const lines: string[] = [];
  let line = '';
  for (const word of label.split(' ')) {
    if (line && `${line} ${word}`.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}
const ticks = { color: TEXT };
const grid = { color: GRID };

type BarConfig = ChartConfiguration<'bar', (number | null)[], string | string[]>;

/** Horizontal bars: the mean of each criterion on its scale (1 to scaleMax). */
export function meanBarConfig(data: ChartData, scaleMax: number): BarConfig {
  return {
    type: 'bar',
    data: {
      labels: data.labels.map((label) => wrapLabel(label)),
      datasets: data.series.map((series, index) => ({
        label: series.label,
        data: series.values,
        backgroundColor: colour(index),
        borderRadius: 3,
        maxBarThickness: 28,
      })),
    },
    options: {
      ...common(false),
      indexAxis: 'y',
      scales: {
        x: { min: 1, max: scaleMax, title: axisTitle(c.axisMean), ticks: { ...ticks, stepSize: 1 }, grid },
        y: { ticks: { ...ticks, autoSkip: false }, grid: { display: false } },
      },
      plugins: {
        ...common(false).plugins,
        tooltip: { callbacks: { label: (item: TooltipItem<'bar'>) => `${item.dataset.label}: ${formatMean(item.parsed.x ?? 0)}` } },
      },
    },
  };
}

/** Vertical grouped bars: per criterion, one bar per category (a gap where a cell is withheld). */
export function groupedBarConfig(data: ChartData, scaleMax: number): BarConfig {
  return {
    type: 'bar',
    data: {
      labels: data.labels.map((label) => wrapLabel(label, 14)),
      datasets: data.series.map((series, index) => ({
        label: series.label,
        data: series.values,
        backgroundColor: colour(index),
        borderRadius: 2,
        maxBarThickness: 26,
      })),
    },
    options: {
      ...common(true),
      scales: {
        x: { ticks: { ...ticks, autoSkip: false }, grid: { display: false } },
        y: { min: 1, max: scaleMax, title: axisTitle(c.axisMean), ticks: { ...ticks, stepSize: 1 }, grid },
      },
      plugins: {
        ...common(true).plugins,
        tooltip: { callbacks: { label: (item: TooltipItem<'bar'>) => `${item.dataset.label}: ${formatMean(item.parsed.y ?? 0)}` } },
      },
    },
  };
}

/** Horizontal stacked bars of 100%: how the answers are spread, one bar per group. */
export function stackedPercentConfig(data: ChartData, scaleMax: number): BarConfig {
  const colours = answerColours(scaleMax);
  return {
    type: 'bar',
    data: {
      labels: data.labels.map((label) => wrapLabel(label)),
      datasets: data.series.map((series, index) => ({
        label: series.label,
        data: series.values,
        backgroundColor: colours[index] ?? colour(index),
        borderColor: '#ffffff',
        borderWidth: 1,
        maxBarThickness: 30,
      })),
    },
    options: {
      ...common(true),
      indexAxis: 'y',
      scales: {
        x: {
          stacked: true,
          min: 0,
          max: 100,
          title: axisTitle(c.axisPercent),
          ticks: { ...ticks, callback: (value: string | number) => `${value}%` },
          grid,
        },
        y: { stacked: true, ticks: { ...ticks, autoSkip: false }, grid: { display: false } },
      },
      plugins: {
        ...common(true).plugins,
        tooltip: {
          callbacks: { label: (item: TooltipItem<'bar'>) => `${item.dataset.label}: ${formatPercent(item.parsed.x ?? 0)}%` },
        },
      },
    },
  };
}

type MixedConfig = ChartConfiguration<'bar' | 'line', (number | null)[], string | string[]>;

/** Bars for the number of answers per period, a line for the mean (its own axis on the right). */
export function countMeanConfig(
  labels: string[],
  counts: (number | null)[],
  means: (number | null)[],
  scaleMax: number,
): MixedConfig {
  return {
    type: 'bar',
    data: {
      labels,
      datasets: [
        {
          type: 'bar',
          label: c.axisCount,
          data: counts,
          backgroundColor: '#b9d3d5',
          borderColor: SERIES_COLOURS[0],
          borderWidth: 1,
          yAxisID: 'count',
          order: 2,
          maxBarThickness: 40,
        },
        {
          type: 'line',
          label: c.axisMean,
          data: means,
          borderColor: SERIES_COLOURS[1],
          backgroundColor: SERIES_COLOURS[1],
          pointRadius: 4,
          pointStyle: 'rectRot',
          borderWidth: 2,
          spanGaps: false,
          yAxisID: 'mean',
          order: 1,
        },
      ],
    },
    options: {
      ...common(true),
      scales: {
        x: { ticks, grid: { display: false } },
        count: { type: 'linear', position: 'left', beginAtZero: true, title: axisTitle(c.axisCount), ticks, grid },
        mean: {
          type: 'linear',
          position: 'right',
          min: 1,
          max: scaleMax,
          title: axisTitle(c.axisMean),
          ticks: { ...ticks, stepSize: 1 },
          grid: { drawOnChartArea: false },
        },
      },
      plugins: {
        ...common(true).plugins,
        tooltip: {
          callbacks: {
            label: (item: TooltipItem<'bar' | 'line'>) =>
              item.dataset.yAxisID === 'mean'
                ? `${item.dataset.label}: ${formatMean(item.parsed.y ?? 0)}`
                : `${item.dataset.label}: ${formatCount(item.parsed.y ?? 0)}`,
          },
        },
      },
    },
  };
}
