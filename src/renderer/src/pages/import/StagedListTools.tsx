import { SegmentedControl } from '../../components/SegmentedControl';
import { filterChoices, standingCounts, type FilteredFile, type StagedFilter, type StagedStanding } from './staged-standing';

/** The files that may go all at once: none of them would be imported as they stand. */
const REMOVABLE: [StagedStanding, string][] = [
  ['twice', 'picked twice'],
  ['imported', 'already imported'],
  ['refused', 'rejected or failed'],
];

/** One of a kind is removed from its own card; from two on, a button removes them all. */
const REMOVED_TOGETHER_FROM = 2;

interface StagedListToolsProps {
  files: readonly FilteredFile[];
  /** Whether the filters are offered: there are many cards. */
  filtering: boolean;
  filter: StagedFilter;
  onFilter(filter: StagedFilter): void;
  onRemoveAll(standing: StagedStanding): void;
}

/**
 * Over a long list of cards: filters by what each file needs, and buttons that take the files that
 * would not be imported off the list at once. Files waiting for an answer get no answer for all:
 * skipping or keeping both is each statement's own question.
 */
export function StagedListTools({ files, filtering, filter, onFilter, onRemoveAll }: StagedListToolsProps) {
  const counts = standingCounts(files);
  const removable = REMOVABLE.filter(([standing]) => counts[standing] >= REMOVED_TOGETHER_FROM);
  if (!filtering && removable.length === 0) return null;
  return (
    <div className="staged-tools">
      {filtering && <SegmentedControl legend="Show files" options={filterChoices(files, filter)} value={filter} onChange={onFilter} />}
      {removable.length > 0 && (
        <div className="staged-tools-remove">
          {removable.map(([standing, said]) => (
            <button key={standing} type="button" className="button button--small" onClick={() => onRemoveAll(standing)}>
              Remove all {counts[standing]} {said}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
