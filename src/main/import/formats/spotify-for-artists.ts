import { HeaderColumns, cell, normaliseHeaderName, requiredCell } from '../header-columns';
import { readPeriod, readQuantity } from '../field-readers';
import { LineRejection, SKIP_LINE, type GaugeMetric, type GaugeReading } from '../statement-line';
import { readSpotifyFileName } from './spotify-for-artists-file-name';
import type { FormatContext, LineMapper, StatementFormat } from './statement-format';

/**
 * Spotify for Artists exports (UTF-8 with BOM, comma). They hold audience figures, not sales:
 * every number becomes a gauge reading (listeners, streams, saves…) that is stored apart from
 * statement lines and never summed, so a track's daily Spotify streams here are never added to
 * the streams a distributor pays for.
 *
 *   audience timeline  date,listeners,streams,followers  (old)
 *                      date,listeners,monthly listeners,monthly active listeners,super listeners,
 *                      streams,playlist adds,saves,followers  (new)
 *   songs              song,listeners,streams,saves,release_date   window only in the file name
 *   per-track timeline date,streams                                 track only in the file name
 *   playlists          title,author,listeners,streams,date_added
 */

const METRICS: Record<string, GaugeMetric> = {
  listeners: 'listeners',
  'monthly listeners': 'monthly_listeners',
  'monthly active listeners': 'monthly_active_listeners',
  'super listeners': 'super_listeners',
  streams: 'streams',
  'playlist adds': 'playlist_adds',
  saves: 'saves',
  followers: 'followers',
};
const NEW_AUDIENCE_ONLY = ['monthly listeners', 'monthly active listeners', 'super listeners', 'playlist adds', 'saves'];

type Layout = 'audience' | 'songs' | 'timeline' | 'playlists';

const KNOWN: Record<Layout, string[]> = {
  audience: ['date', ...Object.keys(METRICS)],
  songs: ['song', 'listeners', 'streams', 'saves', 'release_date'],
  timeline: ['date', 'streams'],
  playlists: ['title', 'author', 'listeners', 'streams', 'date_added'],
};

function layoutOf(columns: HeaderColumns): Layout | null {
  const named = columns.header.map(normaliseHeaderName).filter((n) => n !== '');
  // Two columns only: a bare "date,streams" is a per-track timeline, not an audience file.
  if (named.length === 2 && columns.has('date') && columns.has('streams')) return 'timeline';
  if (columns.coverage(['date', 'listeners', 'streams']) === 1) return 'audience';
  if (columns.coverage(['song', 'listeners', 'streams']) === 1) return 'songs';
  if (columns.coverage(['title', 'author', 'listeners', 'streams']) === 1) return 'playlists';
  return null;
}

function variantName(layout: Layout, columns: HeaderColumns, fileName: string): string {
  const name = readSpotifyFileName(fileName);
  const window = name.window ?? 'window not in file name';
  switch (layout) {
    case 'audience':
      return columns.has(...NEW_AUDIENCE_ONLY) ? 'audience timeline' : 'audience timeline (old)';
    case 'timeline':
      return name.trackTitle === null ? 'per-track timeline (track not in file name)' : 'per-track timeline';
    case 'songs':
      return `songs (${window})`;
    case 'playlists':
      return `playlists (${window})`;
  }
}

function readDay(text: string): number {
  const range = readPeriod(text, 'date');
  if (range.start !== range.end) throw new LineRejection(`column "date": "${text}" is not a single day`);
  return range.start;
}

interface MetricColumn {
  index: number;
  name: string;
  metric: GaugeMetric;
}

function metricColumns(header: string[], layout: Layout): MetricColumn[] {
  const allowed = new Set(KNOWN[layout].map(normaliseHeaderName));
  const found: MetricColumn[] = [];
  const seen = new Set<GaugeMetric>();
  header.forEach((name, index) => {
    const key = normaliseHeaderName(name);
    const metric = METRICS[key];
    if (metric === undefined || !allowed.has(key) || seen.has(metric)) return;
    seen.add(metric);
    found.push({ index, name: name.replace(/^\uFEFF/, '').trim(), metric });
  });
  return found;
}

function readMetric(text: string, column: string): number {
  const value = readQuantity(text, column);
  if (value < 0) throw new LineRejection(`column "${column}": "${text}" is negative`);
  return value;
}

/** Where each reading comes from: its subject and its time (a day, or a window). */
interface RowSubject {
  kind: GaugeReading['subjectKind'];
  subject: string;
  day: number | null;
  window: string | null;
}

function subjectReader(layout: Layout, columns: HeaderColumns, context: FormatContext): (fields: string[]) => RowSubject {
  const name = readSpotifyFileName(context.fileName);
  const date = columns.find('date');
  switch (layout) {
    case 'audience':
      // The artist is only in the file name; '' when the name does not start with an artist id.
      return (fields) => ({ kind: 'artist', subject: name.artistId ?? '', day: readDay(requiredCell(fields, date, 'date')), window: null });
    case 'timeline':
      return (fields) => {
        if (name.trackTitle === null) {
          throw new LineRejection(
            `the file name "${context.fileName}" does not name the track (Spotify names these "<track>-timeline.csv")`,
          );
        }
        return { kind: 'recording', subject: name.trackTitle, day: readDay(requiredCell(fields, date, 'date')), window: null };
      };
    case 'songs': {
      const song = columns.find('song');
      return (fields) => ({ kind: 'recording', subject: requiredCell(fields, song, 'song'), day: null, window: name.window });
    }
    case 'playlists': {
      const title = columns.find('title');
      return (fields) => ({ kind: 'playlist', subject: requiredCell(fields, title, 'title'), day: null, window: name.window });
    }
  }
}

export const spotifyForArtists: StatementFormat = {
  id: 'spotify-for-artists',
  name: 'Spotify for Artists',
  titlesFirst: true,
  recognise(header, context) {
    const columns = new HeaderColumns(header);
    const layout = layoutOf(columns);
    if (layout === null) return null;
    // "date,streams" alone says little; a name ending in "-timeline" makes it Spotify's for sure.
    const confidence = layout === 'timeline' && !readSpotifyFileName(context.fileName).isTimeline ? 0.6 : 1;
    return { variant: variantName(layout, columns, context.fileName), confidence, unknownColumns: columns.unknown(KNOWN[layout]) };
  },
  mapper(header, _match, context): LineMapper {
    const columns = new HeaderColumns(header);
    const layout = layoutOf(columns);
    if (layout === null) throw new Error('Spotify for Artists mapper called for a header it does not recognise');
    const metrics = metricColumns(header, layout);
    const subjectOf = subjectReader(layout, columns, context);
    return (fields) => {
      const where = subjectOf(fields);
      const readings: GaugeReading[] = [];
      for (const column of metrics) {
        const text = cell(fields, column.index);
        // A blank cell is a figure Spotify did not have that day (super listeners before 2024).
        if (text === '') continue;
        readings.push({
          day: where.day,
          window: where.window,
          subjectKind: where.kind,
          subject: where.subject,
          isrc: null,
          metric: column.metric,
          value: readMetric(text, column.name),
        });
      }
      return readings.length === 0 ? SKIP_LINE : readings;
    };
  },
};
