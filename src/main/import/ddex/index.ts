/**
 * DDEX DSR flat-file reader: a self-contained module the import pipeline calls instead of the
 * CSV sniffer when looksLikeDdexDsr() says so (see read-ddex-dsr.ts for the design).
 */
export { DdexDsrError, looksLikeDdexDsr, readDdexDsr, type DdexStatement } from './read-ddex-dsr';
export type { DdexLine } from './dsr-usage';
export { checkDdexReport, type DdexReportPart } from './dsr-report';
export { noteReportPart, type ReportFile, type ReportStanding } from './dsr-report-parts';
export type { DsrFooterFacts, FootComparison } from './dsr-footer';
export { DDEX_DSR_FORMAT, openDdexStatement, writeDdexLines, type DdexLineSink } from './ddex-import';
