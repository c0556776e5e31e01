import { useMemo, useState } from 'react';
import { useAnyUnconverted } from '../../api/use-any-unconverted';
import { useQueryResult } from '../../api/use-query-result';
import { useWaitingByMember, useWaitingInWindow } from '../../api/use-waiting-lines';
import { ExportDialog } from '../../components/ExportDialog';
import { QueryPanel } from '../../components/QueryPanel';
import { UnconvertedNotice } from '../../components/UnconvertedNotice';
import { selectedTimeRange, useOverviewStore } from '../../stores/overview-store';
import { defaultExportFileName, overviewExportTables } from './export-tables';
import { KpiCards } from './KpiCards';
import { PartialDemoNotice } from './PartialDemoNotice';
import { kpiSpec, revenueByMonthSpec, revenueByPlatformSpec, topRecordingsSpec, TOP_N, type OverviewScope } from './overview-specs';
import { RevenueByMonthChart } from './RevenueByMonthChart';
import { RevenueByPlatformChart } from './RevenueByPlatformChart';
import { TimeRangeBar } from './TimeRangeBar';
import { TopRecordingsTable } from './TopRecordingsTable';

/** The label at a glance: headline figures, the trend, where the money comes from, what earns it. */
export function OverviewPage() {
  const choice = useOverviewStore((state) => state.choice);
  const customFrom = useOverviewStore((state) => state.customFrom);
  const customTo = useOverviewStore((state) => state.customTo);
  const countBackFrom = useOverviewStore((state) => state.countBackFrom);
  const dateBasis = useOverviewStore((state) => state.dateBasis);
  const [exporting, setExporting] = useState(false);

  const range = useMemo(() => selectedTimeRange({ choice, customFrom, customTo, countBackFrom }), [choice, customFrom, customTo, countBackFrom]);
  const scope = useMemo<OverviewScope | null>(() => ('problem' in range ? null : { timeRange: range, dateBasis }), [range, dateBasis]);

  const kpis = useQueryResult(scope && kpiSpec(scope));
  const byMonth = useQueryResult(scope && revenueByMonthSpec(scope));
  const byPlatform = useQueryResult(scope && revenueByPlatformSpec(scope, TOP_N));
  const topRecordings = useQueryResult(scope && topRecordingsSpec(scope, TOP_N));
  // What each figure leaves out for want of an FX rate, asked apart only while some line waits.
  const waitingInWindow = useWaitingInWindow(scope);
  const waitingByMonth = useWaitingByMember(scope, 'month');
  const waitingByPlatform = useWaitingByMember(scope, 'platform');
  const waitingByRecording = useWaitingByMember(scope, 'recording');
  const currency = kpis.result?.baseCurrency;
  const linesWait = useAnyUnconverted();
  const exportTables = useMemo(() => (scope ? overviewExportTables(scope, linesWait) : []), [scope, linesWait]);

  return (
    <div className="overview">
      <div className="page-heading">
        <div>
          <h1>Overview</h1>
          <p className="page-lead">Streams, units and revenue across every imported statement.</p>
        </div>
        <button type="button" className="button" onClick={() => setExporting(true)} disabled={!scope}>
          Export…
        </button>
      </div>

      <PartialDemoNotice />

      <TimeRangeBar
        resolvedRange={kpis.result?.range ?? null}
        noData={kpis.result !== null && kpis.result.range === null}
      />

      {scope ? (
        <>
          <UnconvertedNotice basis={scope} />
          <KpiCards state={kpis} waiting={waitingInWindow} />
          <QueryPanel
            title="Revenue by month"
            subtitle={currency ? `Revenue in ${currency} and streams` : undefined}
            state={byMonth}
            emptyText="No sales in this range. A longer range, such as All time, may show more."
            className="panel--wide"
          >
            {(result) => <RevenueByMonthChart result={result} waiting={waitingByMonth} />}
          </QueryPanel>
          <div className="panel-pair">
            <QueryPanel title="Revenue by platform" subtitle={`Top ${TOP_N}`} state={byPlatform} emptyText="No platform earned anything in this range.">
              {(result) => <RevenueByPlatformChart result={result} waiting={waitingByPlatform} />}
            </QueryPanel>
            <QueryPanel title="Top recordings" subtitle={`Top ${TOP_N} by revenue`} state={topRecordings} emptyText="No recording earned anything in this range.">
              {(result) => <TopRecordingsTable result={result} waiting={waitingByRecording} />}
            </QueryPanel>
          </div>
        </>
      ) : (
        <p className="notice" role="status">
          {'problem' in range ? range.problem : null}
        </p>
      )}

      <ExportDialog
        open={exporting}
        onClose={() => setExporting(false)}
        tables={exportTables}
        defaultFileName={(tableId) => defaultExportFileName(tableId, new Date())}
      />
    </div>
  );
}
