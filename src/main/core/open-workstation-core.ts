import { mkdirSync, rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import type { ExportFile, ExportRequest } from '../../shared/contract/channels';
import { CsvOptions } from '../../shared/export/csv-options';
import { WorkstationError } from '../../shared/contract/envelope';
import type { WorkstationEvent } from '../../shared/contract/events';
import type { ImportStartRequest } from '../../shared/contract/imports';
import type { JobRef, JobSnapshot } from '../../shared/contract/jobs';
import { demoEndMonth } from '../demo/generate-demo-statements';
import { parseRatesCsv, rewroteBaseAmounts } from '../currency/fx-rates';
import type { ImportOutcome, ImportProgress } from '../import/import-outcome';
import type { OverlapChoice } from '../import/import-statement';
import { StagingArea, type StagedStatement } from '../import/staging-area';
import { overlapChoiceFor } from '../import/chosen-replacements';
import { withReportFilesOfRun } from '../import/ddex/report-files-of-run';
import type { OverlappingImport } from '../import/statement-overlaps';
import { DROP_FOLDER_RECENT_SETTING } from './drop-folder-recent';
import { DropFolder, DROP_FOLDER_SETTING, DROP_FOLDER_TAKEN_SETTING } from './drop-folder-setting';
import { takeDroppedStatement } from './drop-folder-take';
import { toPreview } from './import-preview';
import { logger } from '../diagnostics/logger';
import { PreparedExports } from '../export/prepared-exports';
import { JobRegistry, type JobContext } from '../jobs/job-registry';
import { demoImportProgress, importJobProgress } from './import-job-progress';
import { QueryExecutor, type KeptAnswer } from '../query/execution/query-executor';
import { ResultCache } from '../query/execution/result-cache';
import type { StoreUpdate } from '../store/store-update';
import { ReaderPool } from '../workers/reader-pool';
import { WorkerLink } from '../workers/worker-link';
import { writesStore, type WriterProgress, type WriterReplies, type WriterRequest } from '../workers/worker-protocol';
import type { DataLocation } from './data-location';
import type { ImportRequestOptions, WorkstationCore } from './workstation-core';

export interface WorkstationCoreOptions {
  location: DataLocation;
  /** Reader threads for queries and exports; defaults to the cores available, at least one. */
  readers?: number;
  /** "Today" for time presets; tests pin it. */
  now?: () => Date;
  /** Told when a store from an earlier version is being migrated: opening then takes longer. */
  onStoreUpdate?: (update: StoreUpdate) => void;
  /** How long a file in the drop folder stays unchanged before it is taken (2 s); tests shorten the wait. */
  dropFolderSettleMs?: number;
  /** The same for one whose end looks cut short, a copy that may have stalled (30 s); tests shorten it too. */
  dropFolderStillArrivingMs?: number;
}

/** `…/staging/<id>/royalties.zip › results.csv` as `royalties.zip › results.csv`. */
function shownFile(file: string, staged: StagedStatement): string {
  return file.startsWith(staged.path) ? staged.fileName + file.slice(staged.path.length) : staged.fileName;
}

/** A prepared file no one will fetch; one left behind goes when the core next opens (PreparedExports). */
function removeQuietly(path: string): void {
  try {
    rmSync(path, { force: true });
  } catch (error) {
    logger.warn(`an unfinished export could not be removed: ${path}`, error);
  }
}

const stagedView = (file: StagedStatement) => ({ stagedId: file.stagedId, fileName: file.fileName, byteLength: file.byteLength });

type Writer = WorkerLink<WriterRequest, WriterReplies, WriterProgress>;

/**
 * Opens the store (the writer thread migrates it before any reader opens it), starts the reader
 * pool and returns the core every shell drives.
 */
export async function openWorkstationCore(options: WorkstationCoreOptions): Promise<WorkstationCore> {
  const { location } = options;
  const now = options.now ?? (() => new Date());
  mkdirSync(location.dataDir, { recursive: true });
  const workerData = { databaseFile: location.databaseFile, archiveDir: location.archiveDir };
  // Kept query answers last until the writer next finishes something that may have committed.
  const answers = new ResultCache<KeptAnswer>();
  const writer: Writer = new WorkerLink('writer.worker', workerData, {
    onSettled: (request) => {
      if (writesStore(request)) answers.invalidate();
    },
    onStoreUpdate: options.onStoreUpdate,
    // The command line or another copy of the app imported or undid something: every view reads again.
    onChangedElsewhere: () => {
      answers.invalidate();
      dataChanged('imports');
    },
  });
  await writer.ready;
  const readerCount = Math.max(1, options.readers ?? Math.min(4, availableParallelism()));
  // A writer left running when no reader could start would keep the process alive with nothing to do.
  const readers = await ReaderPool.open(workerData, readerCount).catch(async (error: unknown) => {
    await writer.close();
    throw error;
  });
  const queries = new QueryExecutor(readers, answers, now);

  const listeners = new Set<(event: WorkstationEvent) => void>();
  const emit = (event: WorkstationEvent) => listeners.forEach((l) => l(event));
  const jobs = new JobRegistry(emit);
  const exports = new PreparedExports(join(location.dataDir, 'prepared-exports'));
  const staging = new StagingArea(join(location.dataDir, 'staging'));
  staging.removeLeftovers();
  // Statements landing in the drop folder import like any others, as jobs the UI sees progress of.
  // No one is there to be asked about an earlier import of the same period: keeping both would
  // double-count it, replacing would drop it unseen, so the statement is skipped and its outcome
  // names the import that covers its period; unless it is the folder's own file saved over, which
  // replaces what that file held (takeDroppedStatement).
  const dropFolder = new DropFolder({
    take: (path, replacing) =>
      takeDroppedStatement(
        {
          startImport: (file, onOverlap) => startImportJob([{ ...staging.addPath(file), onOverlap }], 'lenient'),
          finished: jobFinished,
        },
        path,
        replacing,
        now(),
      ),
    remember: (taken) => writer.request({ op: 'writeSetting', key: DROP_FOLDER_TAKEN_SETTING, value: taken }),
    rememberRecent: (recent) => writer.request({ op: 'writeSetting', key: DROP_FOLDER_RECENT_SETTING, value: recent }),
    pendingChanged: () => emit({ type: 'dropFolder:changed' }),
  }, { settleMs: options.dropFolderSettleMs, stillArrivingMs: options.dropFolderStillArrivingMs });
  /** A job's snapshot once it has ended; it cannot have ended before this is asked, as a job's work starts after a turn. */
  const jobFinished = (jobId: string) =>
    new Promise<JobSnapshot>((resolve) => {
      const listener = (event: WorkstationEvent) => {
        if (event.type !== 'job:finished' || event.job.jobId !== jobId) return;
        listeners.delete(listener);
        resolve(event.job);
      };
      listeners.add(listener);
    });
  let dataVersion = 0;
  let importsVersion = 0;
  /** Tells every view the store changed; `imports` when which imports there are, or what one holds, changed too. */
  const dataChanged = (what: 'imports' | 'figures') => {
    if (what === 'imports') importsVersion++;
    emit({ type: 'data:changed', dataVersion: ++dataVersion, importsVersion });
  };
  let reviewVersion = 0;
  /** Tells the views showing the review queue that it changed while no figure did. */
  const reviewChanged = () => emit({ type: 'review:changed', reviewVersion: ++reviewVersion });
  /** Imports staged files as one job, each told what to do about the earlier imports it meets. */
  function startImportJob(files: (StagedStatement & { onOverlap: OverlapChoice; formatId?: string; sheet?: string; checkedSha256?: string })[], mode: ImportStartRequest['mode']): JobRef {
    const paths = files.map((f) => f.path);
    return jobs.start('import', async (context) => {
      const perFile = await importEach(
        files.map((f) => ({ path: f.path, displayName: f.fileName, onOverlap: f.onOverlap, formatId: f.formatId, sheet: f.sheet, checkedSha256: f.checkedSha256 })),
        { mode },
        fileProgress(context, paths, importJobProgress, files.map((f) => f.fileName)),
        context.signal,
      );
      const stillStaged: string[] = [];
      files.forEach((f, i) => {
        const outcomes = perFile[i];
        // A file another window's import kept out is put back too, to import once that one is done.
        if (outcomes && !outcomes.some((o) => o.status === 'cancelled' || o.storeBusy)) {
          staging.release(f.stagedId);
          previewedOverlaps.delete(f.stagedId);
          previewedFiles.delete(f.stagedId);
        } else {
          stillStaged.push(f.stagedId);
        }
      });
      // A staged file's outcomes are named after the file the user picked, not its staging copy.
      const named = perFile.flatMap((outcomes, i) => outcomes.map((o) => ({ ...o, file: shownFile(o.file, files[i]!) })));
      // A cancelled run leaves the files it did not import staged, for the page to offer again.
      return { outcomes: named, stillStaged };
    });
  }
  /** The earlier imports each staged file's latest preview met: those its card may choose to replace. */
  const previewedOverlaps = new Map<string, OverlappingImport[]>();
  /** The SHA-256 of each staged file as its latest preview read it: the import takes only that file. */
  const previewedFiles = new Map<string, string>();
  const rememberPreviewed = (stagedId: string, outcomes: ImportOutcome[]) => {
    const sha256 = outcomes[0]?.fileSha256;
    if (sha256) previewedFiles.set(stagedId, sha256);
    else previewedFiles.delete(stagedId);
  };
  let closing: Promise<void> | null = null;

  const today = () => now().toISOString();

  interface FileToImport {
    path: string;
    displayName?: string;
    onOverlap?: OverlapChoice;
    /** The layout the user chose to read the file as; detection decides when unset. */
    formatId?: string;
    /** The one sheet of a workbook the user chose; the request's sheet (the CLI's `--sheet`) when unset. */
    sheet?: string;
    /** The file as its preview read it: one changed since is refused, not imported unseen. */
    checkedSha256?: string;
  }

  /**
   * One list of outcomes per file: a zip or a workbook yields one per statement inside it. The
   * run's outcomes are said as they stand at its end: a DSR report file's warning tells the files
   * of its report the run imported after it (withReportFilesOfRun).
   */
  async function importEach(
    files: FileToImport[],
    importOptions: ImportRequestOptions,
    onProgress?: (file: string, progress: ImportProgress) => void,
    signal?: AbortSignal,
  ): Promise<ImportOutcome[][]> {
    const perFile: ImportOutcome[][] = [];
    for (const file of files) {
      const outcomes = await writer.request(
        {
          op: 'importFile', path: file.path, mode: importOptions.mode, displayName: file.displayName, onOverlap: file.onOverlap ?? importOptions.onOverlap,
          sheet: file.sheet ?? importOptions.sheet, formatId: file.formatId,
          expectedFile: file.checkedSha256 === undefined ? undefined : {
            sha256: file.checkedSha256,
            changed: `${file.displayName ?? file.path} changed since it was checked; nothing was imported. Add it again to check it as it is now.`,
          },
        },
        { signal, onProgress: (p) => onProgress?.(file.path, p) },
      );
      perFile.push(outcomes);
      if (outcomes.some((o) => o.status === 'imported')) dataChanged('imports');
      if (signal?.aborted) break;
    }
    return withReportFilesOfRun(perFile);
  }

  async function importFiles(...args: Parameters<typeof importEach>): Promise<ImportOutcome[]> {
    return (await importEach(...args)).flat();
  }

  /**
   * Progress over several files, in the words `told` gives the file in hand: its own phase unless
   * told otherwise. Each file is named as the user knows it (`names`): a staged copy's own name has
   * its odd characters replaced. The files are imported in turn, so the statement bytes read in
   * those before the one in hand are what each last told.
   */
  function fileProgress(
    context: JobContext,
    paths: string[],
    told: typeof importJobProgress = importJobProgress,
    names: string[] = paths.map((p) => p.split(/[\\/]/).pop()!),
  ) {
    const index = new Map(paths.map((p, i) => [p, i]));
    const read = paths.map(() => 0);
    return (file: string, progress: ImportProgress) => {
      const at = index.get(file) ?? 0;
      read[at] = progress.statementBytes;
      const readBefore = read.slice(0, at).reduce((sum, bytes) => sum + bytes, 0);
      context.progress(told(progress, { at, files: paths.length, name: names[at]!, readBefore }));
    };
  }

  /** The demo's statements are written into the data folder, then imported like any others. */
  async function loadDemo(
    progressFor: (files: string[]) => ((file: string, progress: ImportProgress) => void) | undefined,
    signal?: AbortSignal,
  ) {
    const outDir = join(location.dataDir, 'demo-statements');
    const demo = await writer.request({ op: 'generateDemo', outDir, endMonth: demoEndMonth(now()) }, { signal });
    return importFiles(demo.files.map((path) => ({ path })), { mode: 'strict' }, progressFor(demo.files), signal);
  }

  /** A change of base currency, told as a job's progress and stopped by its signal when it runs as one. */
  async function setBaseCurrency(currency: string, job?: JobContext) {
    const result = await writer.request({ op: 'setBaseCurrency', currency }, { signal: job?.signal, onProgress: job && ((progress) => job.progress(progress)) });
    dataChanged('figures');
    return result;
  }

  /** The demo must load whole: one refused file fails the job, naming the file and line. */
  function summarise(outcomes: ImportOutcome[]) {
    const failed = outcomes.filter((o) => o.status === 'rejected' || o.status === 'failed');
    if (failed.length) throw new WorkstationError('rejected_input', failed[0]!.message, { outcomes });
    return { outcomes };
  }

  const core: WorkstationCore = {
    dataDir: location.dataDir,
    databaseFile: location.databaseFile,
    jobs,
    async info() {
      const summary = await readers.request({ op: 'storeSummary' });
      return {
        version: process.env.npm_package_version ?? '0.1.0',
        dataDir: location.dataDir,
        databaseFile: location.databaseFile,
        baseCurrency: summary.baseCurrency,
        isEmpty: summary.empty,
        dataVersion,
        importsVersion,
      };
    },
    importFiles: (paths, importOptions, onProgress) => importFiles(paths.map((path) => ({ path })), importOptions, onProgress),
    startImport(paths, importOptions) {
      return jobs.start('import', async (context) => ({
        outcomes: await importFiles(paths.map((path) => ({ path })), importOptions, fileProgress(context, paths), context.signal),
      }));
    },
    stagePaths: (paths) => paths.map((p) => stagedView(staging.addPath(p))),
    stageUpload: (fileName, bytes) => stagedView(staging.addUpload(fileName, bytes)),
    receiveUpload: async (fileName, body, maxBytes) => stagedView(await staging.receiveUpload(fileName, body, maxBytes)),
    async previewImport(stagedId, formatId, sheet) {
      const file = staging.get(stagedId);
      const outcomes = await writer.request({ op: 'importFile', path: file.path, mode: 'lenient', dryRun: true, displayName: file.fileName, formatId, sheet });
      const preview = toPreview(stagedId, file.fileName, outcomes);
      previewedOverlaps.set(stagedId, preview.overlaps);
      rememberPreviewed(stagedId, outcomes);
      return preview;
    },
    startStagedImport(request) {
      const files = request.files.map((f) => {
        const staged = staging.get(f.stagedId);
        const checkedSha256 = previewedFiles.get(f.stagedId);
        return { ...staged, onOverlap: overlapChoiceFor(f, staged.fileName, previewedOverlaps.get(f.stagedId)), formatId: f.formatId, sheet: f.sheet, checkedSha256 };
      });
      return startImportJob(files, request.mode);
    },
    inspectForMapping({ stagedId, ...overrides }) {
      return readers.request({ op: 'inspectRows', path: staging.get(stagedId).path, ...overrides });
    },
    async previewMapping(stagedId, mapping) {
      const file = staging.get(stagedId);
      const outcomes = await writer.request({
        op: 'importFile', path: file.path, mode: 'lenient', dryRun: true, displayName: file.fileName, sheet: mapping.sheet ?? undefined, mapping,
      });
      rememberPreviewed(stagedId, outcomes);
      return toPreview(stagedId, file.fileName, outcomes);
    },
    saveMapping: (name, mapping) => writer.request({ op: 'saveMapping', name, spec: mapping }),
    async renameMapping(mappingId, name) {
      const renamed = await writer.request({ op: 'renameMapping', mappingId, name });
      // The import history names imports read by a mapping after it.
      dataChanged('imports');
      return renamed;
    },
    deleteMapping: (mappingId) => writer.request({ op: 'deleteMapping', mappingId }),
    listMappings: () => readers.request({ op: 'listMappings' }),
    importHistory: () => readers.request({ op: 'importHistory' }),
    async undoImport(importId) {
      const result = await writer.request({ op: 'undoImport', importId });
      dataChanged('imports');
      return result;
    },
    async undoImportBringingBack(importId) {
      const result = await writer.request({ op: 'undoBringingBack', importId });
      dataChanged('imports');
      return result;
    },
    async readImportAgain(importId) {
      const result = await writer.request({ op: 'readAgain', importId });
      dataChanged('imports');
      return result;
    },
    writeStatementLines: (request, target) => readers.request({ op: 'writeLines', request, target, today: today() }),
    startLinesExport({ fileName, ...request }) {
      return jobs.start('export', async (context) => {
        const path = exports.newFilePath('csv');
        const ticket = readers.submit(
          { op: 'writeLines', request, target: { path, format: 'csv', csv: CsvOptions.parse({}) }, today: today() },
          { onProgress: ({ written, total }) => context.progress({ phase: 'writing statement lines', done: written, total }) },
        );
        // The reader writes in one synchronous pass and cannot hear a cancel: its thread is ended instead.
        const stop = () => ticket.stop(new WorkstationError('cancelled', 'The export was cancelled.'));
        context.signal.addEventListener('abort', stop, { once: true });
        try {
          return exports.addFile(fileName, path, await ticket.answer);
        } catch (error) {
          // A stopped reader may still be writing the file until its thread is gone, which a sort
          // (largest first) cannot hear of before it ends: the job ends now, the file goes then.
          void ticket.released.then(() => removeQuietly(path));
          throw error;
        } finally {
          context.signal.removeEventListener('abort', stop);
        }
      });
    },
    async exportQuarantine(importId) {
      const csv = await readers.request({ op: 'quarantineCsv', importId });
      return exports.addBytes(csv.fileName, csv.bytes, csv.rows);
    },
    quarantinedLines: (importId) => readers.request({ op: 'quarantinedLines', importId }),
    checkCorrections: (request) => writer.request({ op: 'checkCorrections', request }),
    async correctLines(request) {
      const outcome = await writer.request({ op: 'correctLines', request });
      if (outcome.corrected > 0) dataChanged('imports');
      return outcome;
    },
    async setAsideLines(choice) {
      const change = await writer.request({ op: 'setAsideLines', choice });
      if (change.changed > 0) dataChanged('imports');
      return change;
    },
    async bringBackLines(choice) {
      const change = await writer.request({ op: 'bringBackLines', choice });
      if (change.changed > 0) dataChanged('imports');
      return change;
    },
    async exportGaugeReadings(importId) {
      const csv = await readers.request({ op: 'gaugeReadingsCsv', importId });
      return exports.addBytes(csv.fileName, csv.bytes, csv.rows);
    },
    listFxRates: () => readers.request({ op: 'fxRates' }),
    async setFxRates(rates) {
      const result = await writer.request({ op: 'setFxRates', rates: rates.map((r) => ({ ...r, month: Number(r.month.replace('-', '')) })) });
      if (rewroteBaseAmounts(result)) dataChanged('figures');
      return result;
    },
    setBaseCurrency,
    startBaseCurrencyChange(currency) {
      return jobs.start('currency', (context) => setBaseCurrency(currency, context));
    },
    async importFxRatesCsv(csv) {
      let rates;
      try {
        rates = parseRatesCsv(csv);
      } catch (error) {
        throw new WorkstationError('rejected_input', `The rates file cannot be read: ${(error as Error).message}.`);
      }
      const result = await writer.request({ op: 'setFxRates', rates });
      if (rewroteBaseAmounts(result)) dataChanged('figures');
      return result;
    },
    listPlatforms: () => readers.request({ op: 'platforms' }),
    recordingsToReview: () => readers.request({ op: 'recordingsToReview' }),
    searchRecordings: (text) => readers.request({ op: 'searchRecordings', text }),
    async mergeRecording(recordingId, intoRecordingId) {
      const result = await writer.request({ op: 'mergeRecording', recordingId, intoRecordingId });
      dataChanged('figures');
      return result;
    },
    async keepRecording(recordingId) {
      await writer.request({ op: 'keepRecording', recordingId });
      reviewChanged();
    },
    async mergeArtist(artistId, intoArtistId) {
      const result = await writer.request({ op: 'mergeArtist', artistId, intoArtistId });
      dataChanged('figures');
      return result;
    },
    catalogueMerges: (kinds, limit) => readers.request({ op: 'merges', kinds, limit }),
    async undoMerge(mergeId) {
      const result = await writer.request({ op: 'undoMerge', mergeId });
      dataChanged('figures');
      return result;
    },
    startMergingRecordings(merges) {
      return jobs.start('merge', async (context) => {
        const phase = 'merging recordings';
        context.progress({ phase, done: 0, total: merges.length });
        const result = await writer.request({ op: 'mergeRecordings', merges }, { signal: context.signal, onProgress: ({ done, total }) => context.progress({ phase, done, total }) });
        if (result.merged.length > 0) dataChanged('figures');
        return result;
      });
    },
    startUndoingMerges(mergeIds) {
      return jobs.start('merge', async (context) => {
        const phase = 'undoing merges';
        context.progress({ phase, done: 0, total: mergeIds.length });
        const result = await writer.request({ op: 'undoMerges', mergeIds }, { signal: context.signal, onProgress: ({ done, total }) => context.progress({ phase, done, total }) });
        if (result.undone > 0) dataChanged('figures');
        return result;
      });
    },
    dropFolder: () => dropFolder.state(),
    async setDropFolder(folder) {
      const state = dropFolder.watch(folder);
      await writer.request({ op: 'writeSetting', key: DROP_FOLDER_SETTING, value: state.watching ? folder : null });
      return state;
    },
    async mergePlatform(platformId, intoPlatformId) {
      const result = await writer.request({ op: 'mergePlatform', platformId, intoPlatformId });
      dataChanged('figures');
      return result;
    },
    // A spelling moves no stored line, so no data:changed: only imports to come read it.
    addPlatformAlias: (platformId, alias) => writer.request({ op: 'addPlatformAlias', platformId, alias }),
    removePlatformAlias: (platformId, alias) => writer.request({ op: 'removePlatformAlias', platformId, alias }),
    loadDemo: (onProgress) => loadDemo(() => onProgress),
    startDemoLoad() {
      return jobs.start('demo', async (context) => {
        context.progress({ phase: 'writing demo statements', done: 0, total: null });
        return summarise(await loadDemo((files) => fileProgress(context, files, demoImportProgress), context.signal));
      });
    },
    runQuery: (spec, queryOptions) => queries.run(spec, queryOptions),
    runQueryArrow: (spec, queryOptions) => queries.runArrow(spec, queryOptions),
    cancelQuery: (slot, through) => queries.cancel(slot, through),
    renderCsv: (spec, csvOptions) => readers.request({ op: 'csv', spec, options: csvOptions, today: today() }),
    catalogueHealth: (request) => readers.request({ op: 'catalogueHealth', request, today: today() }),
    compareReleases: (request) => readers.request({ op: 'releaseComparison', request }),
    reconcileStatements: () => readers.request({ op: 'reconciliation' }),
    dataCompleteness: (request) => readers.request({ op: 'completeness', request, today: today() }),
    statementLines: (request) => readers.request({ op: 'statementLines', request, today: today() }),
    async createExport(request: ExportRequest): Promise<ExportFile> {
      const { bytes, rows } = await readers.request({ op: 'csv', spec: request.spec, options: request.csv, today: today() });
      return exports.addBytes(request.fileName, bytes, rows);
    },
    takeExport: (exportId) => exports.take(exportId),
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close() {
      closing ??= (async () => {
        // First, before anything is awaited: a file settling meanwhile would start an import on a closing store.
        dropFolder.watch(null);
        jobs.cancelAll();
        await jobs.settle();
        await readers.close();
        await writer.close();
        staging.clear();
        exports.close();
        listeners.clear();
      })();
      return closing;
    },
  };
  const savedFolder = await readers.request({ op: 'readSetting', key: DROP_FOLDER_SETTING });
  dropFolder.restore(
    await readers.request({ op: 'readSetting', key: DROP_FOLDER_TAKEN_SETTING }),
    await readers.request({ op: 'readSetting', key: DROP_FOLDER_RECENT_SETTING }),
  );
  if (savedFolder) dropFolder.watch(savedFolder);
  return core;
}
