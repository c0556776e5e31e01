import type { PlatformSummary } from '../../../../shared/contract/imports';
import { RecordsTable } from '../../components/RecordsTable';
import { countText } from '../../format/figures-text';

/** Most lines first: the stores that carry the label's money lead, the stray spellings trail. */
function mostLinesFirst(platforms: PlatformSummary[]): PlatformSummary[] {
  return [...platforms].sort((a, b) => b.lines - a.lines || a.name.localeCompare(b.name));
}

interface PlatformsTableProps {
  platforms: PlatformSummary[];
  canMerge: boolean;
  onMerge(platform: PlatformSummary): void;
}

/** Each platform with its spellings and line count, and the way to merge it into another. */
export function PlatformsTable({ platforms, canMerge, onMerge }: PlatformsTableProps) {
  return (
    <RecordsTable
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
        <tr key={platform.platformId}>
          <th scope="row">{platform.name}</th>
          <td>{platform.saleType}</td>
          <td className="alias-cell" title={platform.aliases.join(', ')}>
            {platform.aliases.length > 0 ? platform.aliases.join(', ') : '—'}
          </td>
          <td className="numeric">{countText(platform.lines)}</td>
          <td className="row-actions">
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
