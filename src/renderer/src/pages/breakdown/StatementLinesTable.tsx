import type { StatementLineView } from '../../../../shared/query/statement-lines-contract';
import { RecordsTable } from '../../components/RecordsTable';
import { countText } from '../../format/figures-text';
import { baseAmountText, exactMoneyText, keptText, lineNumberText, recordingText, salePeriodText } from './statement-lines-text';

interface StatementLinesTableProps {
  lines: readonly StatementLineView[];
  baseCurrency: string;
}

/** One page of statement lines, each with the file and line it came from and what it said. */
export function StatementLinesTable({ lines, baseCurrency }: StatementLinesTableProps) {
  return (
    <RecordsTable
      caption="Statement lines"
      className="statement-lines-table"
      actions={false}
      columns={
        <>
          <th scope="col">File</th>
          <th scope="col">Sale period</th>
          <th scope="col">Platform</th>
          <th scope="col">Territory</th>
          <th scope="col">Recording</th>
          <th scope="col">Type</th>
          <th scope="col" className="numeric">
            Units
          </th>
          <th scope="col" className="numeric">
            Earned
          </th>
          <th scope="col" className="numeric">
            In {baseCurrency}
          </th>
          <th scope="col">Kept columns</th>
        </>
      }
    >
      {lines.map((line) => {
        const recording = recordingText(line);
        const kept = keptText(line.kept);
        return (
          <tr key={`${line.importId}-${line.line}`}>
            <th scope="row" className="line-file" title={line.fileName}>
              {line.fileName}
              <span className="line-detail">{lineNumberText(line.line)}</span>
            </th>
            <td>{salePeriodText(line)}</td>
            <td>{line.platform}</td>
            <td>{line.territory}</td>
            <td title={recording.title}>
              {recording.title}
              {recording.codes && <span className="line-detail">{recording.codes}</span>}
            </td>
            <td>{line.saleType}</td>
            <td className="numeric">{countText(line.quantity)}</td>
            <td className="numeric">{exactMoneyText(line.amount, line.currency)}</td>
            <td className={line.base === null ? 'numeric line-unconverted' : 'numeric'}>{baseAmountText(line.base, baseCurrency)}</td>
            <td className="line-kept" title={kept || undefined}>
              {kept || '—'}
            </td>
          </tr>
        );
      })}
    </RecordsTable>
  );
}
