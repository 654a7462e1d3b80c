import { useEffect, useRef } from 'react';
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
  type ChartConfiguration,
} from 'chart.js';

// Only what the research charts use, so the lazy chunk stays small.
Chart.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Tooltip, Legend);
Chart.defaults.font.family =
  "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Helvetica Neue', Arial, sans-serif";
Chart.defaults.font.size = 13;
Chart.defaults.color = '#1c2a30';

interface ResearchChartProps {
  /** Memoise it: a new configuration redraws the chart. */
  config:
    | ChartConfiguration<'bar', (number | null)[], string | string[]>
    | ChartConfiguration<'bar' | 'line', (number | null)[], string | string[]>;
  /** What the chart shows, for screen readers (the table next to it has the numbers). */
  label: string;
  tall?: boolean;
  /** Horizontal bars: grow with the number of bars (each about 3rem). */
  rows?: number;
}

/** A Chart.js canvas with a text alternative. */
export function ResearchChart({ config, label, tall = false, rows }: ResearchChartProps) {
  const canvas = useRef<HTMLCanvasElement>(null);

  useEffect(() => {
    if (!canvas.current) return undefined;
    const chart = new Chart(canvas.current, config as ChartConfiguration);
    return () => chart.destroy();
  }, [config]);

  return (
    <div
      className={tall ? 'research-chart research-chart--tall' : 'research-chart'}
      style={rows ? { height: `${Math.max(12, 7 + rows * 3)}rem` } : undefined}
    >
      <canvas ref={canvas} role="img" aria-label={label}>
        {label}
      </canvas>
    </div>
  );
}

export default ResearchChart;
