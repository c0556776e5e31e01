import { expect } from 'vitest';
import type { HandlerMap } from '../../src/main/core/handler-map';
import type { WorkstationCore } from '../../src/main/core/workstation-core';
import { appleFinancialReport, appleProductRow, type AppleProductLine } from './apple-financial-report';
import { jobFinished } from './job-finished';

export const LUZ = { isrc: 'QZAS12500001', title: 'Luz' };
const MAREA = { isrc: 'QZAS12500002', title: 'Marea' };
const FROM = '12/29/2024';
const TO = '02/01/2025';

/** Fiscal January 2025 (29 Dec 2024 – 1 Feb 2025), a first draft of it: 7.56 EUR. */
const DRAFT = appleFinancialReport(FROM, TO, [{ ...LUZ, quantity: 12, share: '0.63', extended: '7.56', kind: 'S', country: 'DE' }], '7.56', 12);

const FIXED_LINE_4: AppleProductLine = { ...MAREA, quantity: 4, share: '0.63', extended: '2.52', kind: 'S', country: 'AT' };

/**
 * The report that replaced it: lines 2 and 3 read (7.56 + 1.89 EUR); line 4 prints a quantity of
 * "twelve" (corrected to 4 units, 2.52 EUR) and line 5 "n/a" for its money (set aside); then `more`
 * lines of one unit and 0.63 EUR each, for a report as large as a test needs.
 */
function report(more: number): string {
  const lines: AppleProductLine[] = [
    { ...LUZ, quantity: 12, share: '0.63', extended: '7.56', kind: 'S', country: 'DE' },
    { ...MAREA, quantity: 3, share: '0.63', extended: '1.89', kind: 'S', country: 'FR' },
    { ...FIXED_LINE_4, quantity: 'twelve' },
    { ...LUZ, quantity: 1, share: '0.63', extended: 'n/a', kind: 'S', country: 'DE' },
  ];
  for (let i = 0; i < more; i++) lines.push({ ...(i % 2 === 0 ? LUZ : MAREA), quantity: 1, share: '0.63', extended: '0.63', kind: 'S', country: 'DE' });
  const cents = 1197 + 63 * more;
  return appleFinancialReport(FROM, TO, lines, `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`, 19 + more);
}

/** A test's core and the channel handlers over it. */
interface CoreWithChannels {
  readonly core: WorkstationCore;
  readonly channels: HandlerMap;
}

type Outcome = { status: string; importId: number; imported: number; rejected: number };

/** Imports a statement as the Import page does, lenient. */
export async function importStatement({ core, channels }: CoreWithChannels, fileName: string, text: string, onOverlap: 'skip' | 'replace' | 'keepBoth'): Promise<Outcome> {
  const staged = await channels['import:stage']({ fileName, contentBase64: Buffer.from(text).toString('base64') });
  const { jobId } = await channels['import:start']({ files: [{ stagedId: staged.stagedId, onOverlap }], mode: 'lenient' });
  return ((await jobFinished(core, jobId)).result as { outcomes: Outcome[] }).outcomes[0]!;
}

/**
 * Fiscal January's report (`apple-eu-fy25-p04.txt`, 11.97 EUR in 19 units, and 0.63 EUR a unit in
 * `more` units) imported over its draft, a line corrected, one set aside, as an older version left
 * them, before its dating: see dateFiscalJanuaryAsAnOlderVersionDid. The report's import id.
 */
export async function olderAppleImport(opened: CoreWithChannels, more = 0): Promise<number> {
  await opened.channels['fx:set']({
    rates: [
      { month: '2024-12', currency: 'EUR', rate: '1.0300' },
      { month: '2025-01', currency: 'EUR', rate: '1.0351' },
      { month: '2025-02', currency: 'EUR', rate: '1.0412' },
    ],
  });
  expect(await importStatement(opened, 'apple-eu-fy25-p04-draft.txt', DRAFT, 'keepBoth')).toMatchObject({ status: 'imported', imported: 1 });
  const imported = await importStatement(opened, 'apple-eu-fy25-p04.txt', report(more), 'replace');
  expect(imported).toMatchObject({ status: 'imported', imported: 2 + more, rejected: 2 });
  await opened.channels['import:correctLines']({ importId: imported.importId, lines: [{ line: 4, text: appleProductRow(FROM, TO, FIXED_LINE_4, 2) }] });
  await opened.channels['import:setAsideLines']({ importId: imported.importId, lines: [5] });
  return imported.importId;
}
