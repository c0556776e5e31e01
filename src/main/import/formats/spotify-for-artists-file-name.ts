/**
 * Spotify for Artists writes some facts only into its export file names, never into the file:
 *   <artistId>-songs-1year.csv        the window a "songs" export covers
 *   <artistId>-playlists-28days.csv   the same for playlists
 *   <artistId>-timelines.csv          whose audience the timeline is
 *   Song Title-timeline.csv           a per-track timeline's track
 *   <artistId>-Song Title-timeline.csv
 * A Spotify artist id is 22 base-62 characters; only a leading part of that shape is taken for
 * one, so a title such as "Hold On - Radio Edit" keeps its dashes.
 */

const ARTIST_ID = /^[0-9A-Za-z]{22}$/;
/** The windows the export menu offers, as they appear in names: 28days, 7days, 1year, 12months, alltime, since2015. */
const WINDOW = /^(?:\d+(?:hours?|days?|weeks?|months?|years?)|alltime|all-time|lifetime|since\d{4})$/i;
const TIMELINE_SUFFIX = /-timelines?$/i;

export interface SpotifyFileName {
  /** The artist id the name begins with, or null when it begins with something else. */
  artistId: string | null;
  /** The window token at the end of the name ('28days', '1year'), lower-cased; null when absent. */
  window: string | null;
  /** The track a per-track timeline is about: the name before "-timeline", without the artist id. */
  trackTitle: string | null;
  /** The name ends in "-timeline" / "-timelines". */
  isTimeline: boolean;
}

export function readSpotifyFileName(fileName: string): SpotifyFileName {
  // Browsers add " (1)" to a second download of the same export.
  const stem = fileName.replace(/\.(csv|txt)$/i, '').replace(/\s*\(\d+\)$/, '').trim();
  const dash = stem.indexOf('-');
  const head = dash < 0 ? stem : stem.slice(0, dash);
  const artistId = ARTIST_ID.test(head) ? head : null;
  const rest = artistId === null ? stem : stem.slice(head.length + 1);
  const lastToken = rest.slice(rest.lastIndexOf('-') + 1);
  const window = WINDOW.test(lastToken) ? lastToken.toLowerCase() : null;
  const isTimeline = TIMELINE_SUFFIX.test(rest) || (artistId !== null && /^timelines?$/i.test(rest));
  const title = rest.replace(TIMELINE_SUFFIX, '').replace(/^timelines?$/i, '').trim();
  return { artistId, window, trackTitle: isTimeline && title !== '' ? title : null, isTimeline };
}
