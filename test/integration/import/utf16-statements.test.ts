import { statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DISTROKID_13_HEADER, distroKidLine } from '../../support/temp-store';
import { decimalUnits, importFile, openTempStore, storedQuantity, storedTotals, type TempStore } from './temp-store';

/**
 * Statements in UTF-16, big- and little-endian, with and without a byte-order mark. The bytes are
 * encoded here, code unit by code unit, not by the app; the totals are added up by hand.
 * (UTF-16LE with a BOM is Bandcamp's own encoding: test/integration/import/formats/bandcamp.test.ts.)
 */
let store: TempStore;
beforeEach(() => {
  store = openTempStore('tunemantra-utf16-');
});
afterEach(() => store.cleanup());

type Utf16 = 'utf-16be' | 'utf-16le';

/** The text as UTF-16 code units in the byte order asked, after FE FF / FF FE when `bom`. */
function utf16(text: string, order: Utf16, bom: boolean): Buffer {
  const units = (bom ? '\ufeff' : '') + text;
  const bytes = Buffer.alloc(units.length * 2);
  for (let i = 0; i < units.length; i++) {
    const unit = units.charCodeAt(i);
    const [first, second] = order === 'utf-16be' ? [unit >> 8, unit & 0xff] : [unit & 0xff, unit >> 8];
    bytes[i * 2] = first;
    bytes[i * 2 + 1] = second;
  }
  return bytes;
}

/** Three lines with accented artist and titles, reported by DistroKid. */
const LINES = [
  distroKidLine({ saleMonth: '2024-05', store: 'Spotify', artist: 'Zoë Brontë', title: 'Café Noir', isrc: 'FRZ012400001', qty: 1200, earnings: '3.841234567890', country: 'FR' }),
  distroKidLine({ saleMonth: '2024-05', store: 'Deezer', artist: 'Zoë Brontë', title: 'Niño Perdido', isrc: 'FRZ012400002', qty: 310, earnings: '0.333333333333', country: 'ES' }),
  distroKidLine({ saleMonth: '2024-05', store: 'iTunes', artist: 'Zoë Brontë', title: 'Café Noir', isrc: 'FRZ012400001', qty: -1, earnings: '-0.69', country: 'DE' }),
];
// 3.841234567890 + 0.333333333333 − 0.69
const TOTAL_USD = '3.484567901223';
// 1200 + 310 − 1
const TOTAL_QUANTITY = 1509n;
const TEXT = `${DISTROKID_13_HEADER}\r\n${LINES.join('\r\n')}\r\n`;

function write(name: string, bytes: Buffer): string {
  const path = join(store.dir, name);
  writeFileSync(path, bytes);
  return path;
}

const names = (sql: string) => store.db.prepare(sql).pluck().all();

