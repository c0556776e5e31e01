import { useId } from 'react';
import type { Comparison, Dimension, Metric } from '../../../../shared/query/query-spec';
import { SegmentedControl } from '../../components/SegmentedControl';
import { DIMENSION_CHOICES, METRIC_CHOICES } from './breakdown-vocabulary';

type ComparisonChoice = Comparison | 'none';

const COMPARISON_CHOICES: { value: ComparisonChoice; label: string }[] = [
  { value: 'none', label: 'No comparison' },
  { value: 'previousPeriod', label: 'Previous period' },
  { value: 'samePeriodLastYear', label: 'Same period last year' },
];

const NO_SECOND = '';

type TopChoice = 'every' | '10' | '25';

const TOP_CHOICES: { value: TopChoice; label: string }[] = [
  { value: 'every', label: 'Every row' },
  { value: '10', label: 'Top 10 and the rest' },
  { value: '25', label: 'Top 25 and the rest' },
];

interface BreakdownControlsProps {
  metric: Metric;
  dimensions: readonly Dimension[];
  comparison: Comparison | null;
  top: number | null;
  /** Top-n needs one entity dimension; otherwise the choice is not offered. */
  topOffered: boolean;
  onMetric(metric: Metric): void;
  onDimension(index: 0 | 1, dimension: Dimension | null): void;
  onComparison(comparison: Comparison | null): void;
  onTop(top: number | null): void;
}

/** What to measure, what to break it down by, and what to hold it against. */
export function BreakdownControls(props: BreakdownControlsProps) {
  const { metric, dimensions, comparison, top, topOffered, onMetric, onDimension, onComparison, onTop } = props;
  const ids = useId();
  const [first, second] = dimensions;
  return (
    <div className="breakdown-controls">
      <ChoiceField id={`${ids}-metric`} label="Measure" value={metric} choices={METRIC_CHOICES} onChange={onMetric} />
      <ChoiceField id={`${ids}-first`} label="Break down by" value={first!} choices={DIMENSION_CHOICES} onChange={(value) => onDimension(0, value)} />
      <ChoiceField
        id={`${ids}-second`}
        label="Then by"
        value={second ?? NO_SECOND}
        choices={[{ value: NO_SECOND, label: 'Nothing else' }, ...DIMENSION_CHOICES.filter((choice) => choice.value !== first)]}
        onChange={(value) => onDimension(1, value === NO_SECOND ? null : value)}
      />
      <SegmentedField legend="Compare with" options={COMPARISON_CHOICES} value={comparison ?? 'none'} onChange={(value) => onComparison(value === 'none' ? null : value)} />
      {topOffered && (
        <SegmentedField
          legend="Rows"
          options={TOP_CHOICES}
          value={top === null ? 'every' : (String(top) as TopChoice)}
          onChange={(value) => onTop(value === 'every' ? null : Number(value))}
        />
      )}
    </div>
  );
}

interface Choice<T extends string> {
  value: T;
  label: string;
}

/** A labelled pick list of fixed choices. */
function ChoiceField<T extends string>({ id, label, value, choices, onChange }: { id: string; label: string; value: T; choices: readonly Choice<T>[]; onChange(value: T): void }) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value as T)}>
        {choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A segmented choice laid out as a field, its visible label above it. */
function SegmentedField<T extends string>({ legend, options, value, onChange }: { legend: string; options: readonly Choice<T>[]; value: T; onChange(value: T): void }) {
  return (
    <div className="field">
      {/* The group carries its own legend for assistive technology; this is its visible twin. */}
      <span className="field-label" aria-hidden="true">
        {legend}
      </span>
      <SegmentedControl legend={legend} options={options} value={value} onChange={onChange} />
    </div>
  );
}
