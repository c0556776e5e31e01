import type { ReactNode, Ref } from 'react';

interface RecordsTableProps {
  /** Read by screen readers only: the panel's heading already names the table on screen. */
  caption: string;
  className?: string;
  /** The `<th scope="col">` cells of every column but the last, which holds each row's buttons. */
  columns: ReactNode;
  /** False for records nothing can be done to (statement lines): no empty column of buttons. */
  actions?: boolean;
  /** One `<tr>` per record, its last cell the record's buttons. */
  children: ReactNode;
  /** For a page that moves focus between rows as they come and go. */
  ref?: Ref<HTMLTableElement>;
}

/** A scrolling table of stored records (imports, layouts, rates, platforms, recordings) whose rows end in their own actions. */
export function RecordsTable({ caption, className, columns, actions = true, children, ref }: RecordsTableProps) {
  return (
    <div className="table-scroll">
      <table ref={ref} className={className ? `result-table ${className}` : 'result-table'}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {columns}
            {actions && (
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
