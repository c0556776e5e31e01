import type { WorkstationApi } from '../../../../shared/contract/workstation-api';
import { useChannelAnswer } from '../../api/use-channel-answer';
import { attentionText } from './completeness-grid';
import { CompletenessGrid } from './CompletenessGrid';
import { Panel } from '../../components/Panel';

const MONTHS = 18;

// Up to this month: its sales are rarely reported yet, and the grid says "not due" rather than hiding it.
const askCompleteness = (api: WorkstationApi) =>
  api.dataCompleteness({ timeRange: { kind: 'relative', last: MONTHS, unit: 'month', anchor: 'today', includeCurrent: true } });

/** Which platform and sale month have sales imported, and which are missing or overdue. */
export function CompletenessPanel() {
  const answer = useChannelAnswer(askCompleteness);
  return (
    <Panel
      title="Completeness"
      subtitle={answer.value ? `Last ${MONTHS} sale months · ${attentionText(answer.value.summary)}` : `Last ${MONTHS} sale months`}
      answer={answer}
      short
      isEmpty={(completeness) => completeness.platforms.length === 0}
      emptyText="No platform has reported any sales yet. Each one appears here with its months once a statement names it."
    >
      {(completeness) => <CompletenessGrid completeness={completeness} />}
    </Panel>
  );
}
