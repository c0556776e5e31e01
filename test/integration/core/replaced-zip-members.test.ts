import { describe, expect, it } from 'vitest';
import { openWriterStore } from '../../../src/main/store/open-store';
import { QuerySpec } from '../../../src/shared/query/query-spec';
import { zipBytes } from '../../fixtures/make-containers';
import { jobFinished } from '../../support/job-finished';
import { DISTROKID_13_HEADER } from '../../support/temp-store';
import { coreWithChannelsEachTest } from '../../support/core-each-test';

const perTest = coreWithChannelsEachTest('tunemantra-replaced-zip-');

/** A DistroKid line of the given sale month (reported the month after), its earnings cell as given. */
const dkLine = (month: string, store: string, qty: number, earnings: string) =>
  [`${month === '2025-05' ? '2025-06' : '2025-07'}-05`, month, store, 'Ana Sol', 'Luz', 'ESA012400001', '', String(qty), '100', 'Song', 'ES', '0', earnings].join('\t');

/** Lines 2 and 4 read (1.25 + 0.50); line 3 prints "12,x3" and line 5 "n/a": both quarantined. */
const JUNE_BAD = [DISTROKID_13_HEADER, dkLine('2025-06', 'Spotify', 10, '1.25'), dkLine('2025-06', 'Deezer', 20, '12,x3'), dkLine('2025-06', 'Apple Music', 5, '0.50'), dkLine('2025-06', 'YouTube', 1, 'n/a')].join('\n');
const JUNE_REVISED = [DISTROKID_13_HEADER, dkLine('2025-06', 'Spotify', 10, '9.99')].join('\n');
const MAY = [DISTROKID_13_HEADER, dkLine('2025-05', 'Spotify', 7, '4.00')].join('\n');

/** label-exports.zip: dk-may.tsv, and reports/inner.zip holding dk-june-bad.tsv. */
const LABEL_EXPORTS = zipBytes([
  { name: 'dk-may.tsv', data: MAY },
  { name: 'reports/inner.zip', data: zipBytes([{ name: 'dk-june-bad.tsv', data: JUNE_BAD }]) },
]);
const JUNE_MEMBER = 'label-exports.zip › reports/inner.zip › dk-june-bad.tsv';

type Outcome = { file: string; status: string; importId: number; imported: number; rejected: number; message: string };
async function importBytes(fileName: string, bytes: Buffer, onOverlap: 'skip' | 'replace' | 'keepBoth'): Promise<Outcome[]> {
  const staged = await perTest.channels['import:stage']({ fileName, contentBase64: bytes.toString('base64') });
  const { jobId } = await perTest.channels['import:start']({ files: [{ stagedId: staged.stagedId, onOverlap }], mode: 'lenient' });
  return ((await jobFinished(perTest.core, jobId)).result as { outcomes: Outcome[] }).outcomes;
}

/** A sale month as the Overview would sum it. */
async function month(from: string, to: string) {
  const spec = QuerySpec.parse({ metrics: ['revenue', 'quantity', 'lines'], timeRange: { kind: 'absolute', from, to } });
  const answer = await perTest.core.runQuery(spec);
  return Object.fromEntries(answer.columns.map((c, i) => [c.name, answer.rows[0]?.[i] ?? null]));
}
const june = () => month('2025-06-01', '2025-06-30');

const history = async () => (await perTest.channels['import:history']({})).imports;

function fromStore<T>(read: (db: ReturnType<typeof openWriterStore>) => T): T {
  const db = openWriterStore(perTest.folder.location.databaseFile);
  try {
    return read(db);
  } finally {
    db.close();
  }
}
const batchFile = (importId: number) =>
  fromStore((db) => db.prepare<[number], { file_name: string; archive_path: string }>('SELECT file_name, archive_path FROM import_batch WHERE id = ?').get(importId));

/**
 * label-exports.zip imported (May and June), June's line 3 corrected to 2.10 and line 5 set aside
 * (1.25 + 2.10 + 0.50 = 3.85 in 35 units), May undone, then June replaced by dk-june-revised.tsv.
 */
