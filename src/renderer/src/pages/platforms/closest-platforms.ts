import { editDistance } from '../../../../shared/catalogue/edit-distance';

/** A name as compared for closeness: letter case, spaces and punctuation set aside ("Sound-Cloud" is "soundcloud"). */
function nameKey(name: string): string {
  return name.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

/** At most this many suggestions, so the list stays short enough to read at a glance. */
const MOST_SUGGESTED = 3;

/** A name whose key holds the other whole is close only when the part held is this long: "tid" is not TIDAL. */
const SHORTEST_HELD = 4;

/**
 * How close a candidate's name is to a stray spelling, in typing slips; null when it is not close:
 * more than one slip per three letters of the spelling, unless one name holds the other whole
 * ("YouTube" and "YouTube Music"), which then counts as the letters the longer adds.
 */
function closeness(spelling: string, candidate: string): number | null {
  // Insertions, deletions, substitutions and swapped neighbours each count one slip.
  const slips = editDistance(spelling, candidate);
  if (slips <= Math.max(1, Math.floor(spelling.length / 3))) return slips;
  const [shorter, longer] = spelling.length <= candidate.length ? [spelling, candidate] : [candidate, spelling];
  return shorter.length >= SHORTEST_HELD && longer.includes(shorter) ? slips : null;
}

export interface PlatformChoices<T> {
  /** The few platforms the spelling is probably a slip of, closest first (by name among equals). */
  closest: T[];
  /** Every other platform, by name. */
  others: T[];
}

/** The platforms offered to merge a stray spelling into: the closest names first, then the rest by name. */
export function platformChoices<T extends { name: string }>(spelling: string, candidates: readonly T[]): PlatformChoices<T> {
  const key = nameKey(spelling);
  const byName = [...candidates].sort((a, b) => a.name.localeCompare(b.name));
  const close = byName
    .map((candidate) => ({ candidate, slips: closeness(key, nameKey(candidate.name)) }))
    .filter((scored): scored is { candidate: T; slips: number } => scored.slips !== null)
    // A stable sort keeps equally close names in name order.
    .sort((a, b) => a.slips - b.slips)
    .slice(0, MOST_SUGGESTED)
    .map((scored) => scored.candidate);
  return { closest: close, others: byName.filter((candidate) => !close.includes(candidate)) };
}
