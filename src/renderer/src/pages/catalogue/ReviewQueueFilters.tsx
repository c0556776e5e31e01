import { useId, useRef } from 'react';
import { countText } from '../../format/figures-text';
import { EVERY_ENTRY, isFiltered, MATCH_FILTERS, type MatchFilter, type QueueFilter } from './review-queue-view';
import { SEARCH_TEXT_LIMIT } from './review-rows';

interface ReviewQueueFiltersProps {
  filter: QueueFilter;
  artists: { artist: string; count: number }[];
  /** "Showing 50 of 412 found · 1,793 in the queue". */
  shownText: string;
  onChange(filter: QueueFilter): void;
}

/**
 * A search over the queue as it is typed (titles, artists, the ISRCs of the matches), which
 * entries to show by their matches, and one artist's entries alone.
 */
export function ReviewQueueFilters({ filter, artists, shownText, onChange }: ReviewQueueFiltersProps) {
  // An artist whose last entry was just decided stays the choice until another is made.
  const searchRef = useRef<HTMLInputElement>(null);
  const id = useId();
  const choices = filter.artist === null || artists.some((a) => a.artist === filter.artist) ? artists : [...artists, { artist: filter.artist, count: 0 }];
  return (
    <div className="review-filters">
      <div className="review-filter-fields" role="search" aria-label="Find recordings to review">
        {/* Labels beside their controls, not around them: a label around a list would be named by its choices too. */}
        <div className="review-filter review-filter--text">
          <label className="review-filter-label" htmlFor={`${id}-text`}>
            Find
          </label>
          <input
            id={`${id}-text`}
            ref={searchRef}
            type="search"
            value={filter.text}
            maxLength={SEARCH_TEXT_LIMIT}
            placeholder="Title, artist or ISRC"
            onChange={(event) => onChange({ ...filter, text: event.target.value })}
          />
        </div>
        <div className="review-filter">
          <label className="review-filter-label" htmlFor={`${id}-match`}>
            Show
          </label>
          <select id={`${id}-match`} value={filter.match} onChange={(event) => onChange({ ...filter, match: event.target.value as MatchFilter })}>
            {MATCH_FILTERS.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </div>
        <div className="review-filter">
          <label className="review-filter-label" htmlFor={`${id}-artist`}>
            Artist
          </label>
          <select id={`${id}-artist`} value={filter.artist ?? ''} onChange={(event) => onChange({ ...filter, artist: event.target.value === '' ? null : event.target.value })}>
            <option value="">All artists</option>
            {choices.map(({ artist, count }) => (
              <option key={artist} value={artist}>
                {artist} ({countText(count)})
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="review-filter-summary">
        <p className="review-shown" aria-live="polite">
          {shownText}
        </p>
        {isFiltered(filter) && (
          // The button leaves with the filter: the search box, where finding starts again, takes the focus.
          <button
            type="button"
            className="button button--small button--quiet"
            onClick={() => {
              onChange(EVERY_ENTRY);
              searchRef.current?.focus();
            }}
          >
            Show every recording
          </button>
        )}
      </div>
    </div>
  );
}
