import { useId } from 'react';
import type { Comparison, Dimension, Metric } from '../../../../shared/query/query-spec';
import { SegmentedControl } from '../../components/SegmentedControl';
import type { CountBackFrom } from './breakdown-choices';
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

const COUNT_BACK_CHOICES: { value: CountBackFrom; label: string }[] = [
  { value: 'today', label: 'Today' },
  { value: 'latestData', label: 'Latest statement' },
];

interface BreakdownControlsProps {
  metric: Metric;
  dimensions: readonly Dimension[];
  comparison: Comparison | null;
  top: number | null;
  /** Top-n needs one entity dimension; otherwise the choice is not offered. */
  topOffered: boolean;
  countBackFrom: CountBackFrom;
  /** Only windows counted back ("last 12 months") have an end to choose. */
  countBackOffered: boolean;
  onMetric(metric: Metric): void;
  onDimension(index: 0 | 1, dimension: Dimension | null): void;
  onComparison(comparison: Comparison | null): void;
  onTop(top: number | null): void;
  onCountBackFrom(countBackFrom: CountBackFrom): void;
}

/** What to measure, what to break it down by, and what to hold it against. */
export function BreakdownControls(props: BreakdownControlsProps) {
  const { metric, dimensions, comparison, top, topOffered, countBackFrom, countBackOffered, onMetric, onDimension, onComparison, onTop, onCountBackFrom } = props;
  const ids = useId();
  const [first, second] = dimensions;
  return (
    <div className="breakdown-controls">
      <div className="field">
        <label htmlFor={`${ids}-metric`}>Measure</label>
        <select id={`${ids}-metric`} value={metric} onChange={(event) => onMetric(event.target.value as Metric)}>
          {METRIC_CHOICES.map((choice) => (
            <option key={choice.value} value={choice.value}>
              {choice.label}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${ids}-first`}>Break down by</label>
        <select id={`${ids}-first`} value={first} onChange={(event) => onDimension(0, event.target.value as Dimension)}>
          {DIMENSION_CHOICES.map((choice) => (
            <option key={choice.value} value={choice.value}>
              {choice.label}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${ids}-second`}>Then by</label>
        <select
          id={`${ids}-second`}
          value={second ?? NO_SECOND}
          onChange={(event) => onDimension(1, event.target.value === NO_SECOND ? null : (event.target.value as Dimension))}
        >
          <option value={NO_SECOND}>Nothing else</option>
          {DIMENSION_CHOICES.filter((choice) => choice.value !== first).map((choice) => (
            <option key={choice.value} value={choice.value}>
              {choice.label}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        {/* The group carries its own legend for assistive technology; this is its visible twin. */}
        <span className="field-label" aria-hidden="true">
          Compare with
        </span>
        <SegmentedControl
          legend="Compare with"
          options={COMPARISON_CHOICES}
          value={comparison ?? 'none'}
          onChange={(value) => onComparison(value === 'none' ? null : value)}
        />
      </div>
      {topOffered && (
        <div className="field">
          <span className="field-label" aria-hidden="true">
            Rows
          </span>
          <SegmentedControl
            legend="Rows"
            options={TOP_CHOICES}
            value={top === null ? 'every' : (String(top) as TopChoice)}
            onChange={(value) => onTop(value === 'every' ? null : Number(value))}
          />
        </div>
      )}
      {countBackOffered && (
        <div className="field">
          <span className="field-label" aria-hidden="true">
            Count back from
          </span>
          <SegmentedControl legend="Count back from" options={COUNT_BACK_CHOICES} value={countBackFrom} onChange={onCountBackFrom} />
        </div>
      )}
    </div>
  );
}
