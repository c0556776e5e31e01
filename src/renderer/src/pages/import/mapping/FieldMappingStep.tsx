import { useId } from 'react';
import type { MappingInspection } from '../../../../../shared/contract/column-mapping';
import { SegmentedControl } from '../../../components/SegmentedControl';
import { FieldChoiceControl } from './FieldChoiceControl';
import { MappingPreviewPanel } from './MappingPreviewPanel';
import { columnNames, headerOf, type DraftProblem, type MappingDraft } from './mapping-draft';
import { FIELD_DEFINITIONS } from './mapping-fields';
import { dateOrderReason } from './date-order-reason';
import { datesWitness, exampleCell, withDateOrder, withFieldChoice } from './mapping-guesses';
import type { MappingPreviewState } from './use-mapping-preview';

const DECIMAL_CHOICES = [
  { value: '.', label: 'Point: 1,234.56' },
  { value: ',', label: 'Comma: 1.234,56' },
] as const;

const DATE_ORDER_CHOICES = [
  { value: 'mdy', label: 'Month first (US)' },
  { value: 'dmy', label: 'Day first' },
] as const;

interface FieldMappingStepProps {
  fileName: string;
  inspection: MappingInspection;
  draft: MappingDraft;
  onDraft(draft: MappingDraft): void;
  remaining: readonly DraftProblem[];
  preview: MappingPreviewState;
}

/** Step 2: which column gives each part of a line, how numbers and dates are written, and the live preview. */
export function FieldMappingStep({ fileName, inspection, draft, onDraft, remaining, preview }: FieldMappingStepProps) {
  const reasonId = useId();
  const remainingIds = useId();
  // Listed under the preview, each problem also describes the control it is about, which is marked invalid.
  const listed = remaining.map((problem, index) => ({ ...problem, id: `${remainingIds}-${index}` }));
  const problemIdsOf = (key: DraftProblem['field']) => listed.filter((problem) => problem.field === key).map((problem) => problem.id).join(' ') || undefined;
  const columns = columnNames(headerOf(inspection, draft.headerRow));
  const reason = dateOrderReason(datesWitness(inspection, draft.headerRow, draft.choices), draft.headerRow, draft.dateOrder);
  return (
    <div className="mapping-step mapping-columns">
      <div className="mapping-fields">
        {FIELD_DEFINITIONS.map((field) => {
          const choice = draft.choices[field.key];
          return (
            <FieldChoiceControl
              key={field.key}
              field={field}
              choice={choice}
              columns={columns}
              example={choice.source === 'column' ? exampleCell(inspection, draft.headerRow, choice.column) : null}
              problemIds={problemIdsOf(field.key)}
              onChange={(next) => onDraft(withFieldChoice(inspection, draft, field.key, next))}
            />
          );
        })}
        <div className="mapping-styles">
          <div className="mapping-style">
            <span className="mapping-style-label" aria-hidden="true">
              Decimal separator
            </span>
            <SegmentedControl legend="Decimal separator" options={DECIMAL_CHOICES} value={draft.decimalSeparator} onChange={(decimalSeparator) => onDraft({ ...draft, decimalSeparator })} />
          </div>
          <div className="mapping-style">
            <span className="mapping-style-label" aria-hidden="true">
              Dates such as 03/04/2025
            </span>
            <SegmentedControl
              legend="Date order"
              options={DATE_ORDER_CHOICES}
              value={draft.dateOrder}
              onChange={(dateOrder) => onDraft(withDateOrder(draft, dateOrder))}
              describedBy={reason ? reasonId : undefined}
            />
            {reason && (
              <p id={reasonId} className="mapping-style-reason" aria-live="polite">
                {reason}
              </p>
            )}
          </div>
        </div>
      </div>
      <MappingPreviewPanel fileName={fileName} remaining={listed} state={preview} />
    </div>
  );
}
