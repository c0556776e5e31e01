import { SegmentedControl } from '../../components/SegmentedControl';
import { rangeLabel } from '../../format/calendar-text';
import { countsBack, useOverviewStore, type CountBackFrom, type RangeChoice } from '../../stores/overview-store';
import type { DateBasis } from '../../../../shared/query/query-spec';

const RANGE_CHOICES: { value: RangeChoice; label: string }[] = [
  { value: 'last30d', label: 'Last 30 days' },
  { value: 'last90d', label: 'Last 90 days' },
  { value: 'last12m', label: 'Last 12 months' },
  { value: 'ytd', label: 'Year to date' },
  { value: 'all', label: 'All time' },
  { value: 'custom', label: 'Custom' },
];

const COUNT_BACK_CHOICES: { value: CountBackFrom; label: string }[] = [
  { value: 'latestData', label: 'To latest statement' },
  { value: 'today', label: 'To today' },
];

const BASIS_CHOICES: { value: DateBasis; label: string }[] = [
  { value: 'sale', label: 'Sale date' },
  { value: 'reporting', label: 'Reporting date' },
];

interface TimeRangeBarProps {
  /** The window the engine actually used, from the latest answer; null while unknown. */
  resolvedRange: { from: string; to: string } | null;
  /** Whether the answer is in and had no data at all to place in a window. */
  noData: boolean;
}

/** The shared time controls: which window, counted back from when, which date decides it, and what it resolved to. */
export function TimeRangeBar({ resolvedRange, noData }: TimeRangeBarProps) {
  const { choice, customFrom, customTo, countBackFrom, dateBasis, choose, setCustomFrom, setCustomTo, setCountBackFrom, setDateBasis } = useOverviewStore();
  return (
    <div className="time-bar">
      <div className="time-bar-controls">
        <SegmentedControl legend="Time range" options={RANGE_CHOICES} value={choice} onChange={(value) => choose(value, resolvedRange)} />
        {countsBack(choice) && <SegmentedControl legend="Count back from" options={COUNT_BACK_CHOICES} value={countBackFrom} onChange={setCountBackFrom} />}
        <SegmentedControl legend="Date basis" options={BASIS_CHOICES} value={dateBasis} onChange={setDateBasis} />
      </div>
      {choice === 'custom' && (
        <div className="time-bar-custom">
          <label>
            From
            <input type="date" value={customFrom} max={customTo || undefined} onChange={(event) => setCustomFrom(event.target.value)} />
          </label>
          <label>
            To
            <input type="date" value={customTo} min={customFrom || undefined} onChange={(event) => setCustomTo(event.target.value)} />
          </label>
        </div>
      )}
      <p className="time-bar-resolved" aria-live="polite">
        {resolvedRange ? `${rangeLabel(resolvedRange)} · by ${dateBasis} date` : noData ? 'No sales recorded yet' : '\u00a0'}
      </p>
    </div>
  );
}
