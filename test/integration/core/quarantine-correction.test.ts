import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HandlerMap } from '../../../src/main/core/handler-map';
import type { WorkstationCore } from '../../../src/main/core/workstation-core';
import { CATALOGUE_SUMMARIES_FILL } from '../../../src/main/query/rollups/catalogue-summaries';
import { MERGED_ROLLUPS, mergeSql } from '../../../src/main/query/rollups/merged-rollups';
import { ROLLUPS } from '../../../src/main/query/rollups/rollup-definitions';
import { rebuildRollups } from '../../../src/main/query/rollups/rollup-maintenance';
import { openWriterStore, type Store } from '../../../src/main/store/open-store';
import { QuerySpec } from '../../../src/shared/query/query-spec';
import { StatementLinesRequest } from '../../../src/shared/query/statement-lines-contract';
import { DelimitedParser } from '../../../src/main/import/delimited-parser';
import { coreWithChannels } from '../../support/core-channels';
import { olderImport, olderStore } from '../../support/older-store';
import { preparedText } from '../../support/prepared-export';
import { DISTROKID_13_HEADER, tempDataFolder } from '../../support/temp-store';
import { jobFinished } from '../../support/job-finished';

let folder: ReturnType<typeof tempDataFolder>;
let core: WorkstationCore;
let channels: HandlerMap;

beforeEach(() => {
  folder = tempDataFolder('tunemantra-correction-');
});
afterEach(async () => {
  await core?.close();
  folder.remove();
});

async function open() {
  ({ core, handlers: channels } = await coreWithChannels({ location: folder.location, readers: 1 }));
}

/** A DistroKid line of the test's statement, its earnings cell as given. */
const dkLine = (store: string, qty: number, earnings: string) =>
  ['2024-03-05', '2024-01', store, 'Ana Sol', 'Luz', 'ESA012400001', '', String(qty), '100', 'Song', 'ES', '0', earnings].join('\t');

/** Line 3 prints its earnings as "12,x3": quarantined in lenient mode; lines 2 and 4 earn 1.25 + 0.50. */
const STATEMENT = [DISTROKID_13_HEADER, dkLine('Spotify', 10, '1.25'), dkLine('Deezer', 20, '12,x3'), dkLine('Apple Music', 5, '0.50')].join('\n');

const finished = (jobId: string) => jobFinished(core, jobId);

async function importStatement(): Promise<number> {
  const staged = await channels['import:stage']({ fileName: 'march.tsv', contentBase64: Buffer.from(STATEMENT).toString('base64') });
  const { jobId } = await channels['import:start']({ files: [{ stagedId: staged.stagedId, onOverlap: 'keepBoth' }], mode: 'lenient' });
  const [outcome] = ((await finished(jobId)).result as { outcomes: { status: string; importId: number; rejected: number }[] }).outcomes;
  expect(outcome).toMatchObject({ status: 'imported', rejected: 1 });
  return outcome!.importId;
}

/** The import's quarantined lines as the CSV download holds them, row by row, cell by cell. */
async function quarantineCsv(importId: number): Promise<string[][]> {
  const text = preparedText(core.takeExport((await channels['import:quarantine']({ importId })).exportId));
  const parser = new DelimitedParser(',');
  return [...parser.push(text), ...parser.end()].map((record) => record.fields);
}

const history = async (importId: number) => (await channels['import:history']({})).imports.find((i) => i.importId === importId)!;
const revenue = async () => (await core.runQuery(QuerySpec.parse({ metrics: ['revenue', 'quantity', 'lines'] }))).rows[0];
const byPlatform = async () =>
  (await core.runQuery(QuerySpec.parse({ metrics: ['revenue'], dimensions: ['platform'], sort: { by: 'revenue', direction: 'desc' } }))).rows.map((r) => [r[0], r.at(-1)]);

/** Every rollup row, order-free, as kept and as rebuilt from the lines; the merged rollups and summaries as kept and as summed afresh. */
function rollupsAgainstTheLines(db: Store) {
  const perImport = () => ROLLUPS.map((r) => (db.prepare(`SELECT * FROM ${r.table}`).raw(true).all() as unknown[][]).map((row) => JSON.stringify(row)).sort());
  const mergedTables = [...MERGED_ROLLUPS.map((m) => m.table), 'catalogue_first_sale', 'recording_earning_month'];
  const merged = () => mergedTables.map((t) => (db.prepare(`SELECT * FROM ${t}`).raw(true).all() as unknown[][]).map((row) => JSON.stringify(row)).sort());
  const kept = { perImport: perImport(), merged: merged() };
  rebuildRollups(db, db.prepare('SELECT id FROM import_batch').pluck().all() as number[]);
  for (const m of MERGED_ROLLUPS) {
    db.prepare(`DELETE FROM ${m.table}`).run();
    db.prepare(mergeSql(m, 'true', 1)).run();
  }
  db.exec('DELETE FROM catalogue_first_sale; DELETE FROM recording_earning_month;');
  db.exec(CATALOGUE_SUMMARIES_FILL);
  return { kept, fresh: { perImport: perImport(), merged: merged() } };
}

