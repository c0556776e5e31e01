import { existsSync, rmSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openWriterStore } from '../../../src/main/store/open-store';
import { QuerySpec } from '../../../src/shared/query/query-spec';
import { DISTROKID_13_HEADER } from '../../support/temp-store';
import { jobFinished } from '../../support/job-finished';
import { coreWithChannelsEachTest } from '../../support/core-each-test';

const perTest = coreWithChannelsEachTest('tunemantra-replaced-');

/** A DistroKid line of June 2025, reported in July, its earnings cell as given. */
const juneLine = (store: string, qty: number, earnings: string) =>
  ['2025-07-05', '2025-06', store, 'Ana Sol', 'Luz', 'ESA012400001', '', String(qty), '100', 'Song', 'ES', '0', earnings].join('\t');

/**
 * Lines 2 and 4 read (1.25 + 0.50); line 3 prints "12,x3" and line 5 "n/a": both quarantined. Line 3
 * is corrected to 2.10 and line 5 set aside, so the import earns 1.25 + 2.10 + 0.50 = 3.85 in 35 units.
 */
const BAD = [DISTROKID_13_HEADER, juneLine('Spotify', 10, '1.25'), juneLine('Deezer', 20, '12,x3'), juneLine('Apple Music', 5, '0.50'), juneLine('YouTube', 1, 'n/a')].join('\n');
const REVISED = [DISTROKID_13_HEADER, juneLine('Spotify', 10, '9.99')].join('\n');

const finished = (jobId: string) => jobFinished(perTest.core, jobId);

type Outcome = { status: string; importId: number; imported: number; rejected: number; message: string };
async function importFile(fileName: string, text: string, onOverlap: 'skip' | 'replace' | 'keepBoth'): Promise<Outcome> {
  const staged = await perTest.channels['import:stage']({ fileName, contentBase64: Buffer.from(text).toString('base64') });
  const { jobId } = await perTest.channels['import:start']({ files: [{ stagedId: staged.stagedId, onOverlap }], mode: 'lenient' });
  return ((await finished(jobId)).result as { outcomes: Outcome[] }).outcomes[0]!;
}

/** June 2025 as the Overview would sum it. */
async function june() {
  const spec = QuerySpec.parse({ metrics: ['revenue', 'quantity', 'lines'], timeRange: { kind: 'absolute', from: '2025-06-01', to: '2025-06-30' } });
  const answer = await perTest.core.runQuery(spec);
  return Object.fromEntries(answer.columns.map((c, i) => [c.name, answer.rows[0]?.[i] ?? null]));
}

const history = async () => (await perTest.channels['import:history']({})).imports;

/** Reads the store as it is on disk, beside the running core. */
function fromStore<T>(read: (db: ReturnType<typeof openWriterStore>) => T): T {
  const db = openWriterStore(perTest.folder.location.databaseFile);
  try {
    return read(db);
  } finally {
    db.close();
  }
}

const correctedLines = () =>
  fromStore((db) => db.prepare<[], { import_id: number; line_no: number; text: string }>('SELECT import_id, line_no, text FROM corrected_line ORDER BY import_id, line_no').all());

/** dk-june-bad.tsv imported, line 3 corrected, line 5 set aside, then replaced by dk-june-revised.tsv. */
async function replacedAfterCorrecting(): Promise<{ bad: number; revised: Outcome }> {
  const bad = await importFile('dk-june-bad.tsv', BAD, 'keepBoth');
  expect(bad).toMatchObject({ status: 'imported', imported: 2, rejected: 2 });
  await perTest.channels['import:correctLines']({ importId: bad.importId, lines: [{ line: 3, text: juneLine('Deezer', 20, '2.10') }] });
  await perTest.channels['import:setAsideLines']({ importId: bad.importId, lines: [5] });
  expect(await june()).toMatchObject({ revenue: '3.85000000', quantity: 35, lines: 3 });
  const revised = await importFile('dk-june-revised.tsv', REVISED, 'replace');
  expect(revised.status).toBe('imported');
  return { bad: bad.importId, revised };
}

