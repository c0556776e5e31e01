import type { RefObject } from 'react';
import type { PlatformSummary } from '../../../../shared/contract/imports';
import { RecordsTable } from '../../components/RecordsTable';
import { countText } from '../../format/figures-text';
import { removeSpellingLabel } from './platform-spellings';

/** Most lines first: the stores that carry the label's money lead, the stray spellings trail. */
function mostLinesFirst(platforms: PlatformSummary[]): PlatformSummary[] {
  return [...platforms].sort((a, b) => b.lines - a.lines || a.name.localeCompare(b.name));
}

interface PlatformsTableProps {
  platforms: PlatformSummary[];
  canMerge: boolean;
  /** The spelling whose removal is being saved: its button waits. */
  removing: { platformId: number; alias: string } | null;
  tableRef: RefObject<HTMLTableElement | null>;
  onMerge(platform: PlatformSummary): void;
  onAddSpelling(platform: PlatformSummary): void;
  onRemoveSpelling(platform: PlatformSummary, alias: string): void;
}

/** Each platform with its spellings and line count, and the ways to add or remove a spelling or merge it into another. */
export function PlatformsTable({ platforms, canMerge, removing, tableRef, onMerge, onAddSpelling, onRemoveSpelling }: PlatformsTableProps) {
  return (
    <RecordsTable
      ref={tableRef}
      caption="Platforms"
      columns={
        <>
          <th scope="col">Platform</th>
          <th scope="col">Default sale type</th>
          <th scope="col">Also spelled</th>
          <th scope="col" className="numeric">
            Lines
          </th>
        </>
      }
    >
      {mostLinesFirst(platforms).map((platform) => (
        <tr key={platform.platformId} data-platform-id={platform.platformId}>
          <th scope="row">{platform.name}</th>
          <td>{platform.saleType}</td>
          <td className="alias-cell">
            {platform.aliases.length > 0 ? (
              <ul className="alias-list" aria-label={`Spellings of ${platform.name}`}>
                {platform.aliases.map((alias) => {
                  const busy = removing?.platformId === platform.platformId && removing.alias === alias;
                  return (
                    <li key={alias} className="alias-chip">
                      <span className="alias-name">{alias}</span>
                      {/* aria-disabled, not disabled: a disabled button drops the keyboard focus on the floor. */}
                      <button
                        type="button"
                        className="alias-remove"
                        aria-label={removeSpellingLabel(alias, platform.name)}
                        aria-disabled={busy}
                        title="Remove this spelling"
                        onClick={() => !busy && onRemoveSpelling(platform, alias)}
                      >
                        ×
                      </button>
                    </li>
                  );
                })}
              </ul>
            ) : (
              '—'
            )}
          </td>
          <td className="numeric">{countText(platform.lines)}</td>
          <td className="row-actions platform-actions">
            <button type="button" className="button button--small alias-add" aria-label={`Add spelling of ${platform.name}…`} onClick={() => onAddSpelling(platform)}>
              Add spelling…
            </button>{' '}
            <button type="button" className="button button--small" disabled={!canMerge} onClick={() => onMerge(platform)}>
              {/* One flex item: the button spaces its children apart, which would split the words. */}
              <span>
                Merge <span className="visually-hidden">{platform.name} </span>into…
              </span>
            </button>
          </td>
        </tr>
      ))}
    </RecordsTable>
  );
}
