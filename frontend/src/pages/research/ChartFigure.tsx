import type { ReactNode } from 'react';
import { researchNl } from '../../i18n/nl';
import { DataTable } from './DataTable';
import type { TableData } from './researchData';

interface ChartFigureProps {
  id: string;
  level: 2 | 3 | 4;
  title: string;
  intro?: string | undefined;
  /** The chart, or a message when there is nothing to draw. */
  children: ReactNode;
  note?: string | undefined;
  table: TableData;
  /** Show the table open (e.g. when there is no chart). */
  tableOpen?: boolean;
}

/** A titled chart with, under it, the same numbers as a table behind "Toon als tabel". */
export function ChartFigure({ id, level, title, intro, children, note, table, tableOpen = false }: ChartFigureProps) {
  const Heading = `h${level}` as const;
  return (
    <section className="card research-figure" aria-labelledby={`${id}-title`}>
      <Heading id={`${id}-title`} className="research-figure__title">
        {title}
      </Heading>
      {intro ? <p className="research-figure__intro">{intro}</p> : null}
      {children}
      {note ? <p className="research-figure__note">{note}</p> : null}
      <details className="research-details" open={tableOpen || undefined}>
        <summary className="research-details__summary">
          {researchNl.common.showTable}
          <span className="visually-hidden">: {title}</span>
        </summary>
        <DataTable table={table} id={id} />
      </details>
    </section>
  );
}
