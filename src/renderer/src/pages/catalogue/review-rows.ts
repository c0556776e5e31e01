import type { ChannelOutput } from '../../../../shared/contract/channels';
import type { RecordingUnderReview } from '../../../../shared/contract/imports';
import { NO_ARTIST } from '../../../../shared/catalogue/no-artist';
import { formatMoney } from '../../../../shared/money/display-amount';
import { figureWithWaitingText, shownWithWaiting } from '../../../../shared/query/unconverted-members';
import { countText, linesText } from '../../format/figures-text';
import { UNDO_FROM_HISTORY } from './merge-history/merge-history-text';

/** A recording as the search answers it: a possible merge target, with how close its name is to the text typed. */
export type FoundRecording = ChannelOutput<'catalogue:search'>['recordings'][number];

/** A recording to merge into, however it was found. */
export type RecordingRef = Omit<FoundRecording, 'scorePercent' | 'reason'>;

/** The search box sends at most what the channel accepts. */
export const SEARCH_TEXT_LIMIT = 200;

export interface CandidateView {
  recordingId: number;
  title: string;
  artist: string;
  artistId: number | null;
  /** "ISRC NLA1Z2400001", or "No ISRC" for a recording that has none either. */
  isrcText: string;
  /** Out of 100: how close the names are. */
  scorePercent: number;
  /** "70%". */
  scoreText: string;
  /** Why the core thinks it is this one; null when it says no more than the row's reason. */
  reason: string | null;
  /** The candidate as a merge target. */
  ref: RecordingRef;
}

export interface ReviewRow {
  recordingId: number;
  title: string;
  artist: string;
  artistId: number | null;
  /** "Harbour (Live) by Lena Vos": what buttons and dialogs call the row, unique where titles repeat. */
  label: string;
  linesText: string;
  lines: number;
  /** Rounded to the cent in the base currency. */
  revenueText: string;
  /** Every digit the core summed, for a tooltip. */
  revenueExact: string;
  reason: string;
  candidate: CandidateView | null;
  /** Close titles the core found when the queue was read, closest first: each may be merged into. */
  suggestions: CandidateView[];
}

/** The core writes reasons as clauses ("same song, …"); a cell shows them as sentences. */
export function sentenceText(reason: string): string {
  const trimmed = reason.trim();
  return trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
}

function artistText(artist: string): string {
  return artist.trim() === '' ? NO_ARTIST : artist;
}

/** "Harbour by Lena Vos"; a recording without an artist is named by its title alone. */
export function recordingLabel(recording: { title: string; artist: string }): string {
  return recording.artist.trim() === '' ? recording.title : `${recording.title} by ${recording.artist}`;
}

/** "ISRC NLA1Z2400001" or "No ISRC". */
export function isrcText(isrc: string | null): string {
  return isrc ? `ISRC ${isrc}` : 'No ISRC';
}

function moneyText(amount: string, currency: string): string {
  try {
    return formatMoney(amount, currency);
  } catch {
    // A base currency Intl does not know still shows its digits.
    return `${amount} ${currency}`;
  }
}

type Match = NonNullable<RecordingUnderReview['candidate']>;

/** A possible merge target as a cell shows it; its reason is left out when the row already says it. */
function candidateView(candidate: Match, rowReason: string): CandidateView {
  return {
    recordingId: candidate.recordingId,
    title: candidate.title,
    artist: artistText(candidate.artist),
    artistId: candidate.artistId,
    isrcText: isrcText(candidate.isrc),
    scorePercent: candidate.scorePercent,
    scoreText: `${candidate.scorePercent}%`,
    reason: candidate.reason.trim() === '' || sentenceText(candidate.reason) === rowReason ? null : sentenceText(candidate.reason),
    ref: { recordingId: candidate.recordingId, title: candidate.title, artist: candidate.artist, artistId: candidate.artistId, isrc: candidate.isrc },
  };
}

/**
 * Its converted revenue, and the lines no FX rate converts yet, as the Overview and the Breakdown
 * say it: a bare $0.00 would read as "earned nothing".
 */
function revenueText(recording: RecordingUnderReview, baseCurrency: string): string {
  const shown = moneyText(recording.revenue, baseCurrency);
  return figureWithWaitingText(shownWithWaiting(shown, recording.revenue, baseCurrency, recording.unconverted));
}

/** One queue entry as the review table shows it. */
export function reviewRow(recording: RecordingUnderReview, baseCurrency: string): ReviewRow {
  const reason = sentenceText(recording.reason);
  const { candidate } = recording;
  return {
    recordingId: recording.recordingId,
    title: recording.title,
    artist: artistText(recording.artist),
    artistId: recording.artistId,
    label: recordingLabel(recording),
    lines: recording.lines,
    linesText: linesText(recording.lines),
    revenueText: revenueText(recording, baseCurrency),
    revenueExact: `${recording.revenue} ${baseCurrency}`,
    reason,
    candidate: candidate && candidateView(candidate, reason),
    suggestions: recording.suggestions.map((suggestion) => candidateView(suggestion, reason)),
  };
}

/** "Lena Vos · ISRC NLA1Z2400001": what tells one search result from another of the same title. */
export function searchResultDetail(recording: RecordingRef): string {
  return `${artistText(recording.artist)} · ${isrcText(recording.isrc)}`;
}

/** What the core's reason says is close: "same artist", "similar title (plural: Light/Lights)", "same artist and title". */
const CLOSE_PART = /^(?:same|similar) (artist and title|artist|title)\b/;

/**
 * "90% close · title" for a result found by its name, saying what is close (every recording of an
 * artist typed is 100% close by its artist alone); "contains the text" for one found by what it contains.
 */
