import { useCallback, useState } from 'react';
import type { Envelope } from '../../../../shared/contract/envelope';
import type { WorkstationApi } from '../../../../shared/contract/workstation-api';
import type { StatementLines, StatementLinesRequest } from '../../../../shared/query/statement-lines-contract';
import { useChannelAnswer } from '../../api/use-channel-answer';
import { Panel } from '../../components/Panel';
import { JobExportButton } from '../../components/JobExportButton';
import { SegmentedControl } from '../../components/SegmentedControl';
import type { LinesBasis } from './breakdown-specs';
import { StatementLinesTable } from './StatementLinesTable';
import { hasNextPage, LINES_PAGE_SIZE, linesFileName, linesRangeText, previousOffset, setAsideText } from './statement-lines-text';

type LinesOrder = StatementLinesRequest['order'];

const ORDER_CHOICES: { value: LinesOrder; label: string }[] = [
  { value: 'file', label: 'File order' },
  { value: 'largest', label: 'Largest first' },
];

/** What the panel asks for: the view's lines, in an order, from a line on. */
interface LinesView {
  basis: LinesBasis;
  order: LinesOrder;
  offset: number;
}

/** A page of lines with the offset it was asked from, so its counts never describe a page still on its way. */
type LinesPage = StatementLines & { offset: number };

async function askPage(api: WorkstationApi, view: LinesView): Promise<Envelope<LinesPage>> {
  const answer = await api.statementLines({ ...view.basis, order: view.order, offset: view.offset, limit: LINES_PAGE_SIZE });
  return answer.ok ? { ok: true, value: { ...answer.value, offset: view.offset } } : answer;
}

interface StatementLinesPanelProps {
  id: string;
  basis: LinesBasis;
  onClose(): void;
}

/** The statement lines behind the Breakdown's figures, a page at a time, each traced to its file and line. */
export function StatementLinesPanel({ id, basis, onClose }: StatementLinesPanelProps) {
  const [view, setView] = useState<LinesView>({ basis, order: 'file', offset: 0 });
  // Drilling or filtering asks for other lines: back to their first page, in the order chosen. The
  // basis is rebuilt on every change of the page's choices (a sort too), so only new content counts.
  if (basis !== view.basis && JSON.stringify(basis) !== JSON.stringify(view.basis)) setView({ basis, order: view.order, offset: 0 });

  const ask = useCallback((api: WorkstationApi) => askPage(api, view), [view]);
  const answer = useChannelAnswer(ask);
  const page = answer.value;
  const setAside = page ? setAsideText(page.totalsFiltersSetAside) : '';

  return (
    <Panel
      id={id}
      title="Statement lines"
      subtitle={page ? <span role="status">{linesRangeText(page.offset, page.lines.length, page.total)}</span> : 'The lines behind these figures'}
      answer={answer}
      short
      failure="The statement lines could not be loaded"
      className="panel--wide statement-lines"
      action={
        <button type="button" className="button button--quiet button--small panel-header-action" onClick={onClose}>
          Close <span className="visually-hidden">statement lines</span>
        </button>
      }
      toolbar={
        <div className="statement-lines-toolbar">
          <SegmentedControl legend="Order of lines" options={ORDER_CHOICES} value={view.order} onChange={(order) => setView({ ...view, order, offset: 0 })} />
          <div className="statement-lines-pager">
            <button type="button" className="button button--small" disabled={view.offset === 0} onClick={() => setView({ ...view, offset: previousOffset(view.offset) })}>
              Previous page
            </button>
            <button
              type="button"
              className="button button--small"
              disabled={!page || !hasNextPage(view.offset, page.total)}
              onClick={() => setView({ ...view, offset: view.offset + LINES_PAGE_SIZE })}
            >
              Next page
            </button>
          </div>
          <JobExportButton
            label="Export these lines (CSV)"
            activity="Exporting these lines"
            start={(api) => api.exportStatementLines({ ...view.basis, order: view.order, fileName: linesFileName(new Date()) })}
          />
          {setAside && (
            <p className="notice notice--warning" role="status">
              {setAside}
            </p>
          )}
        </div>
      }
      isEmpty={(lines) => lines.lines.length === 0}
      emptyText={page && page.total > 0 ? 'This page is past the last line; the lines changed since it was turned to.' : 'No statement line matches these choices in this range.'}
    >
      {(lines) => <StatementLinesTable lines={lines.lines} baseCurrency={lines.baseCurrency} />}
    </Panel>
  );
}