describe('UTF-16 statements', () => {
  it.each([
    ['UTF-16BE with a byte-order mark', 'utf-16be', true],
    ['UTF-16BE without a byte-order mark', 'utf-16be', false],
    ['UTF-16LE without a byte-order mark', 'utf-16le', false],
  ] as const)('imports %s with exact totals and its accents intact', async (_label, order, bom) => {
    const bytes = utf16(TEXT, order, bom);
    expect(bytes.subarray(0, 2)).toEqual(Buffer.from(bom ? (order === 'utf-16be' ? [0xfe, 0xff] : [0xff, 0xfe]) : order === 'utf-16be' ? [0x00, 0x52] : [0x52, 0x00]));
    const outcome = await importFile(store.db, write('statement.tsv', bytes));

    expect(outcome).toMatchObject({ status: 'imported', format: 'DistroKid', variant: '13-column', encoding: order, lines: 3, imported: 3, rejected: 0 });
    expect(outcome.amounts).toEqual({ USD: TOTAL_USD });
    expect(outcome.quantity).toBe(Number(TOTAL_QUANTITY));
    expect(storedTotals(store.db)).toEqual({ USD: decimalUnits('3.841234567890') + decimalUnits('0.333333333333') - decimalUnits('0.69') });
    expect(storedTotals(store.db)).toEqual({ USD: decimalUnits(TOTAL_USD) });
    expect(storedQuantity(store.db)).toBe(TOTAL_QUANTITY);
    expect(store.db.prepare('SELECT encoding FROM import_batch').pluck().get()).toBe(order);

    // The text as written: no byte-order mark left on the header, no stray zero bytes, accents whole.
    expect(names('SELECT name FROM artist')).toEqual(['Zoë Brontë']);
    expect(names('SELECT title FROM recording ORDER BY title')).toEqual(['Café Noir', 'Niño Perdido']);
    expect(names('SELECT isrc FROM recording ORDER BY isrc')).toEqual(['FRZ012400001', 'FRZ012400002']);
    expect(names('SELECT territory FROM statement_line ORDER BY line_no')).toEqual(['FR', 'ES', 'DE']);
    expect(names('SELECT line_no FROM statement_line ORDER BY line_no')).toEqual([2, 3, 4]);
    expect(outcome.sample.map((row) => [row.Artist, row.Title])).toEqual([['Zoë Brontë', 'Café Noir'], ['Zoë Brontë', 'Niño Perdido'], ['Zoë Brontë', 'Café Noir']]);
  });

  it('reads a megabyte-plus UTF-16BE statement without a BOM on its own thread, a character cut by the first chunk’s end kept whole', async () => {
    const CHUNK = 1 << 20;
    const titles = ['Café Noir', 'Niño Perdido', 'Ça Ira'];
    const rows = [DISTROKID_13_HEADER];
    const earnings: string[] = [];
    let units = DISTROKID_13_HEADER.length + 1;
    let cutLine = 0;
    for (let i = 0; units * 2 < CHUNK * 1.5; i++) {
      const amount = `${i % 5}.${String((i * 104_729) % 1_000_000_000_000).padStart(12, '0')}`;
      let title = titles[i % 3]!;
      const line = (t: string) => distroKidLine({ saleMonth: '2024-05', store: 'Spotify', artist: 'Zoë Brontë', title: t, isrc: '', qty: 1, earnings: amount });
      // The first line whose title starts within 200 code units of the first megabyte's end gets a
      // title ending in 🎵 (two code units, four bytes), padded so the chunk ends between its halves.
      const titleStart = units + line('').indexOf('\t\t') + 1;
      if (cutLine === 0 && titleStart + 200 > CHUNK / 2 - 1) {
        const pad = CHUNK / 2 - 1 - titleStart;
        title = `${'Café '.repeat(Math.ceil(pad / 5) + 1).slice(0, pad)}🎵`;
        cutLine = rows.length + 1;
        expect((titleStart + pad) * 2).toBe(CHUNK - 2);
      }
      rows.push(line(title));
      earnings.push(amount);
      units += rows.at(-1)!.length + 1;
    }
    expect(cutLine).toBeGreaterThan(0);
    const path = write('big.tsv', utf16(`${rows.join('\n')}\n`, 'utf-16be', false));
    expect(statSync(path).size).toBeGreaterThan(CHUNK);

    const outcome = await importFile(store.db, path);
    expect(outcome).toMatchObject({ status: 'imported', encoding: 'utf-16be', imported: earnings.length, rejected: 0 });
    expect(storedTotals(store.db)).toEqual({ USD: earnings.reduce((sum, e) => sum + decimalUnits(e), 0n) });
    expect(names('SELECT name FROM artist')).toEqual(['Zoë Brontë']);
    const cutTitle = rows[cutLine - 1]!.split('\t')[4]!;
    expect(cutTitle.endsWith('🎵')).toBe(true);
    expect(store.db.prepare('SELECT r.title FROM statement_line l JOIN recording r ON r.id = l.recording_id WHERE l.line_no = ?').pluck().get(cutLine)).toBe(cutTitle);
    expect(names("SELECT title FROM recording WHERE title NOT LIKE '%🎵' ORDER BY title")).toEqual([...titles].sort());
    expect(names("SELECT COUNT(*) FROM recording WHERE title LIKE '%' || char(65533) || '%'")).toEqual([0]);
  });
});
