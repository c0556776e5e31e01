import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mergeArtist } from '../../../src/main/catalogue/artist-merge';
import { keepRecording, listRecordingsUnderReview, mergeRecording, type RecordingUnderReview } from '../../../src/main/catalogue/recording-review';
import { openReaderStore, openWriterStore, type Store } from '../../../src/main/store/open-store';
import { reviewQueueStatements } from '../../support/review-queue-statements';
import { DISTROKID_13_HEADER, distroKidLine, tempDataFolder } from '../../support/temp-store';
import { importFile } from '../import/temp-store';

/** One entry per line, every field the page shows: a change in what the queue says shows up here. */
function queueText(queue: RecordingUnderReview[]): string {
  const match = (m: RecordingUnderReview['suggestions'][number]) => `${m.recordingId} ${m.title} / ${m.artist} (${m.artistId}, ${m.isrc ?? 'no ISRC'}) ${m.scorePercent}% ${m.reason}`;
  return queue
    .map((r) => [
      `${r.recordingId} ${r.title} / ${r.artist} (${r.artistId}): ${r.lines} lines, ${r.revenue}, unconverted ${r.unconverted.lines} ${r.unconverted.currencies.join(',')}`,
      `  why: ${r.reason}`,
      ...(r.candidate ? [`  candidate: ${match(r.candidate)}`] : []),
      ...r.suggestions.map((s) => `  suggested: ${match(s)}`),
    ].join('\n'))
    .join('\n');
}

describe('the review queue of a store with many near-duplicates', () => {
  let folder: ReturnType<typeof tempDataFolder>;
  let writer: Store;
  let reader: Store;

  beforeAll(async () => {
    folder = tempDataFolder('tunemantra-review-scale-');
    writer = openWriterStore(folder.location.databaseFile);
    for (const [name, text] of reviewQueueStatements({ released: 240, nearDuplicates: 90, demos: 40, artists: 12, months: 4 })) {
      expect(await importFile(writer, folder.write(name, text))).toMatchObject({ status: 'imported' });
    }
    reader = openReaderStore(folder.location.databaseFile);
  });
  afterAll(() => {
    reader?.close();
    writer?.close();
    folder?.remove();
  });

  it('says what it said before it was read faster', async () => {
    await expect(queueText(listRecordingsUnderReview(reader))).toMatchFileSnapshot('./review-queue-scale.queue.txt');
  });

  it('reads after each decision, merge and import what a connection reading it for the first time reads', async () => {
    const fresh = () => {
      const other = openReaderStore(folder.location.databaseFile);
      try {
        return listRecordingsUnderReview(other);
      } finally {
        other.close();
      }
    };
    const first = listRecordingsUnderReview(reader);
    const withMatch = first.filter((r) => r.suggestions.length > 0 || r.candidate);
    const artistId = (name: string) => writer.prepare('SELECT id FROM artist WHERE name = ?').pluck().get(name) as number;
    const importSales = (name: string, sales: { artist: string; title: string; isrc: string }[]) => {
      const lines = sales.map((sale) => distroKidLine({ ...sale, saleMonth: '2024-09', store: 'Spotify', qty: 1, earnings: '1.00' }));
      return importFile(writer, folder.write(name, `${[DISTROKID_13_HEADER, ...lines].join('\n')}\n`));
    };
    const misspelt = first.find((r) => r.artist.startsWith('Rooster') && r.artist !== 'Rooster Act 5')!;
    const decisions: (() => unknown)[] = [
      () => keepRecording(writer, first.find((r) => !r.candidate && r.suggestions.length === 0)!.recordingId),
      () => mergeRecording(writer, withMatch[0]!.recordingId, (withMatch[0]!.candidate ?? withMatch[0]!.suggestions[0]!).recordingId),
      () => keepRecording(writer, withMatch[1]!.recordingId),
      () => mergeRecording(writer, withMatch[2]!.recordingId, (withMatch[2]!.candidate ?? withMatch[2]!.suggestions[0]!).recordingId),
      // A recording of the artist spelled right, found for an entry of the misspelt one; then a new artist.
      () => importSales('september.tsv', [{ artist: misspelt.artist.replace('Rooster', 'Roster'), title: misspelt.title, isrc: 'QZR8K2499001' }]),
      () => importSales('october.tsv', [{ artist: 'Harbour Collective', title: 'Midnight Stars', isrc: 'QZR8K2499002' }]),
      // An artist merge changes which artists there are.
      () => mergeArtist(writer, artistId('Rooster Act 5'), artistId('Roster Act 5')),
    ];
    for (const decide of decisions) {
      await decide();
      expect(queueText(listRecordingsUnderReview(reader))).toEqual(queueText(fresh()));
    }
  });
});
