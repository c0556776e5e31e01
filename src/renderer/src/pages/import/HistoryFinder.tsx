import { useId } from 'react';
import type { ImportBatchSummary } from '../../../../shared/contract/imports';
import { filterHistory, historyFormats, isFiltered, matchText, SHOW_CHOICES, type HistoryFilter, type HistoryShow } from './history-view';

interface HistoryFinderProps {
  imports: readonly ImportBatchSummary[];
  filter: HistoryFilter;
  onFilter(filter: HistoryFilter): void;
}

/** Finds imports in a long history: words of the file name, format or period, one format, or those with something to follow up. */
export function HistoryFinder({ imports, filter, onFilter }: HistoryFinderProps) {
  const ids = useId();
  const formats = historyFormats(imports);
  const matching = filterHistory(imports, filter).length;
  return (
    <div className="history-finder">
      <div className="field history-search">
        <label htmlFor={`${ids}-search`}>Find</label>
        <input
          id={`${ids}-search`}
          type="search"
          placeholder="File name, format or month"
          spellCheck={false}
          autoComplete="off"
          value={filter.search}
          onChange={(event) => onFilter({ ...filter, search: event.target.value })}
        />
      </div>
      <div className="field">
        <label htmlFor={`${ids}-format`}>Format</label>
        <select id={`${ids}-format`} value={filter.format} onChange={(event) => onFilter({ ...filter, format: event.target.value })}>
          <option value="">All formats</option>
          {formats.map((format) => (
            <option key={format} value={format}>
              {format}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${ids}-show`}>Show</label>
        <select id={`${ids}-show`} value={filter.show} onChange={(event) => onFilter({ ...filter, show: event.target.value as HistoryShow })}>
          {SHOW_CHOICES.map((choice) => (
            <option key={choice.value} value={choice.value}>
              {choice.label}
            </option>
          ))}
        </select>
      </div>
      <p className="history-count" role="status">
        {matchText(matching, imports.length, isFiltered(filter))}
      </p>
    </div>
  );
}
