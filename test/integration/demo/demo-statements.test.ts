import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDemoStatements, type DemoStatements } from '../../../src/main/demo';
import type { ImportOutcome } from '../../../src/main/import/import-outcome';
import { decimalUnits, importFile, openTempStore, rowCount, storedQuantity, storedTotals, type TempStore } from '../import/temp-store';

const END_MONTH = '2026-10';

/**
 * The files are generated once: this digest (filesDigest) of what the generator wrote for END_MONTH
 * when it was recorded stands for a second run, and holds the same options to the same bytes across
 * runs and machines too. A change meant to alter the demo data records the digest the failure prints.
 */
const RECORDED_DIGEST = '0d437094ed83170994671e1b9bc4961a847518803dfe8ff69ce42a5bb8838d6a';

/** Every file of `dir` by name: its name and its bytes' SHA-256, a line each, hashed together. */
function filesDigest(dir: string): string {
  const sha256 = (bytes: string | Uint8Array) => createHash('sha256').update(bytes).digest('hex');
  return sha256(readdirSync(dir).sort().map((name) => `${name} ${sha256(readFileSync(join(dir, name)))}\n`).join(''));
}

/**
 * A deliberately tiny reader of the demo files, independent of the app's parser: decode, split
 * lines, split cells (quotes only where the file uses them), map by header name.
 */
interface DemoLine {
  file: string;
  distributor: 'distrokid' | 'tunecore';
  saleMonth: string;
  day: string | null;
  store: string;
  country: string;
  isrc: string;
  upc: string;
  isAlbumRow: boolean;
  quantity: bigint;
  /** Earned USD in 1e-16 units. */
  earned: bigint;
  earnedText: string;
  netSales: string | null;
  netCurrency: string | null;
  rate: string | null;
}

function decode(bytes: Buffer): { text: string; encoding: 'utf-8' | 'windows-1252' } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}

function splitCsv(line: string): string[] {
  const cells: string[] = [];
  let i = 0;
  for (;;) {
    if (line[i] === '"') {
      let value = '';
      i++;
      for (;;) {
        const close = line.indexOf('"', i);
        if (close < 0) throw new Error(`unclosed quote in ${line}`);
        value += line.slice(i, close);
        if (line[close + 1] === '"') {
          value += '"';
          i = close + 2;
        } else {
          i = close + 1;
          break;
        }
      }
      cells.push(value);
    } else {
      const comma = line.indexOf(',', i);
      cells.push(line.slice(i, comma < 0 ? line.length : comma));
      i = comma < 0 ? line.length : comma;
    }
    if (i >= line.length) return cells;
    if (line[i] !== ',') throw new Error(`stray text after a quoted cell in ${line}`);
    i++;
  }
}

function readDemoFile(path: string): { header: string; encoding: string; lines: DemoLine[] } {
  const { text, encoding } = decode(readFileSync(path));
  const rows = text.split(/\r\n|\n/);
  expect(rows.pop()).toBe('');
  const file = basename(path);
  const split = file.endsWith('.tsv') ? (l: string) => l.split('\t') : splitCsv;
  const header = split(rows[0]!);
  const col = (name: string): number => {
    const i = header.indexOf(name);
    if (i < 0) throw new Error(`${file} has no column ${name}`);
    return i;
  };
  const lines: DemoLine[] = [];
  if (file.startsWith('distrokid')) {
    const [sm, st, co, is, up, qu, ea] = ['Sale Month', 'Store', 'Country of Sale', 'ISRC', 'UPC', 'Quantity', 'Earnings (USD)'].map(col);
    const kind = header.includes('Source Type') ? col('Source Type') : col('Song/Album');
    for (const row of rows.slice(1)) {
      const c = split(row);
      if (c.length !== header.length) throw new Error(`${file}: ${c.length} cells in ${row}`);
      lines.push({
        file, distributor: 'distrokid', saleMonth: c[sm!]!, day: null, store: c[st!]!, country: c[co!]!, isrc: c[is!]!,
        upc: c[up!]!, isAlbumRow: c[kind] === 'Album', quantity: BigInt(c[qu!]!), earned: decimalUnits(c[ea!]!),
        earnedText: c[ea!]!, netSales: null, netCurrency: null, rate: null,
      });
    }
  } else {
    const [sp, st, co, is, up, qu, ns, nc, er, te, cu] = [
      'Sales Period', 'Store Name', 'Country Of Sale', 'Optional ISRC', 'UPC', '# Units Sold', 'Net Sales',
      'Net Sales Currency', 'Exchange Rate', 'Total Earned', 'Currency',
    ].map(col);
    for (const row of rows.slice(1)) {
      const c = split(row);
      if (c.length !== header.length) throw new Error(`${file}: ${c.length} cells in ${row}`);
      if (c[cu!] !== 'USD') throw new Error(`${file}: account currency ${c[cu!]} in ${row}`);
      lines.push({
        file, distributor: 'tunecore', saleMonth: c[sp!]!.slice(0, 7), day: c[sp!]!, store: c[st!]!, country: c[co!]!,
        isrc: c[is!]!, upc: c[up!]!, isAlbumRow: c[is!] === '', quantity: BigInt(c[qu!]!), earned: decimalUnits(c[te!]!),
        earnedText: c[te!]!, netSales: c[ns!]!, netCurrency: c[nc!]!, rate: c[er!]!,
      });
    }
  }
  return { header: rows[0]!, encoding, lines };
}