export function searchResultScore(recording: FoundRecording): string {
  if (recording.scorePercent === null) return 'contains the text';
  const close = CLOSE_PART.exec(recording.reason)?.[1];
  return close ? `${recording.scorePercent}% close · ${close}` : `${recording.scorePercent}% close`;
}

/** "Harbour — Lena Vos · ISRC NLA1Z2400001 · 90% close · title": one search result, as a screen reader names it. */
export function searchResultText(recording: FoundRecording): string {
  return `${recording.title} — ${searchResultDetail(recording)} · ${searchResultScore(recording)}`;
}

/** What the search box sends: trimmed and cut to the channel's limit, or null when there is nothing to look for. */
export function searchText(typed: string): string | null {
  const text = typed.trim().slice(0, SEARCH_TEXT_LIMIT).trim();
  return text === '' ? null : text;
}

/** The recordings a row may be merged into: any the search found except itself. */
export function mergeTargets(found: readonly FoundRecording[], recordingId: number): FoundRecording[] {
  return found.filter((recording) => recording.recordingId !== recordingId);
}

/**
 * What merging does, said before it is done: where the lines go, that the spelling is remembered
 * for later statements, and where to take it back.
 */
export function mergeConsequence(row: Pick<ReviewRow, 'title' | 'artist' | 'artistId' | 'lines' | 'revenueText'>, into: RecordingRef): string[] {
  // A recording without an artist is named by its title alone, as recordingLabel names it.
  const target = `${into.artist.trim() === '' ? `“${into.title}”` : `“${into.title}” by ${into.artist}`}${into.isrc ? ` (ISRC ${into.isrc})` : ''}`;
  const moves = row.lines === 1 ? `Its line, earning ${row.revenueText}, moves to ${target}.` : `Its ${linesText(row.lines)}, earning ${row.revenueText}, move to ${target}.`;
  // By its id, not its shown name: an artist may really be called what the placeholder says.
  const spelling = row.artistId === null ? `“${row.title}”` : `“${row.title}” by ${row.artist}`;
  return [
    moves,
    `The spelling is remembered: future statements that name ${spelling} are read as “${into.title}” straight away.`,
    UNDO_FROM_HISTORY,
  ];
}

/** The notice once a merge is done. */
export function mergedText(row: Pick<ReviewRow, 'title'>, into: RecordingRef, movedLines: number): string {
  return `“${row.title}” is now part of “${into.title}”: ${linesText(movedLines)} moved.`;
}

/** The notice once a recording is kept. */
export function keptText(row: Pick<ReviewRow, 'title'>): string {
  return `“${row.title}” stays a recording of its own.`;
}

/** "1,793 recordings wait for a decision". */
export function queueCountText(count: number): string {
  return count === 1 ? '1 recording waits for a decision' : `${countText(count)} recordings wait for a decision`;
}

/**
 * Which row should take the focus once the row at `index` has left a queue now `remaining` long:
 * the one that moved up into its place, else the new last one, else none (the queue is empty).
 */
export function nextFocusIndex(index: number, remaining: number): number | null {
  if (remaining <= 0) return null;
  return Math.min(Math.max(index, 0), remaining - 1);
}

/** The artist of a suggestion, when it is not the row's: the two may be one artist spelled two ways. */
export interface ArtistMergeRequest {
  artist: string;
  artistId: number;
  into: string;
  intoArtistId: number;
}

/** The artist merge a suggestion offers: only where it names another artist than the row, both known. */
export function artistMergeOf(row: Pick<ReviewRow, 'artist' | 'artistId'>, match: Pick<CandidateView, 'artist' | 'artistId'>): ArtistMergeRequest | null {
  if (row.artistId === null || match.artistId === null || row.artistId === match.artistId) return null;
  return { artist: row.artist, artistId: row.artistId, into: match.artist, intoArtistId: match.artistId };
}

/**
 * What merging an artist does, said before it is done: what moves, what becomes one, that the old
 * name becomes an alias, and where to take it back.
 */
export function artistMergeConsequence(request: ArtistMergeRequest): string[] {
  const { artist, into } = request;
  return [
    `Every statement line, recording and release of ${artist} moves to ${into}. A recording or release of the same title under both becomes one, unless each has its own ISRC or UPC. Totals do not change: they count under ${into}.`,
    `${artist} becomes an alias of ${into}: statements that name ${artist}, now or later, are read as ${into}.`,
    UNDO_FROM_HISTORY,
  ];
}

/** "1 recording", "2 releases". */
function entriesText(count: number, entry: 'recording' | 'release'): string {
  return count === 1 ? `1 ${entry}` : `${count} ${entry}s`;
}

/**
 * The notice once an artist merge is done. The lines counted are those that named the merged
 * artist; the target's own lines that a fold moved to another recording are not among them.
 */
export function artistMergedText(request: ArtistMergeRequest, merged: { movedLines: number; mergedRecordings: number; mergedReleases: number }): string {
  const { artist, into } = request;
  const lines = merged.movedLines === 1 ? `1 line that named ${artist} now counts under ${into}` : `${linesText(merged.movedLines)} that named ${artist} now count under ${into}`;
  const folded = [merged.mergedRecordings > 0 ? entriesText(merged.mergedRecordings, 'recording') : '', merged.mergedReleases > 0 ? entriesText(merged.mergedReleases, 'release') : ''].filter(Boolean);
  const same = folded.length === 0 ? '' : `; ${folded.join(' and ')} folded into ${into}'s of the same title`;
  return `${artist} is now part of ${into}: ${lines}${same}.`;
}