describe('correcting quarantined lines', () => {
  it('reads a corrected line into the same import under its own line number, and every figure takes it in', async () => {
    await open();
    const importId = await importStatement();
    expect(await history(importId)).toMatchObject({ lines: 3, imported: 2, rejected: 1, quantity: 15, amounts: { USD: '1.75000000' } });
    expect(await revenue()).toEqual(['1.75000000', 15, 2]);

    const listed = await channels['import:quarantined']({ importId });
    expect(listed).toMatchObject({ importId, fileName: 'march.tsv', total: 1, notCorrectable: null });
    expect(listed.lines).toEqual([{ line: 3, reason: expect.stringContaining('12,x3'), raw: dkLine('Deezer', 20, '12,x3'), tried: null }]);

    const corrected = { importId, lines: [{ line: 3, text: listed.lines[0]!.raw.replace('12,x3', '12.03') }] };
    const check = await channels['import:checkCorrections'](corrected);
    expect(check.lines).toEqual([
      {
        line: 3, reads: true,
        sample: expect.objectContaining({ Line: '3', 'Sale period': '2024-01-01 – 2024-01-31', Platform: 'Deezer', Territory: 'ES', Title: 'Luz', Quantity: '20', Earned: '12.03000000 USD' }),
      },
    ]);
    // A check writes nothing.
    expect(await history(importId)).toMatchObject({ imported: 2, rejected: 1 });
    expect(await revenue()).toEqual(['1.75000000', 15, 2]);

    const changes: number[] = [];
    core.onEvent((event) => event.type === 'data:changed' && changes.push(event.dataVersion));
    const outcome = await channels['import:correctLines'](corrected);
    expect(outcome).toMatchObject({ importId, corrected: 1, stillQuarantined: 0, message: '1 line corrected and imported into march.tsv.' });
    expect(changes).toHaveLength(1);

    // 1.25 + 12.03 + 0.50 = 13.78; 10 + 20 + 5 = 35 units.
    expect(await history(importId)).toMatchObject({ lines: 3, imported: 3, rejected: 0, statementLines: 3, quantity: 35, amounts: { USD: '13.78000000' } });
    expect(await revenue()).toEqual(['13.78000000', 35, 3]);
    expect(await byPlatform()).toEqual([['Deezer', '12.03000000'], ['Spotify', '1.25000000'], ['Apple Music', '0.50000000']]);
    const lines = await channels['query:lines'](StatementLinesRequest.parse({ filters: [{ field: 'importBatch', op: 'in', values: [importId] }] }));
    expect(lines.lines.map((l) => [l.fileName, l.line, l.platform, l.amount])).toEqual([
      ['march.tsv', 2, 'Spotify', '1.25000000'],
      ['march.tsv', 3, 'Deezer', '12.03000000'],
      ['march.tsv', 4, 'Apple Music', '0.50000000'],
    ]);
    expect(await channels['import:quarantined']({ importId })).toMatchObject({ total: 0, lines: [] });
    await expect(channels['import:correctLines'](corrected)).rejects.toThrow('march.tsv line 3 is not waiting for correction (was it corrected already?).');

    await core.close();
    const db = openWriterStore(folder.location.databaseFile);
    try {
      const { kept, fresh } = rollupsAgainstTheLines(db);
      expect(kept.perImport.flat().length).toBeGreaterThan(0);
      expect(kept).toEqual(fresh);
    } finally {
      db.close();
    }
  });

  it('changes no figure for a line that still does not read, keeps it as the file printed it, and keeps the text tried beside it with why', async () => {
    await open();
    const importId = await importStatement();
    const outcome = await channels['import:correctLines']({ importId, lines: [{ line: 3, text: dkLine('Deezer', 20, '12.x3') }] });
    expect(outcome).toMatchObject({ corrected: 0, stillQuarantined: 1, message: 'No line of march.tsv was imported; 1 line still cannot be read and stays quarantined.' });
    expect(outcome.lines).toEqual([{ line: 3, reads: false, reason: expect.stringMatching(/^column "Earnings \(USD\)": .*12\.x3/) }]);
    expect(await history(importId)).toMatchObject({ imported: 2, rejected: 1, setAside: 0, quantity: 15, amounts: { USD: '1.75000000' } });
    expect(await revenue()).toEqual(['1.75000000', 15, 2]);
    const listed = await channels['import:quarantined']({ importId });
    expect(listed.lines).toEqual([
      {
        line: 3,
        reason: expect.stringContaining('12,x3'),
        raw: dkLine('Deezer', 20, '12,x3'),
        tried: { text: dkLine('Deezer', 20, '12.x3'), reason: expect.stringMatching(/^column "Earnings \(USD\)": .*12\.x3/) },
      },
    ]);
    expect(await quarantineCsv(importId)).toEqual([
      ['Line', 'Reason', 'Line as printed', 'Last correction tried', 'Why it still cannot be read', 'Set aside'],
      ['3', 'column "Earnings (USD)": "12,x3" is not a number', dkLine('Deezer', 20, '12,x3'), dkLine('Deezer', 20, '12.x3'), 'column "Earnings (USD)": "12.x3" is not a number', ''],
    ]);

    // Another try replaces the one before; the line as printed stays.
    await channels['import:correctLines']({ importId, lines: [{ line: 3, text: dkLine('Deezer', 20, '12;03') }] });
    expect((await channels['import:quarantined']({ importId })).lines).toEqual([
      expect.objectContaining({ raw: dkLine('Deezer', 20, '12,x3'), tried: { text: dkLine('Deezer', 20, '12;03'), reason: expect.stringContaining('12;03') } }),
    ]);
    // Sending the line as printed tries nothing: the field opens on the file's text again.
    await channels['import:correctLines']({ importId, lines: [{ line: 3, text: dkLine('Deezer', 20, '12,x3') }] });
    expect((await channels['import:quarantined']({ importId })).lines).toEqual([expect.objectContaining({ raw: dkLine('Deezer', 20, '12,x3'), tried: null })]);

    // A line is one record: a line break outside quotes makes two.
    const both = await channels['import:checkCorrections']({ importId, lines: [{ line: 3, text: `${dkLine('Deezer', 20, '12.03')}\n${dkLine('Deezer', 1, '1')}` }] });
    expect(both.lines).toEqual([{ line: 3, reads: false, reason: 'the corrected text holds 2 records; put a cell that holds a line break in double quotes' }]);
  });

  it('refuses an import made before layouts were kept, in a sentence, and lets undo remove a corrected import whole', async () => {
    const older = olderStore(folder.location.databaseFile, 15);
    const olderId = olderImport(older, 'february.tsv');
    older.prepare("INSERT INTO rejected_line (import_id, line_no, reason, raw) VALUES (?, 4, 'column \"Earnings (USD)\": \"x\" is not an amount', 'x')").run(olderId);
    older.close();
    await open();
    const listed = await channels['import:quarantined']({ importId: olderId });
    expect(listed).toMatchObject({ total: 1, notCorrectable: 'Imported before line correction existed: fix the file and import it again with Replace.' });
    await expect(channels['import:checkCorrections']({ importId: olderId, lines: [{ line: 4, text: 'y' }] })).rejects.toThrow(
      'february.tsv: Imported before line correction existed: fix the file and import it again with Replace.',
    );

    const importId = await importStatement();
    await channels['import:correctLines']({ importId, lines: [{ line: 3, text: dkLine('Deezer', 20, '12.03') }] });
    expect(await channels['import:undo']({ importId })).toEqual({ importId, removedLines: 3 });
    expect(await revenue()).toEqual(['0.00000000', 0, 0]);
    await core.close();
    const db = openWriterStore(folder.location.databaseFile);
    try {
      for (const table of ['statement_line', 'line_extra', ...ROLLUPS.map((r) => r.table), ...MERGED_ROLLUPS.map((m) => m.table)]) {
        expect(db.prepare(`SELECT COUNT(*) FROM ${table}`).pluck().get(), table).toBe(0);
      }
      for (const table of ['rejected_line', 'import_layout']) {
        expect(db.prepare(`SELECT COUNT(*) FROM ${table} WHERE import_id = ?`).pluck().get(importId), table).toBe(0);
      }
    } finally {
      db.close();
    }
  });

  it('sets a line aside: still quarantined and out of the figures, no longer waiting, refused for correction until it is brought back', async () => {
    await open();
    const importId = await importStatement();
    await channels['import:correctLines']({ importId, lines: [{ line: 3, text: dkLine('Deezer', 20, '12.x3') }] });
    const changes: number[] = [];
    core.onEvent((event) => event.type === 'data:changed' && changes.push(event.dataVersion));

    expect(await channels['import:setAsideLines']({ importId, lines: [3] })).toEqual({
      importId, changed: 1, message: '1 line of march.tsv set aside: it stays out of the figures and no longer waits for correction.',
    });
    expect(changes).toHaveLength(1);
    expect(await history(importId)).toMatchObject({ imported: 2, rejected: 1, setAside: 1, amounts: { USD: '1.75000000' } });
    expect(await revenue()).toEqual(['1.75000000', 15, 2]);
    const listed = await channels['import:quarantined']({ importId });
    expect(listed).toMatchObject({ total: 0, lines: [], setAsideTotal: 1 });
    // The last try stays with it, for when it comes back.
    expect(listed.setAside).toEqual([
      { line: 3, reason: expect.stringContaining('12,x3'), raw: dkLine('Deezer', 20, '12,x3'), tried: { text: dkLine('Deezer', 20, '12.x3'), reason: expect.any(String) } },
    ]);
    expect((await quarantineCsv(importId))[1]!.at(-1)).toBe('yes');

    const corrected = { importId, lines: [{ line: 3, text: dkLine('Deezer', 20, '12.03') }] };
    const refusal = 'march.tsv line 3 is set aside: bring it back before correcting it.';
    await expect(channels['import:correctLines'](corrected)).rejects.toThrow(refusal);
    await expect(channels['import:checkCorrections'](corrected)).rejects.toThrow(refusal);
    expect(await channels['import:setAsideLines']({ importId, lines: [3] })).toMatchObject({ changed: 0, message: 'No line of march.tsv was set aside: it was set aside already.' });
    await expect(channels['import:setAsideLines']({ importId, lines: [3, 2] })).rejects.toThrow('march.tsv line 2 is not quarantined (was it corrected already?).');
    expect(changes).toHaveLength(1);

    expect(await channels['import:bringBackLines']({ importId, lines: [3] })).toEqual({
      importId, changed: 1, message: '1 line of march.tsv brought back: it waits for correction again.',
    });
    expect(changes).toHaveLength(2);
    expect(await history(importId)).toMatchObject({ rejected: 1, setAside: 0 });
    expect(await channels['import:quarantined']({ importId })).toMatchObject({
      total: 1, lines: [{ line: 3, tried: { text: dkLine('Deezer', 20, '12.x3') } }], setAsideTotal: 0, setAside: [],
    });
    expect(await channels['import:bringBackLines']({ importId, lines: [3] })).toMatchObject({ changed: 0, message: 'No line of march.tsv was brought back: it was not set aside.' });

    // A line set aside and brought back without a try leaves nothing noted; a corrected line takes its note with it.
    await channels['import:setAsideLines']({ importId, lines: [3] });
    await channels['import:bringBackLines']({ importId, lines: [3] });
    expect(await channels['import:correctLines'](corrected)).toMatchObject({ corrected: 1 });
    expect(await history(importId)).toMatchObject({ imported: 3, rejected: 0, setAside: 0, amounts: { USD: '13.78000000' } });
    await core.close();
    const db = openWriterStore(folder.location.databaseFile);
    try {
      expect(db.prepare('SELECT COUNT(*) FROM rejected_line_follow_up').pluck().get()).toBe(0);
    } finally {
      db.close();
    }
  });

  it('undoes an import with a line tried and set aside, leaving nothing of either', async () => {
    await open();
    const importId = await importStatement();
    await channels['import:correctLines']({ importId, lines: [{ line: 3, text: dkLine('Deezer', 20, '12.x3') }] });
    await channels['import:setAsideLines']({ importId, lines: [3] });
    expect(await channels['import:undo']({ importId })).toEqual({ importId, removedLines: 2 });
    await expect(channels['import:setAsideLines']({ importId, lines: [3] })).rejects.toThrow('That import no longer exists (was it undone?).');
    await core.close();
    const db = openWriterStore(folder.location.databaseFile);
    try {
      for (const table of ['rejected_line', 'rejected_line_follow_up']) {
        expect(db.prepare(`SELECT COUNT(*) FROM ${table}`).pluck().get(), table).toBe(0);
      }
    } finally {
      db.close();
    }
  });
});
