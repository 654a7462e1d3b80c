import type { TableData } from './researchData';

/** The numbers behind a chart, as an accessible table. Withheld cells say so in words. */
export function DataTable({ table, id }: { table: TableData; id: string }) {
  return (
    <div className="table-scroll" role="group" aria-labelledby={`${id}-caption`} tabIndex={0}>
      <table className="data-table research-table">
        <caption id={`${id}-caption`} className="research-table__caption">
          {table.caption}
        </caption>
        <thead>
          <tr>
            {table.columns.map((column, index) => (
              <th key={`${index}-${column}`} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">
                <span className="data-table__name">{row.header}</span>
                {row.sub ? <span className="data-table__sub">{row.sub}</span> : null}
              </th>
              {row.cells.map((cell, index) => (
                <td
                  key={index}
                  colSpan={cell.colSpan}
                  className={cell.suppressed ? 'research-table__suppressed' : 'research-table__number'}
                >
                  {cell.text}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
