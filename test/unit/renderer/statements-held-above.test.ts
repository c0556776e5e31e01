import { describe, expect, it } from 'vitest';
import type { ImportPreview } from '../../../src/shared/contract/imports';
import { statementsHeldAbove, stagedTwice, sendableEntries, type StagedStatements } from '../../../src/renderer/src/pages/import/staged-overlaps';
import { heldAboveText, withoutHeldAbove } from '../../../src/renderer/src/pages/import/statements-held-above';
import { previewCard } from '../../../src/renderer/src/pages/import/preview-card';

type Statement = ImportPreview['statements'][number];

/** A DistroKid statement of one sale month, its content named by `sha256`, with its share of the figures. */
function statement(saleMonth: number, sha256: string, part: string, lines: number, amount: string): Statement {
  return {
    formatId: 'distrokid', saleFrom: saleMonth * 100 + 1, saleTo: saleMonth * 100 + 28, reportingFrom: null, reportingTo: null, basis: 'sale',
    sha256, part, figures: { lines, importable: lines, quantity: lines * 10, amounts: { USD: amount } },
  };
}

function staged(fileName: string, statements: Statement[], figures: Partial<ImportPreview>): StagedStatements & { preview: ImportPreview } {
  const preview: ImportPreview = {
    stagedId: `s-${fileName}`, fileName, status: 'ready', message: '', format: 'DistroKid', variant: '13-column', encoding: 'utf-8',
    lines: 0, importable: 0, rejected: 0, quantity: 0, amounts: {}, saleFrom: null, saleTo: null, reportingFrom: null, reportingTo: null,
    sample: [], problems: [], unknownColumns: [], overlaps: [], statements, warnings: [], ...figures,
  };
  return { key: `key-${fileName}`, fileName, phase: 'checked', stagedId: `s-${fileName}`, preview };
}

// march.tsv picked first, then q1.zip holding it beside two other months.
const MARCH = statement(202403, 'march', '', 1, '2.70');
const FILE = staged('march.tsv', [MARCH], { lines: 1, importable: 1, quantity: 10, amounts: { USD: '2.70' } });
const ZIP = staged('q1.zip', [statement(202401, 'jan', 'q1/jan.tsv', 2, '1.50'), { ...MARCH, part: 'q1/march.tsv' }, statement(202402, 'feb', 'q1/feb.tsv', 1, '1.25')], {
  lines: 4, importable: 4, quantity: 40, amounts: { USD: '5.45' },
});

describe('a zip holding a file picked above it', () => {
  it('is sent, not taken for picked twice, and names the statement the file above holds', () => {
    const entries = [FILE, ZIP];
    expect(stagedTwice(entries, 'lenient').size).toBe(0);
    expect(sendableEntries(entries, 'lenient').map((entry) => entry.fileName)).toEqual(['march.tsv', 'q1.zip']);
    expect([...statementsHeldAbove(entries, 'lenient')]).toEqual([['key-q1.zip', [{ part: 'q1/march.tsv', holder: { key: 'key-march.tsv', fileName: 'march.tsv' } }]]]);
  });

  it('holds nothing above when the zip comes first: the file below is the one picked twice', () => {
    const entries = [ZIP, FILE];
    expect(statementsHeldAbove(entries, 'lenient').size).toBe(0);
    expect([...stagedTwice(entries, 'lenient').keys()]).toEqual(['key-march.tsv']);
  });

  it('says which of its statements will not be imported again', () => {
    const held = statementsHeldAbove([FILE, ZIP], 'lenient').get('key-q1.zip')!;
    expect(heldAboveText(held)).toBe('Its statement q1/march.tsv is the same as march.tsv, which is imported first: it will not be imported again.');
    const two = [...held, { part: 'q1/jan.tsv', holder: { key: 'key-jan.tsv', fileName: 'jan.tsv' } }];
    expect(heldAboveText(two)).toBe('Its statements q1/march.tsv and q1/jan.tsv are the same as march.tsv and jan.tsv, which are imported first: they will not be imported again.');
    expect(heldAboveText([{ part: '', holder: held[0]!.holder }])).toBe('One of its statements is the same as march.tsv, which is imported first: it will not be imported again.');
  });

  it('counts and totals only what will be imported, to the cent', () => {
    const held = statementsHeldAbove([FILE, ZIP], 'lenient').get('key-q1.zip')!;
    const card = previewCard(withoutHeldAbove(ZIP.preview, held), 'lenient');
    expect(card.facts.slice(0, 4)).toEqual([
      { label: 'Lines', value: '3' },
      { label: 'Importable', value: '3' },
      { label: 'Rejected', value: '0' },
      { label: 'Quantity', value: '30' },
    ]);
    expect(card.totals.map((total) => total.text)).toEqual(['$2.75']);
  });

  it('leaves the figures as they are when a statement carries none', () => {
    const held = statementsHeldAbove([FILE, ZIP], 'lenient').get('key-q1.zip')!;
    const unfigured = { ...ZIP.preview, statements: ZIP.preview.statements.map(({ figures: _, ...statement }) => statement) };
    expect(withoutHeldAbove(unfigured, held)).toBe(unfigured);
  });

  it('sets apart a DDEX report file of the zip held above as any other statement, though it has no period', () => {
    const dsr = { sha256: 'dsr', part: '', figures: { lines: 3, importable: 3, quantity: 7, amounts: { NOK: '98.888888889012345' } } };
    const file = staged('dsr.tsv', [dsr], { lines: 3, importable: 3, quantity: 7, amounts: { NOK: '98.888888889012345' } });
    const zip = staged('label.zip', [{ ...dsr, part: 'no/dsr.tsv' }, statement(202401, 'jan', 'dk/jan.tsv', 2, '1.50')], {
      lines: 5, importable: 5, quantity: 27, amounts: { NOK: '98.888888889012345', USD: '1.50' },
    });
    const held = statementsHeldAbove([file, zip], 'lenient').get('key-label.zip')!;
    expect(heldAboveText(held)).toBe('Its statement no/dsr.tsv is the same as dsr.tsv, which is imported first: it will not be imported again.');
    expect(withoutHeldAbove(zip.preview, held)).toMatchObject({ lines: 2, importable: 2, rejected: 0, quantity: 20, amounts: { USD: '1.5' } });
  });
});