function upcCheckDigitValid(upc: string): boolean {
  const digits = [...upc].map(Number);
  const sum = digits.slice(0, 11).reduce((s, d, i) => s + d * (i % 2 === 0 ? 3 : 1), 0);
  return (10 - (sum % 10)) % 10 === digits[11];
}

/** Exact product of two plain decimals, in 1e-16 units. */
function multiplyDecimals(a: string, b: string): bigint {
  const scaleOf = (t: string) => (t.split('.')[1] ?? '').length;
  const intOf = (t: string) => BigInt(t.replace('.', ''));
  const scale = scaleOf(a) + scaleOf(b);
  const product = intOf(a) * intOf(b);
  return product * 10n ** BigInt(16 - scale);
}

const DISTROKID_LEGACY = 'Reporting Date\tSale Month\tStore\tArtist\tTitle\tISRC\tUPC\tQuantity\tTeam Percentage\tSong/Album\tCountry of Sale\tSongwriter Royalties Withheld\tEarnings (USD)';
const DISTROKID_CURRENT = '"Date Inserted","Reporting Date","Sale Month","Store","Artist","Title","ISRC","UPC","Quantity","Team Percentage","Source Type","Country of Sale","Songwriter Royalties Withheld (USD)","Earnings (USD)","Recoup (USD)"';
const TUNECORE = 'Sales Period,Posted Date,Store Name,Country Of Sale,Artist,Release Type,Release Title,Song Title,Label,UPC,Optional UPC,TC Song ID,Optional ISRC,Sales Type,# Units Sold,Per Unit Price,Net Sales,Net Sales Currency,Exchange Rate,Total Earned,Currency';