describe('an import that replaced another', () => {
  it('says what it removed, and the history names it with its lines and totals as they were', async () => {
    const { bad, revised } = await replacedAfterCorrecting();
    expect(revised.message).toContain('It replaces dk-june-bad.tsv. That import was removed (3 lines); undoing this import can bring it back.');
    const [row] = await history();
    expect(row!.fileName).toBe('dk-june-revised.tsv');
    expect(row!.replaced).toEqual([
      {
        importId: bad, fileName: 'dk-june-bad.tsv', imported: 3, rejected: 1, amounts: { USD: '3.85000000' },
        saleFrom: '2025-06-01', saleTo: '2025-06-30', cannotBringBack: null, correctable: true,
      },
    ]);
    expect(await june()).toMatchObject({ revenue: '9.99000000', lines: 1 });
  });

  it('keeps the text of a corrected line, and the replaced import keeps it in its record', async () => {
    const bad = await importFile('dk-june-bad.tsv', BAD, 'keepBoth');
    await perTest.channels['import:correctLines']({ importId: bad.importId, lines: [{ line: 3, text: juneLine('Deezer', 20, '2.10') }] });
    expect(correctedLines()).toEqual([{ import_id: bad.importId, line_no: 3, text: juneLine('Deezer', 20, '2.10') }]);

    const revised = await importFile('dk-june-revised.tsv', REVISED, 'replace');
    // The replaced import's rows went with it; its record holds the correction beside its quarantined lines.
    expect(correctedLines()).toEqual([]);
    const quarantine = fromStore((db) => db.prepare<[number], string>('SELECT quarantine FROM replaced_import WHERE replacing_import_id = ?').pluck().get(revised.importId)!);
    expect(JSON.parse(quarantine)).toEqual([
      { line: 3, corrected: juneLine('Deezer', 20, '2.10') },
      { line: 5, setAside: 0, tried: null, triedReason: null },
    ]);
  });

  it('undone with bring back: the replaced import is read again from its archive, its set-aside line kept, its corrected line corrected again', async () => {
    const { revised } = await replacedAfterCorrecting();
    const events: string[] = [];
    const stop = perTest.core.onEvent((event) => events.push(event.type));
    const undone = await perTest.channels['import:undoBringingBack']({ importId: revised.importId });
    stop();
    expect(events).toContain('data:changed');
    expect(undone).toMatchObject({ importId: revised.importId, removedLines: 1 });
    expect(undone.broughtBack).toHaveLength(1);
    const back = undone.broughtBack[0]!;
    // The file as printed reads lines 2 and 4; line 3 is corrected again as it was, line 5 is set aside again.
    expect(back).toMatchObject({ fileName: 'dk-june-bad.tsv', imported: 3, rejected: 1, amounts: { USD: '3.85000000' }, toCorrectAgain: [] });
    expect(undone.message).toBe(
      'Removed 1 line imported from dk-june-revised.tsv. Brought back dk-june-bad.tsv: 3 lines imported again from its archived original, ' +
        '1 line quarantined. Line 3 of dk-june-bad.tsv, corrected after its first import, is corrected again as it was.',
    );
    const rows = await history();
    expect(rows.map((r) => r.fileName)).toEqual(['dk-june-bad.tsv']);
    expect(rows[0]).toMatchObject({ imported: 3, rejected: 1, setAside: 1, replaced: [] });
    // Without correcting anything by hand, June holds exactly what dk-june-bad.tsv held: 3.85 in 35 units.
    expect(await june()).toMatchObject({ revenue: '3.85000000', quantity: 35, lines: 3 });

    const stored = fromStore((db) =>
      db
        .prepare<[number], { quantity: number; amount_hi: number; amount_lo: number; platform: string }>(
          `SELECT l.quantity, l.amount_hi, l.amount_lo, p.name AS platform FROM statement_line l JOIN platform p ON p.id = l.platform_id
           WHERE l.import_id = ? AND l.line_no = 3`,
        )
        .all(back.importId),
    );
    expect(stored).toEqual([{ quantity: 20, amount_hi: 210_000_000, amount_lo: 0, platform: 'Deezer' }]);
    const quarantined = await perTest.channels['import:quarantined']({ importId: back.importId });
    expect(quarantined.lines).toEqual([]);
    expect(quarantined.setAside.map((l) => l.line)).toEqual([5]);
    expect(correctedLines()).toEqual([{ import_id: back.importId, line_no: 3, text: juneLine('Deezer', 20, '2.10') }]);

    // Undone in turn, it takes its kept corrections with it.
    await perTest.channels['import:undo']({ importId: back.importId });
    expect(correctedLines()).toEqual([]);
  });

  it('a kept correction that no longer reads stays quarantined as tried, and is named', async () => {
    const { revised } = await replacedAfterCorrecting();
    fromStore((db) =>
      db
        .prepare(`UPDATE replaced_import SET quarantine = replace(quarantine, '2.10', '2,x0') WHERE replacing_import_id = ?`)
        .run(revised.importId),
    );
    const undone = await perTest.channels['import:undoBringingBack']({ importId: revised.importId });
    const back = undone.broughtBack[0]!;
    expect(back).toMatchObject({ imported: 2, rejected: 2, amounts: { USD: '1.75000000' }, toCorrectAgain: [3] });
    const quarantined = await perTest.channels['import:quarantined']({ importId: back.importId });
    expect(quarantined.lines).toMatchObject([{ line: 3, raw: juneLine('Deezer', 20, '12,x3'), tried: { text: juneLine('Deezer', 20, '2,x0') } }]);
    const why = quarantined.lines[0]!.tried!.reason;
    expect(why).toContain('2,x0');
    expect(undone.message).toBe(
      'Removed 1 line imported from dk-june-revised.tsv. Brought back dk-june-bad.tsv: 2 lines imported again from its archived original, ' +
        `2 lines quarantined. Line 3 of dk-june-bad.tsv was corrected after its first import, but that correction no longer reads (line 3: ${why}); ` +
        'it waits to be corrected again, the correction shown as tried (Correct lines…).',
    );
    expect(await june()).toMatchObject({ revenue: '1.75000000', quantity: 15, lines: 2 });
  });

  it('a line corrected before corrections were kept waits to be corrected again, and is named', async () => {
    const { revised } = await replacedAfterCorrecting();
    // As migration 18 kept a replaced import: its quarantined lines only.
    fromStore((db) =>
      db
        .prepare(`UPDATE replaced_import SET quarantine = (SELECT json_group_array(value) FROM json_each(quarantine) WHERE value ->> '$.corrected' IS NULL)`)
        .run(),
    );
    const undone = await perTest.channels['import:undoBringingBack']({ importId: revised.importId });
    const back = undone.broughtBack[0]!;
    expect(back).toMatchObject({ imported: 2, rejected: 2, amounts: { USD: '1.75000000' }, toCorrectAgain: [3] });
    expect(undone.message).toContain('Line 3 of dk-june-bad.tsv was corrected after its first import and waits to be corrected again (Correct lines…).');

    // Corrected again by hand, June holds exactly what dk-june-bad.tsv held: 3.85 in 35 units.
    const quarantined = await perTest.channels['import:quarantined']({ importId: back.importId });
    expect(quarantined.lines.map((l) => l.line)).toEqual([3]);
    expect(quarantined.setAside.map((l) => l.line)).toEqual([5]);
    await perTest.channels['import:correctLines']({ importId: back.importId, lines: [{ line: 3, text: juneLine('Deezer', 20, '2.10') }] });
    expect(await june()).toMatchObject({ revenue: '3.85000000', quantity: 35, lines: 3 });
  });

  it('undone without bring back: June is left empty, as the undo said', async () => {
    const { revised } = await replacedAfterCorrecting();
    expect(await perTest.channels['import:undo']({ importId: revised.importId })).toEqual({ importId: revised.importId, removedLines: 1 });
    expect(await history()).toEqual([]);
    expect(await june()).toMatchObject({ lines: 0 });
  });

  it('with its archived original missing: says so, offers no bring back, and changes nothing when asked anyway', async () => {
    const { revised } = await replacedAfterCorrecting();
    const db = openWriterStore(perTest.folder.location.databaseFile);
    const archive = db.prepare<[], string>('SELECT archive_path FROM replaced_import').pluck().get()!;
    db.close();
    expect(existsSync(archive)).toBe(true);
    rmSync(archive);
    const [row] = await history();
    expect(row!.replaced[0]!.cannotBringBack).toBe(
      `The archived original of dk-june-bad.tsv is missing (${archive}), so it cannot be brought back; import the file again if you still have it.`,
    );
    await expect(perTest.channels['import:undoBringingBack']({ importId: revised.importId })).rejects.toThrow(
      /is missing .* Nothing was undone; undo dk-june-revised.tsv on its own instead\.$/,
    );
    expect((await history()).map((r) => r.fileName)).toEqual(['dk-june-revised.tsv']);
    expect(await june()).toMatchObject({ revenue: '9.99000000', lines: 1 });
  });

  it('refuses to bring back for an import that replaced nothing', async () => {
    const only = await importFile('dk-june-revised.tsv', REVISED, 'keepBoth');
    await expect(perTest.channels['import:undoBringingBack']({ importId: only.importId })).rejects.toThrow(
      'dk-june-revised.tsv replaced no earlier import: undo it on its own.',
    );
    expect(await june()).toMatchObject({ revenue: '9.99000000', lines: 1 });
  });
});
