import type { WorkstationApi } from '../../../../shared/contract/workstation-api';
import { useChannelAnswer } from '../../api/use-channel-answer';
import { checksSummary } from './statement-checks';
import { StatementChecksTable } from './StatementChecksTable';
import { Panel } from '../../components/Panel';

const askChecks = (api: WorkstationApi) => api.reconcileStatements();

/** Whether each imported file adds up to the totals it states about itself. */
export function StatementChecksPanel() {
  const answer = useChannelAnswer(askChecks);
  return (
    <Panel
      title="Statement checks"
      subtitle={answer.value ? checksSummary(answer.value.summary) || undefined : 'Each file’s stated totals against what was imported'}
      answer={answer}
      short
      isEmpty={(checks) => checks.imports.length === 0}
      emptyText={
        <>
          Nothing imported yet. Each statement you <a href="#/import">import</a> is listed here with its own totals checked.
        </>
      }
    >
      {(checks) => <StatementChecksTable imports={checks.imports} />}
    </Panel>
  );
}