describe('the demo label', () => {
  let dir: string;
  let demo: DemoStatements;
  let parsed: { file: string; header: string; encoding: string; lines: DemoLine[] }[];
  let all: DemoLine[];
  let store: TempStore;
  let outcomes: ImportOutcome[];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'tunemantra-demo-'));
    demo = await generateDemoStatements({ outDir: dir, endMonth: END_MONTH });
    parsed = demo.files.map((path) => ({ file: basename(path), ...readDemoFile(path) }));
    all = parsed.flatMap((p) => p.lines);
    store = openTempStore('tunemantra-demo-store-');
    outcomes = [];
    for (const path of demo.files) outcomes.push(await importFile(store.db, path));
  }, 120_000);

  afterAll(() => {
    store?.cleanup();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('is deterministic: the same options write byte-identical files', () => {
    expect(filesDigest(dir)).toBe(RECORDED_DIGEST);
  });

  it('writes the formats exactly as the distributors do', () => {
    const legacy = parsed.filter((p) => /^distrokid-\d{4}-\d{2}\.tsv$/.test(p.file));
    const current = parsed.filter((p) => /^distrokid-\d{4}-\d{2}\.csv$/.test(p.file));
    const tuneCore = parsed.filter((p) => /^tunecore-\d{4}-\d{2}\.csv$/.test(p.file));
    expect(legacy.length + current.length + tuneCore.length).toBe(parsed.length);
    expect(legacy.length).toBeGreaterThan(0);
    expect(current.length).toBeGreaterThan(0);
    expect(tuneCore.length).toBeGreaterThan(0);
    for (const p of legacy) {
      expect(p.header).toBe(DISTROKID_LEGACY);
      expect(p.file < 'distrokid-2025-01').toBe(true);
    }
    for (const p of current) {
      expect(p.header).toBe(DISTROKID_CURRENT);
      expect(p.file >= 'distrokid-2025-01').toBe(true);
    }
    for (const p of tuneCore) expect(p.header).toBe(TUNECORE);
    // The oldest statements are Windows-1252 (not valid UTF-8, so accents are in them), the rest UTF-8.
    expect(legacy.some((p) => p.encoding === 'windows-1252')).toBe(true);
    expect(current.every((p) => p.encoding === 'utf-8')).toBe(true);
  });

  it('covers the catalogue and market minimums', () => {
    expect(demo.lines).toBe(all.length);
    expect(all.length).toBeGreaterThanOrEqual(150_000);
    expect(all.length).toBeLessThanOrEqual(300_000);

    const isrcs = new Set(all.filter((l) => l.isrc !== '').map((l) => l.isrc));
    expect(isrcs.size).toBeGreaterThanOrEqual(300);
    expect([...isrcs].filter((isrc) => !/^[A-Z]{2}[A-Z0-9]{3}\d{2}\d{5}$/.test(isrc))).toEqual([]);

    const upcs = new Set(all.filter((l) => l.upc !== '').map((l) => l.upc));
    expect(upcs.size).toBeGreaterThanOrEqual(60);
    expect([...upcs].filter((upc) => !/^\d{12}$/.test(upc) || !upcCheckDigitValid(upc))).toEqual([]);

    expect(new Set(all.map((l) => l.store)).size).toBeGreaterThanOrEqual(8);
    const countries = new Set(all.map((l) => l.country));
    expect(countries.has('OU')).toBe(true);
    countries.delete('OU');
    expect(countries.size).toBeGreaterThanOrEqual(40);
    expect([...countries].filter((c) => !/^[A-Z]{2}$/.test(c))).toEqual([]);

    const months = [...new Set(all.map((l) => l.saleMonth))].sort();
    expect(months).toHaveLength(40);
    expect(months.at(-1)).toBe(END_MONTH);
    expect(months[0]).toBe('2023-07');
  });

  it('has refunds, album rows, 8–12 decimal earnings and exact foreign-currency lines', () => {
    const refunds = all.filter((l) => l.quantity < 0n);
    expect(refunds.length).toBeGreaterThan(0);
    expect(refunds.filter((r) => r.quantity !== -1n || r.earned >= 0n)).toEqual([]);
    const albumRows = all.filter((l) => l.distributor === 'distrokid' && l.isAlbumRow);
    expect(albumRows.length).toBeGreaterThan(0);
    expect(albumRows.filter((a) => a.isrc !== '' || !/^\d{12}$/.test(a.upc))).toEqual([]);
    const badDecimals = all.filter((l) => !/^-?\d+\.\d{8,12}$/.test(l.earnedText));
    expect(badDecimals.map((l) => `${l.file}: ${l.earnedText}`)).toEqual([]);
    const foreign = all.filter((l) => l.distributor === 'tunecore' && l.netCurrency !== 'USD');
    expect(new Set(foreign.map((l) => l.netCurrency))).toEqual(new Set(['EUR', 'GBP']));
    expect(foreign.filter((l) => multiplyDecimals(l.netSales!, l.rate!) !== l.earned)).toEqual([]);
  });

  it('sells each recording through one distributor per month, and TuneCore days have a weekly rhythm', () => {
    const seen = new Map<string, string>();
    const doubleCounted: string[] = [];
    for (const l of all) {
      if (l.isrc === '') continue;
      const key = `${l.isrc} ${l.saleMonth}`;
      const other = seen.get(key);
      if (other === undefined) seen.set(key, l.distributor);
      else if (other !== l.distributor) doubleCounted.push(key);
    }
    expect(doubleCounted).toEqual([]);
    const byWeekday = Array<bigint>(7).fill(0n);
    const dayCount = Array<number>(7).fill(0);
    const weekdayOf = new Map<string, number>();
    for (const l of all) {
      if (l.day === null) continue;
      let weekday = weekdayOf.get(l.day);
      if (weekday === undefined) {
        weekday = new Date(`${l.day}T00:00:00Z`).getUTCDay();
        weekdayOf.set(l.day, weekday);
        dayCount[weekday]!++;
      }
      byWeekday[weekday]! += l.quantity;
    }
    const perDay = byWeekday.map((q, i) => Number(q) / dayCount[i]!);
    const weekend = (perDay[0]! + perDay[6]!) / 2;
    const midweek = (perDay[1]! + perDay[2]! + perDay[3]!) / 3;
    expect(weekend).toBeGreaterThan(midweek * 1.1);
  });

  it('imports every file, and the store holds exactly what the text says', () => {
    expect(outcomes.map((o) => [basename(o.file), o.status])).toEqual(demo.files.map((f) => [basename(f), 'imported']));
    const textTotal = all.reduce((s, l) => s + l.earned, 0n);
    const textQuantity = all.reduce((s, l) => s + l.quantity, 0n);
    expect(rowCount(store.db, 'statement_line')).toBe(all.length);
    expect(storedTotals(store.db)).toEqual({ USD: textTotal });
    expect(storedQuantity(store.db)).toBe(textQuantity);
    for (const outcome of outcomes) {
      const lines = parsed.find((p) => p.file === basename(outcome.file))!.lines;
      expect(decimalUnits(outcome.amounts.USD!), outcome.file).toBe(lines.reduce((s, l) => s + l.earned, 0n));
    }
    expect(rowCount(store.db, 'recording')).toBe(new Set(all.filter((l) => l.isrc !== '').map((l) => l.isrc)).size);
    expect(rowCount(store.db, 'release')).toBe(new Set(all.filter((l) => l.upc !== '').map((l) => l.upc)).size);
  });
});
