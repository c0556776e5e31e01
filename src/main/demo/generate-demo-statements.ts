import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { dayOf, type MonthIndex, monthText, parseMonth } from './demo-calendar';
import { buildDemoCatalogue } from './demo-catalogue';
import { type DemoSale, DemoSalesModel } from './demo-sales-model';
import { writeDistroKidStatement } from './distrokid-writer';
import { SeededRandom, deriveSeed } from './seeded-random';
import { writeTuneCoreStatement } from './tunecore-writer';

export interface DemoOptions {
  outDir: string;
  /** 'YYYY-MM': the last sale month included. */
  endMonth: string;
  seed?: number;
}

export interface DemoStatements {
  /** The written files (outDir joined with each name), in the order written. */
  files: string[];
  /** Statement lines written (headers excluded). */
  lines: number;
}

export const DEMO_MONTHS = 40;
export const DEFAULT_DEMO_SEED = 20_260_101;
/** DistroKid switched to its 15-column export in 2025. */
const CURRENT_LAYOUT_FROM = parseMonth('2025-01');
/** The label's first year of DistroKid statements came in Windows-1252, later ones in UTF-8. */
const WINDOWS_1252_MONTHS = 12;

/**
 * Writes a fictional independent label's statements into `outDir`: a DistroKid statement per
 * reporting month and a TuneCore sales report per posting month for the releases moved there.
 * Same options, same bytes. Files of the same names are overwritten; nothing else in outDir is touched.
 */
export async function generateDemoStatements(options: DemoOptions): Promise<DemoStatements> {
  const seed = (options.seed ?? DEFAULT_DEMO_SEED) >>> 0;
  const lastMonth = parseMonth(options.endMonth);
  const firstMonth = lastMonth - DEMO_MONTHS + 1;
  await mkdir(options.outDir, { recursive: true });
  const model = new DemoSalesModel(buildDemoCatalogue(seed, firstMonth, lastMonth), seed);
  const files: string[] = [];
  let lines = 0;
  // DistroKid lines wait here until every sale month that reports into their statement is done.
  const distroKidByReport = new Map<MonthIndex, DemoSale[]>();

  for (let month = firstMonth; month <= lastMonth; month++) {
    const tuneCore: DemoSale[] = [];
    for (const sale of model.month(month)) {
      if (sale.distributor === 'tunecore') {
        tuneCore.push(sale);
      } else {
        const bucket = distroKidByReport.get(sale.reportingMonth) ?? [];
        bucket.push(sale);
        distroKidByReport.set(sale.reportingMonth, bucket);
      }
    }
    const reportingMonth = month + 1;
    const dates = new SeededRandom(deriveSeed(seed, 5, reportingMonth));
    const reportingDay = dayOf(reportingMonth, dates.int(5, 9));

    if (tuneCore.length > 0) {
      const path = join(options.outDir, `tunecore-${monthText(reportingMonth)}.csv`);
      lines += await writeTuneCoreStatement(
        path,
        { postedDay: dayOf(reportingMonth, dates.int(12, 18)), exchangeRates: model.exchangeRates(month) },
        tuneCore,
      );
      files.push(path);
    }

    // Sales of this month and the month before (slow stores) make up the next month's statement.
    const distroKid = distroKidByReport.get(reportingMonth) ?? [];
    distroKidByReport.delete(reportingMonth);
    if (distroKid.length > 0) {
      distroKid.sort((a, b) => a.saleMonth - b.saleMonth);
      const current = reportingMonth >= CURRENT_LAYOUT_FROM;
      const path = join(options.outDir, `distrokid-${monthText(reportingMonth)}.${current ? 'csv' : 'tsv'}`);
      lines += await writeDistroKidStatement(
        path,
        {
          layout: current ? 'current' : 'legacy',
          encoding: !current && reportingMonth <= firstMonth + WINDOWS_1252_MONTHS ? 'windows-1252' : 'utf-8',
          reportingDay,
          insertedDay: reportingDay - 2,
        },
        distroKid,
      );
      files.push(path);
    }
  }
  return { files, lines };
}
export { demoEndMonth } from './demo-calendar';