async function juneMemberReplaced() {
  const outcomes = await importBytes('label-exports.zip', LABEL_EXPORTS, 'keepBoth');
  expect(outcomes.map((o) => [o.file, o.status])).toEqual([
    ['label-exports.zip › dk-may.tsv', 'imported'],
    [JUNE_MEMBER, 'imported'],
  ]);
  const [may, bad] = outcomes as [Outcome, Outcome];
  await perTest.channels['import:correctLines']({ importId: bad.importId, lines: [{ line: 3, text: dkLine('2025-06', 'Deezer', 20, '2.10') }] });
  await perTest.channels['import:setAsideLines']({ importId: bad.importId, lines: [5] });
  await perTest.channels['import:undo']({ importId: may.importId });
  expect(await june()).toMatchObject({ revenue: '3.85000000', quantity: 35, lines: 3 });
  const original = batchFile(bad.importId)!;
  const [revised] = await importBytes('dk-june-revised.tsv', Buffer.from(JUNE_REVISED), 'replace');
  expect(revised).toMatchObject({ status: 'imported' });
  return { revised: revised!, original };
}

describe('bringing back a statement that came out of a zip', () => {
  it('takes that member alone out of the archived zip, a zip inside a zip, with its set-aside line and its correction', async () => {
    const { revised, original } = await juneMemberReplaced();
    const [row] = await history();
    expect(row!.replaced).toMatchObject([{ fileName: JUNE_MEMBER, imported: 3, rejected: 1, cannotBringBack: null, correctable: true }]);

    const undone = await perTest.channels['import:undoBringingBack']({ importId: revised.importId });
    expect(undone.broughtBack).toMatchObject([{ fileName: JUNE_MEMBER, imported: 3, rejected: 1, amounts: { USD: '3.85000000' }, toCorrectAgain: [] }]);
    expect(undone.message).toBe(
      `Removed 1 line imported from dk-june-revised.tsv. Brought back ${JUNE_MEMBER}: 3 lines imported again from its archived original, ` +
        `1 line quarantined. Line 3 of ${JUNE_MEMBER}, corrected after its first import, is corrected again as it was.`,
    );
    // Only June is back, named and archived as its first import was; May, undone before, stays undone.
    const rows = await history();
    expect(rows.map((r) => r.fileName)).toEqual([JUNE_MEMBER]);
    expect(rows[0]).toMatchObject({ imported: 3, rejected: 1, setAside: 1 });
    expect(batchFile(undone.broughtBack[0]!.importId)).toEqual(original);
    expect(await june()).toMatchObject({ revenue: '3.85000000', quantity: 35, lines: 3 });
    expect(await month('2025-05-01', '2025-05-31')).toMatchObject({ lines: 0 });
  });

  it('brought back, it can be replaced and brought back again', async () => {
    const { revised } = await juneMemberReplaced();
    const first = await perTest.channels['import:undoBringingBack']({ importId: revised.importId });
    const [again] = await importBytes('dk-june-revised.tsv', Buffer.from(JUNE_REVISED), 'replace');
    expect((await history())[0]!.replaced).toMatchObject([{ importId: first.broughtBack[0]!.importId, fileName: JUNE_MEMBER, cannotBringBack: null }]);
    const second = await perTest.channels['import:undoBringingBack']({ importId: again!.importId });
    expect(second.broughtBack).toMatchObject([{ fileName: JUNE_MEMBER, imported: 3, rejected: 1, amounts: { USD: '3.85000000' } }]);
  });

  it('refuses, naming the zip and why, when the archived zip holds no statement at that place, and undoes nothing', async () => {
    const { revised } = await juneMemberReplaced();
    fromStore((db) =>
      db.prepare(`UPDATE replaced_import SET file_name = 'label-exports.zip › reports/inner.zip › dk-july.tsv' WHERE replacing_import_id = ?`).run(revised.importId),
    );
    const refusal = await perTest.channels['import:undoBringingBack']({ importId: revised.importId }).then(
      () => null,
      (error: Error) => error.message,
    );
    expect(refusal).toMatch(
      /^label-exports\.zip › reports\/inner\.zip › dk-july\.tsv cannot be taken out of its archived zip \(.+\.zip\): the archived zip holds no file named dk-july\.tsv\. Nothing was undone\.$/,
    );
    expect((await history()).map((r) => r.fileName)).toEqual(['dk-june-revised.tsv']);
    expect(await june()).toMatchObject({ revenue: '9.99000000', lines: 1 });
  });
});
