import { RawRowsTable } from './RawRowsTable';
import { SourceChoices } from './SourceChoices';
import type { InspectionState, SourceChoice } from './use-inspection';

interface RawRowsStepProps {
  fileName: string;
  state: InspectionState;
  source: SourceChoice;
  onSource(source: SourceChoice): void;
  headerRow: number | null;
  onHeaderRow(row: number): void;
}

/** Step 1: the file as the importer splits it, and which row names the columns. */
export function RawRowsStep({ fileName, state, source, onSource, headerRow, onHeaderRow }: RawRowsStepProps) {
  const inspection = state.phase === 'ready' ? state.inspection : null;
  return (
    <div className="mapping-step mapping-step--rows">
      <SourceChoices inspection={inspection} source={source} onSource={onSource} />
      {state.phase === 'loading' && (
        <p className="mapping-status" role="status">
          Reading the first rows…
        </p>
      )}
      {state.phase === 'failed' && (
        <p className="notice notice--error" role="alert">
          {state.message}
        </p>
      )}
      {inspection && (
        <>
          <p className="mapping-instruction">
            Pick the row that holds the column names. Rows above it are skipped; the rows below it are the statement’s lines.
          </p>
          <RawRowsTable fileName={fileName} rows={inspection.rows} headerRow={headerRow ?? 0} onHeaderRow={onHeaderRow} />
        </>
      )}
    </div>
  );
}
