import { describe, expect, it } from 'vitest';
import { ImportStartRequest } from '../../../src/shared/contract/imports';
import { QuerySpec } from '../../../src/shared/query/query-spec';
import { jobFinished } from '../../support/job-finished';
import { DISTROKID_13_HEADER } from '../../support/temp-store';
import { coreWithChannelsEachTest } from '../../support/core-each-test';

const perTest = coreWithChannelsEachTest('tunemantra-replace-chosen-');

/** A DistroKid statement reported on 5 April 2024: one line per [sale month, earnings]. */
const statement = (lines: [saleMonth: string, earnings: string][]) =>
  [DISTROKID_13_HEADER, ...lines.map(([sale, earnings]) => ['2024-04-05', sale, 'Spotify', 'Ana Sol', 'Luz', 'ESA012400001', '', '10', '100', 'Song', 'ES', '0', earnings].join('\t'))].join('\n');

// feb.tsv earns 1.25 + 2.50 = 3.75 over February; march.tsv 4.00 over March; they do not overlap
// each other. q1-revised.tsv covers both months: 5.00 in February and 6.00 in March, 11.00 in all.
const FEB = statement([['2024-02', '1.25'], ['2024-02', '2.50']]);
const MARCH = statement([['2024-03', '4.00']]);
const Q1_REVISED = statement([['2024-02', '5.00'], ['2024-03', '6.00']]);

type Outcome = { status: string; importId: number; message: string };

const stage = (fileName: string, text: string) => perTest.channels['import:stage']({ fileName, contentBase64: Buffer.from(text).toString('base64') });

async function importAlone(fileName: string, text: string): Promise<number> {
  const staged = await stage(fileName, text);
  await perTest.channels['import:preview']({ stagedId: staged.stagedId });
  const { jobId } = await perTest.channels['import:start']({ files: [{ stagedId: staged.stagedId, onOverlap: 'skip' }], mode: 'lenient' });
  const outcome = ((await jobFinished(perTest.core, jobId)).result as { outcomes: Outcome[] }).outcomes[0]!;
  expect(outcome.status).toBe('imported');
  return outcome.importId;
}

const revenue = async () => (await perTest.core.runQuery(QuerySpec.parse({ metrics: ['revenue'] }))).rows[0]?.[0] ?? null;
const history = async () => (await perTest.channels['import:history']({})).imports.map((batch) => batch.fileName).sort();

describe('Replace with some of the overlapping earlier imports chosen', () => {
  it('names each earlier import with its lines and earnings, replaces only the one chosen, and undo brings back exactly it', async () => {
    const feb = await importAlone('feb.tsv', FEB);
    const march = await importAlone('march.tsv', MARCH);
    expect(await revenue()).toBe('7.75000000');

    const revised = await stage('q1-revised.tsv', Q1_REVISED);
    const preview = await perTest.channels['import:preview']({ stagedId: revised.stagedId });
    expect(preview.overlaps.map(({ importId, fileName, imported, amounts }) => ({ importId, fileName, imported, amounts }))).toEqual([
      { importId: feb, fileName: 'feb.tsv', imported: 2, amounts: { USD: '3.75000000' } },
      { importId: march, fileName: 'march.tsv', imported: 1, amounts: { USD: '4.00000000' } },
    ]);

    const { jobId } = await perTest.channels['import:start']({ files: [{ stagedId: revised.stagedId, onOverlap: 'replace', replace: [feb] }], mode: 'lenient' });
    const outcome = ((await jobFinished(perTest.core, jobId)).result as { outcomes: Outcome[] }).outcomes[0]!;
    expect(outcome.status).toBe('imported');
    expect(outcome.message).toContain('replaces feb.tsv');
    expect(outcome.message).not.toContain('march.tsv');
    // march.tsv's 4.00 stays beside the revised 11.00; feb.tsv's 3.75 is gone.
    expect(await history()).toEqual(['march.tsv', 'q1-revised.tsv']);
    expect(await revenue()).toBe('15.00000000');

    const undone = await perTest.channels['import:undoBringingBack']({ importId: outcome.importId });
    expect(undone.broughtBack.map((back) => back.fileName)).toEqual(['feb.tsv']);
    expect(await history()).toEqual(['feb.tsv', 'march.tsv']);
    expect(await revenue()).toBe('7.75000000');
  });

  it('refuses, naming the file and what it overlaps, an import chosen that the file does not overlap, and imports nothing', async () => {
    const feb = await importAlone('feb.tsv', FEB);
    const april = await importAlone('april.tsv', statement([['2024-04', '9.00']]));
    const revised = await stage('q1-revised.tsv', Q1_REVISED);
    await perTest.channels['import:preview']({ stagedId: revised.stagedId });

    await expect(perTest.channels['import:start']({ files: [{ stagedId: revised.stagedId, onOverlap: 'replace', replace: [april] }], mode: 'lenient' })).rejects.toThrow(
      `q1-revised.tsv cannot replace import ${april}: it overlaps only feb.tsv (import ${feb}). Nothing was imported; check the file again and choose once more.`,
    );
    expect(await history()).toEqual(['april.tsv', 'feb.tsv']);
    expect(await revenue()).toBe('12.75000000');
  });

  it('takes imports to replace only with Replace, and at least one', () => {
    const file = { stagedId: 's', onOverlap: 'keepBoth', replace: [3] };
    const refused = ImportStartRequest.safeParse({ files: [file] });
    expect(refused.success).toBe(false);
    expect(refused.error?.issues[0]?.message).toBe('Earlier imports to replace can only be given with onOverlap "replace".');
    expect(ImportStartRequest.safeParse({ files: [{ ...file, onOverlap: 'replace', replace: [] }] }).success).toBe(false);
    expect(ImportStartRequest.safeParse({ files: [{ ...file, onOverlap: 'replace' }] }).success).toBe(true);
  });
});

describe('the same statement staged twice', () => {
  it('previews both with the same content, which an import of both finds a duplicate the second time', async () => {
    const first = await stage('march.tsv', MARCH);
    const second = await stage('march (1).tsv', MARCH);
    const [a, b] = [await perTest.channels['import:preview']({ stagedId: first.stagedId }), await perTest.channels['import:preview']({ stagedId: second.stagedId })];
    expect(a.statements[0]!.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(b.statements[0]!.sha256).toBe(a.statements[0]!.sha256);
    const corrected = await perTest.channels['import:preview']({ stagedId: (await stage('march-corrected.tsv', statement([['2024-03', '4.10']]))).stagedId });
    expect(corrected.statements[0]!.sha256).not.toBe(a.statements[0]!.sha256);
  });
});
