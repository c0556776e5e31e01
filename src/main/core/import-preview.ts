import { formatAmount, parseAmount } from '../../shared/money/exact-amount';
import type { ImportPreview } from '../../shared/contract/imports';
import type { ImportOutcome } from '../import/import-outcome';

const PROBLEMS_SHOWN = 50;
const SAMPLE_SHOWN = 10;
const PART = ' › ';

const distinct = (values: (string | null)[]) => [...new Set(values.filter((v): v is string => v !== null))];
const joined = (values: (string | null)[]) => distinct(values).join(', ') || null;

function earliest(values: (string | null)[]): string | null {
  return distinct(values).sort()[0] ?? null;
}

function latest(values: (string | null)[]): string | null {
  return distinct(values).sort().at(-1) ?? null;
}

/** The other layouts that fit, once each: a zip's members may tie with the same ones. */
function alternatives(outcomes: ImportOutcome[]): ImportOutcome['alternatives'] {
  const byId = new Map(outcomes.flatMap((o) => o.alternatives).map((a) => [a.formatId, a]));
  return [...byId.values()];
}

/** How the header matched, when every document read matched the same way (a zip of two layouts says nothing as one). */
function headerMatch(outcomes: ImportOutcome[]): Pick<ImportPreview, 'headerMatch'> {
  const first = outcomes[0]?.headerMatch;
  const same = first !== undefined && outcomes.every((o) => JSON.stringify(o.headerMatch) === JSON.stringify(first));
  return same ? { headerMatch: first } : {};
}

/** A refused file's closest known layout: its own, or its closest sheet's (the workbook's refusal chose it). */
function closestLayout(status: ImportPreview['status'], outcomes: ImportOutcome[]): Pick<ImportPreview, 'closestLayout'> {
  const closest = status === 'rejected' ? outcomes.find((o) => o.closestLayout)?.closestLayout : undefined;
  return closest ? { closestLayout: closest } : {};
}

/** Earned amounts of several documents added per currency, exactly. */
function addAmounts(outcomes: ImportOutcome[]): Record<string, string> {
  const totals = new Map<string, bigint>();
  for (const o of outcomes) for (const [currency, amount] of Object.entries(o.amounts)) totals.set(currency, (totals.get(currency) ?? 0n) + parseAmount(amount));
  return Object.fromEntries([...totals].sort(([a], [b]) => a.localeCompare(b)).map(([c, v]) => [c, formatAmount(v)]));
}

/** The part of a document's name inside the staged file (`results.csv`, `Sheet1`), to tell problems apart. */
function partOf(outcome: ImportOutcome): string {
  const at = outcome.file.indexOf(PART);
  return at < 0 ? '' : outcome.file.slice(at + PART.length);
}

/**
 * The statement sheets of a workbook the user staged, in its order: every document of such a file
 * is a sheet named `file › sheet`, whatever became of it (already imported, refused). A sheet of a
 * workbook inside a zip (`file › book.xlsx › Sheet1`) offers no choice: a sheet is chosen in the
 * file the user staged. Undefined for any other file.
 */
function sheetsOf(outcomes: ImportOutcome[]): string[] | undefined {
  const parts = outcomes.map(partOf);
  const isWorkbook = outcomes.some((o, i) => o.encoding === 'xlsx' && parts[i] !== '' && !parts[i]!.includes(PART));
  return isWorkbook ? distinct(parts.filter((part) => part !== '')) : undefined;
}

/**
 * A dry run's outcomes in the words of the preview: ready, already there, or refused. A zip or a
 * workbook with several statements previews as one card whose figures add up its documents;
 * each problem says which document it is in.
 */
