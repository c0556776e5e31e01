import { describe, expect, it } from 'vitest';
import type { ImportPreview } from '../../../src/shared/contract/imports';
import { previewCard } from '../../../src/renderer/src/pages/import/preview-card';

function preview(overrides: Partial<ImportPreview> = {}): ImportPreview {
  return {
    stagedId: 's1',
    fileName: 'distrokid-legacy.tsv',
    status: 'ready',
    message: 'distrokid-legacy.tsv: 5 lines to import.',
    format: 'DistroKid',
    variant: '13-column',
    encoding: 'utf-8',
    lines: 5,
    importable: 5,
    rejected: 0,
    quantity: 1512,
    amounts: { USD: '12.74358024679' },
    saleFrom: '2024-02-01',
    saleTo: '2024-02-29',
    reportingFrom: '2024-04-05',
    reportingTo: '2024-04-05',
    sample: [
      { Store: 'Spotify', Quantity: '1200', 'Earnings (USD)': '3.841234567890' },
      { Store: 'Apple Music', Quantity: '310', 'Earnings (USD)': '2.0123456789' },
    ],
    problems: [],
    unknownColumns: [],
    overlaps: [],
    statements: [],
    warnings: [],
    ...overrides,
  };
}

describe('previewCard', () => {
  it('names the format, variant and encoding, and reads whole months as months', () => {
    const card = previewCard(preview(), 'lenient');
    expect(card.statusLabel).toBe('Ready');
    expect(card.statusMessage).toBeNull();
    expect(card.formatText).toBe('DistroKid · 13-column · UTF-8');
    expect(card.facts).toEqual([
      { label: 'Lines', value: '5' },
      { label: 'Importable', value: '5' },
      { label: 'Rejected', value: '0' },
      { label: 'Quantity', value: '1,512' },
      { label: 'Sale period', value: 'Feb 2024' },
      { label: 'Reporting period', value: '5 Apr 2024' },
    ]);
  });

  it('says how the header matched: the key columns of the layout it has, or a saved mapping’s exact columns', () => {
    const byFingerprint = previewCard(preview({ headerMatch: { kind: 'fingerprint', found: 5, total: 5 } }), 'lenient');
    expect(byFingerprint.formatText).toBe('DistroKid · 13-column · UTF-8 · header matches 5 of 5 key columns (100%)');
    const partly = previewCard(preview({ format: 'Some layout', variant: null, headerMatch: { kind: 'fingerprint', found: 2, total: 3 } }), 'lenient');
    expect(partly.formatText).toBe('Some layout · UTF-8 · header matches 2 of 3 key columns (67%)');
    const bySavedMapping = previewCard(preview({ format: 'Co-op', variant: 'saved mapping Co-op v2', headerMatch: { kind: 'savedMapping', columns: 8 } }), 'lenient');
    expect(bySavedMapping.formatText).toBe('Co-op · saved mapping Co-op v2 · UTF-8 · header has exactly the saved mapping’s 8 columns');
  });

  it('shows totals per currency from the exact digits, in a steady order', () => {
    const card = previewCard(preview({ amounts: { USD: '12.74358024679', EUR: '0.005', GBP: '-1234.565' } }), 'lenient');
    expect(card.totals).toEqual([
      { currency: 'EUR', text: '€0.01', exact: '0.005 EUR' },
      { currency: 'GBP', text: '-£1,234.57', exact: '-1234.565 GBP' },
      { currency: 'USD', text: '$12.74', exact: '12.74358024679 USD' },
    ]);
  });

  it('lays the sample out as a table whose columns are the keys of the sample lines', () => {
    const card = previewCard(preview({ sample: [{ A: '1', B: '2' }, { A: '3', C: '4' }] }), 'lenient');
    expect(card.sample).toEqual({ columns: ['A', 'B', 'C'], rows: [['1', '2', ''], ['3', '', '4']] });
  });

  it('gives a rejected file its reason and the line it names, once', () => {
    const card = previewCard(
      preview({
        fileName: 'shopping-list.csv',
        status: 'rejected',
        message: 'shopping-list.csv line 1: not a statement layout this app recognises (it begins "item,quantity,price")',
        format: null,
        variant: null,
        lines: 0,
        importable: 0,
        amounts: {},
        problems: [{ line: 1, reason: 'not a statement layout this app recognises (it begins "item,quantity,price")' }],
      }),
      'lenient',
    );
    expect(card.statusLabel).toBe('Rejected');
    expect(card.statusMessage).toContain('line 1');
    expect(card.formatText).toBe('Not a statement layout the app recognises');
    // The sentence already says it; a list repeating it would say nothing new.
    expect(card.problems).toEqual([]);
    expect(card.moreProblems).toBe(0);
    const twoProblems = previewCard(
      preview({ status: 'rejected', message: 'x.tsv line 4: not a number', rejected: 2, problems: [{ line: 4, reason: 'not a number' }, { line: 9, reason: 'no date' }] }),
      'lenient',
    );
    expect(twoProblems.problems).toEqual([{ where: 'Line 9', reason: 'no date' }]);
    expect(twoProblems.moreProblems).toBe(0);
  });

  it('says a duplicate is already imported, without the core’s ISO day (the imports that hold it say when), and names those imports', () => {
    const message = 'distrokid-legacy.tsv: already imported on 2024-04-05 (same content); nothing changed.';
    const card = previewCard(preview({ fileName: 'distrokid-legacy.tsv', status: 'duplicate', message, duplicateOf: [7] }), 'strict');
    expect(card.statusLabel).toBe('Already imported');
    expect(card.statusMessage).toBe('distrokid-legacy.tsv is already imported, with the same content: importing it again changes nothing.');
    expect(card.duplicateOf).toEqual([7]);
    expect(previewCard(preview({ duplicateOf: [7] }), 'lenient').duplicateOf).toEqual([]);
  });

  it('lists the first problems and counts the rest', () => {
    const problems = Array.from({ length: 7 }, (_, index) => ({ line: index + 2, reason: 'not a number' }));
    const card = previewCard(preview({ rejected: 40, problems: [...problems, { line: null, reason: 'mixed dates' }] }), 'lenient');
    expect(card.problems).toHaveLength(5);
    expect(card.problems[0]).toEqual({ where: 'Line 2', reason: 'not a number' });
    expect(card.moreProblems).toBe(35);
    expect(previewCard(preview({ problems: [{ line: null, reason: 'mixed dates' }] }), 'lenient').problems[0]!.where).toBe('File');
  });

  it('says in lenient mode how many lines will be quarantined, and notes unknown columns', () => {
    const withBadLine = preview({ rejected: 1, importable: 4, unknownColumns: ['Promo Code'], warnings: ['Sales and reporting dates are mixed.'] });
    const card = previewCard(withBadLine, 'lenient');
    expect(card.statusLabel).toBe('Ready');
    expect(card.notes).toEqual([
      '1 line will be quarantined with its reason, to correct or download after importing.',
      'Columns the app does not use yet: “Promo Code”. They are kept with each line but not counted.',
      'Sales and reporting dates are mixed.',
    ]);
    expect(previewCard(preview({ rejected: 3, importable: 2 }), 'lenient').notes[0]).toBe('3 lines will be quarantined with their reasons, to correct or download after importing.');
  });

  it('in strict mode says a file with unreadable lines will be refused, naming its first bad line, the reason and the count', () => {
    const problems = [
      { line: 4, reason: '"Earnings (USD)": "twelve cents" is not a number' },
      { line: 7, reason: 'no date' },
    ];
    const card = previewCard(preview({ rejected: 2, importable: 3, problems }), 'strict');
    expect(card.status).toBe('refusedInStrictMode');
    expect(card.statusLabel).toBe('Refused in strict mode');
    expect(card.statusMessage).toBe(
      'Strict mode will refuse this file at line 4: "Earnings (USD)": "twelve cents" is not a number. In all, 2 lines cannot be read; Lenient imports the other 3 and quarantines those.',
    );
    // The first problem is in the sentence; the list goes on from the next, and the quarantine note is Lenient's.
    expect(card.problems).toEqual([{ where: 'Line 7', reason: 'no date' }]);
    expect(card.notes).toEqual([]);
    // Its own totals disagreeing refuses a file in strict mode too.
    const mismatch = { label: 'Total', measure: 'amount' as const, currency: 'USD', line: 9, stated: '1.00', found: '2.00' };
    const totalsOff = previewCard(preview({ reconciliation: { checked: [mismatch], mismatches: [mismatch] } }), 'strict');
    expect(totalsOff.statusLabel).toBe('Refused in strict mode');
    expect(totalsOff.statusMessage).toMatch(/^Strict mode will refuse this file: its own totals disagree with its lines\./);
    expect(previewCard(preview({ rejected: 2, importable: 3, problems }), 'lenient').status).toBe('ready');
    expect(previewCard(preview(), 'strict').status).toBe('ready');
  });

  it('says how the file’s own totals came out, for a file that would be imported', () => {
    const total = { label: 'Total_Amount', measure: 'amount' as const, currency: 'USD', line: 7, stated: '12.74', found: '12.74' };
    expect(previewCard(preview({ reconciliation: { checked: [total], mismatches: [] } }), 'lenient').totalsCheck).toBe(
      "Totals checked against the file's own totals: 1 of 1 agree (Total_Amount 12.74 USD).",
    );
    expect(previewCard(preview({ reconciliation: { checked: [], mismatches: [] } }), 'lenient').totalsCheck).toBe('The file states no totals to check against.');
    // A duplicate was not read again, and a refused file says why: neither has totals to speak of.
    expect(previewCard(preview({ status: 'duplicate', reconciliation: { checked: [], mismatches: [] } }), 'lenient').totalsCheck).toBeNull();
    expect(previewCard(preview(), 'lenient').totalsCheck).toBeNull();
  });

  it('names each overlapping earlier import with its sale period', () => {
    const card = previewCard(
      preview({ overlaps: [{ importId: 4, fileName: 'feb.tsv', importedAt: '2024-04-06T10:00:00.000Z', saleFrom: '2024-02-01', saleTo: '2024-03-31', imported: 3, amounts: { USD: '12.5', EUR: '1.005' } }] }),
      'lenient',
    );
    expect(card.overlaps).toHaveLength(1);
    expect(card.overlaps[0]!.importId).toBe(4);
    expect(card.overlaps[0]!.text).toMatch(/^feb\.tsv \(sales Feb – Mar 2024, imported 6 Apr 2024, \d{2}:\d{2}\)$/);
    // What replacing it would take away, for its checkbox under Replace.
    expect(card.overlaps[0]!.replaceText).toBe('feb.tsv: sales Feb – Mar 2024, 3 lines, €1.01, $12.50');
  });
});

describe('the period a file and an earlier import both cover', () => {
  it('is the days they share, for the warning that a kept import counts them twice', () => {
    const march = { importId: 2, fileName: 'march.tsv', importedAt: '2024-05-01T10:00:00.000Z', saleFrom: '2024-03-01', saleTo: '2024-03-31', imported: 1, amounts: { USD: '4' } };
    const card = previewCard(preview({ saleFrom: '2024-02-01', saleTo: '2024-03-31', overlaps: [march] }), 'lenient');
    expect(card.overlaps[0]!.sharedPeriod).toBe('Mar 2024');
    expect(previewCard(preview({ saleFrom: null, saleTo: null, overlaps: [march] }), 'lenient').overlaps[0]!.sharedPeriod).toBeNull();
  });
});
