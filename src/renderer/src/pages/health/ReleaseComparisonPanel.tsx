import type { ReleaseComparison } from '../../../../shared/analytics/release-comparison-contract';
import type { WorkstationApi } from '../../../../shared/contract/workstation-api';
import { useChannelAnswer } from '../../api/use-channel-answer';
import { dayLabel } from '../../format/calendar-text';
import { ReleaseCurvesChart } from './ReleaseCurvesChart';
import { ReleaseMarksTable } from './ReleaseMarksTable';
import { Panel } from '../../components/Panel';

const LATEST = 5;

const askReleases = (api: WorkstationApi) => api.compareReleases({ latest: LATEST });

function subtitle(comparison: ReleaseComparison | null): string {
  const lead = `The latest ${LATEST}, each from its first sale day`;
  return comparison?.dataThrough ? `${lead} · statements reach ${dayLabel(comparison.dataThrough)}` : lead;
}

/** How the newest releases started, side by side: the marks in a table, the curves in a chart. */
export function ReleaseComparisonPanel() {
  const answer = useChannelAnswer(askReleases);
  return (
    <Panel
      title="Release comparison"
      subtitle={subtitle(answer.value)}
      answer={answer}
      short
      isEmpty={(comparison) => comparison.releases.length === 0}
      emptyText="No release has sales yet. Releases appear here from the first day their statements name."
    >
      {(comparison) => (
        <div className="release-comparison">
          <ReleaseMarksTable comparison={comparison} />
          <ReleaseCurvesChart comparison={comparison} />
        </div>
      )}
    </Panel>
  );
}