export function toPreview(stagedId: string, fileName: string, outcomes: ImportOutcome[]): ImportPreview {
  const several = outcomes.length > 1;
  const ready = outcomes.filter((o) => o.status === 'imported');
  const status = ready.length ? 'ready' : outcomes.length && outcomes.every((o) => o.status === 'duplicate') ? 'duplicate' : 'rejected';
  const counted = ready.length ? ready : outcomes;
  return {
    stagedId,
    fileName,
    status,
    message: outcomes.map((o) => o.message).join(' '),
    format: joined(counted.map((o) => o.format)),
    variant: joined(counted.map((o) => o.variant)),
    ...headerMatch(counted),
    ...closestLayout(status, outcomes),
    alternatives: alternatives(counted),
    sheets: sheetsOf(outcomes),
    encoding: joined(counted.map((o) => o.encoding)),
    lines: sum(counted, (o) => o.lines),
    importable: sum(ready, (o) => o.imported),
    rejected: sum(counted, (o) => o.rejected),
    quantity: sum(ready, (o) => o.quantity),
    amounts: addAmounts(ready),
    saleFrom: earliest(ready.map((o) => o.saleFrom)),
    saleTo: latest(ready.map((o) => o.saleTo)),
    reportingFrom: earliest(ready.map((o) => o.reportingFrom)),
    reportingTo: latest(ready.map((o) => o.reportingTo)),
    sample: ready.flatMap((o) => o.sample).slice(0, SAMPLE_SHOWN),
    problems: outcomes
      .flatMap((o) => o.problems.map((p) => (several && partOf(o) ? { ...p, reason: `${partOf(o)}: ${p.reason}` } : p)))
      .slice(0, PROBLEMS_SHOWN),
    unknownColumns: distinct(counted.flatMap((o) => o.unknownColumns)),
    overlaps: outcomes.flatMap((o) => o.overlaps),
    ...(status === 'duplicate' ? { duplicateOf: distinctIds(outcomes.map((o) => o.importId)) } : {}),
    statements: ready.map(previewStatement),
    warnings: fileWarnings(outcomes),
    ...reportParts(outcomes),
    reconciliation: {
      checked: outcomes.flatMap((o) => namedChecks(o, several, o.reconciliation.checked)),
      mismatches: outcomes.flatMap((o) => namedChecks(o, several, o.reconciliation.mismatches)),
    },
  };
}

/** A statement as files picked together are compared: by its span when it has one (a DDEX report has none) and its content. */
function previewStatement(outcome: ImportOutcome): ImportPreview['statements'][number] {
  const facts = {
    sha256: outcome.sha256,
    part: partOf(outcome),
    figures: { lines: outcome.lines, importable: outcome.imported, quantity: outcome.quantity, amounts: outcome.amounts },
  };
  return outcome.periods ? { ...outcome.periods, ...facts } : facts;
}

/**
 * The documents' warnings, each said once: one every document of a zip or workbook says (the same
 * FOOT disagreement in two files of a report) is said as it is, and one only some say opens with
 * the name of each document that says it.
 */
function fileWarnings(outcomes: ImportOutcome[]): string[] {
  const said = [...new Set(outcomes.flatMap((o) => o.warnings))];
  if (outcomes.length < 2) return said;
  return said.flatMap((warning) => {
    const sayers = outcomes.filter((o) => o.warnings.includes(warning));
    if (sayers.length === outcomes.length || sayers.some((o) => partOf(o) === '')) return [warning];
    return sayers.map((o) => `${partOf(o)}: ${warning}`);
  });
}

/** Its DDEX report files waiting for other files of their reports; absent when none is. */
function reportParts(outcomes: ImportOutcome[]): Pick<ImportPreview, 'reportParts'> {
  const waiting = outcomes.flatMap((o) => (o.status === 'imported' && o.reportPart ? [o.reportPart] : []));
  return waiting.length ? { reportParts: waiting } : {};
}

/** A document's checks, their labels naming the document when the file holds several. */
function namedChecks(outcome: ImportOutcome, several: boolean, checks: ImportOutcome['reconciliation']['checked']) {
  const part = several ? partOf(outcome) : '';
  return part ? checks.map((c) => ({ ...c, label: `${part}: ${c.label}` })) : checks;
}

/** The imports a file's documents were found in already, once each: a zip's statements may share one. */
function distinctIds(ids: (number | null)[]): number[] {
  return [...new Set(ids.filter((id): id is number => id !== null))];
}

function sum(outcomes: ImportOutcome[], figure: (o: ImportOutcome) => number): number {
  return outcomes.reduce((total, o) => total + figure(o), 0);
}
