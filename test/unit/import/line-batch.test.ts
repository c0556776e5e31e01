import { describe, expect, it } from 'vitest';
import { LineBatchBuilder, LineBatchReader, type LineBatch } from '../../../src/main/import/line-batch';
import { prepareLine, type PreparedLine, type StatementLineDraft } from '../../../src/main/import/statement-line';

function draft(overrides: Partial<StatementLineDraft>): StatementLineDraft {
  return {
    sale: { start: 20240301, end: 20240331 }, reportingDay: 20240505, platform: 'Spotify', territory: 'US', artist: 'Marisol',
    releaseTitle: null, recordingTitle: 'Hold On', isrc: 'QZTST2400001', upc: null, saleType: null, quantity: 12, currency: 'USD',
    amount: 123_456_789_012_345_678n, extra: { team_percentage: '100', source_type: 'Song' }, ...overrides,
  };
}

/** What the writer's thread reads back, as plain objects (the reader reuses one). */
function readBack(batch: LineBatch): PreparedLine[] {
  // Through structured cloning, as between threads.
  const copy = structuredClone(batch);
  const reader = new LineBatchReader(copy);
  return Array.from({ length: copy.count }, (_, i) => ({ ...reader.read(i) }));
}

/** prepareLine's form with both halves as numbers where they fit, as the batch carries them. */
function expected(d: StatementLineDraft, line: number): PreparedLine {
  const p = prepareLine(d, line);
  const safe = p.amountHi <= BigInt(Number.MAX_SAFE_INTEGER) && p.amountHi >= -BigInt(Number.MAX_SAFE_INTEGER);
  return safe ? { ...p, amountHi: Number(p.amountHi), amountLo: Number(p.amountLo) } : p;
}

describe('a batch of statement lines between threads', () => {
  it('carries every field of every line, amounts exact however large, kept columns as JSON', () => {
    const drafts = [
      draft({}),
      draft({ reportingDay: null, releaseTitle: 'Album', recordingTitle: null, isrc: null, upc: '0123456789012', saleType: 'download' }),
      draft({ amount: -5n, quantity: -1, extra: {} }),
      // 2^53 units of 1e-8 is about 90 million: beyond it the amount travels as text.
      draft({ amount: 123_456_789_012_345_678_901_234_567n, currency: 'JPY', extra: { team_percentage: '50' } }),
      draft({ extra: { source_type: 'Song', team_percentage: '100' } }),
      draft({ extra: { team_percentage: '100', source_type: 'Album' } }),
    ];
    const builder = new LineBatchBuilder(16);
    drafts.forEach((d, i) => builder.line(d, i + 2));
    const lines = readBack(builder.build().batch);
    expect(lines).toEqual(drafts.map((d, i) => expected(d, i + 2)));
    expect(typeof lines[3]!.amountHi).toBe('bigint');
    expect(lines.map((l) => (l.extraJson === null ? null : JSON.parse(l.extraJson)))).toEqual(drafts.map((d) => (Object.keys(d.extra).length ? d.extra : null)));
  });

  it('keeps other rows in their place between the lines, and the totals per currency', () => {
    const builder = new LineBatchBuilder(4);
    builder.other({ kind: 'skip' });
    builder.line(draft({ amount: 10n }), 3);
    builder.other({ kind: 'quarantine', line: 4, reason: 'column "Earnings (USD)" is empty', raw: 'a,b' });
    builder.line(draft({ amount: 5n, currency: 'EUR' }), 5);
    builder.line(draft({ amount: 7n }), 6);
    builder.other({ kind: 'warning', text: 'Line 7: the totals row cannot be read' });
    expect(builder.full).toBe(false);
    const { batch } = builder.build();
    expect(batch.others.map((o) => [o.kind, o.before])).toEqual([['skip', 0], ['quarantine', 1], ['warning', 3]]);
    expect(Object.fromEntries(batch.totals)).toEqual({ USD: '17', EUR: '5' });
  });
});
