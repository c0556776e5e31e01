import { useState } from 'react';
import type { ChosenFilter } from './breakdown-choices';
import { FilterEditor } from './FilterEditor';
import { filterText } from './filter-fields';

interface FilterBarProps {
  filters: readonly ChosenFilter[];
  onAdd(chosen: ChosenFilter): void;
  onRemove(index: number): void;
}

/** The filters in force, each removable, and the way to add another. */
export function FilterBar({ filters, onAdd, onRemove }: FilterBarProps) {
  const [editing, setEditing] = useState(false);
  return (
    <section className="filter-bar" aria-label="Filters">
      <div className="filter-chips">
        <span className="filter-bar-title">Filters</span>
        {filters.length === 0 && !editing && <span className="filter-none">None: every statement line counts.</span>}
        <ul className="filter-chip-list">
          {filters.map((chosen, index) => {
            const text = filterText(chosen);
            return (
              <li key={`${index}-${text}`} className="filter-chip">
                <span>{text}</span>
                <button type="button" className="filter-chip-remove" aria-label={`Remove filter: ${text}`} onClick={() => onRemove(index)}>
                  ×
                </button>
              </li>
            );
          })}
        </ul>
        {!editing && (
          <button type="button" className="button button--small" onClick={() => setEditing(true)}>
            Add filter…
          </button>
        )}
      </div>
      {editing && (
        <FilterEditor
          onCancel={() => setEditing(false)}
          onApply={(chosen) => {
            onAdd(chosen);
            setEditing(false);
          }}
        />
      )}
    </section>
  );
}
