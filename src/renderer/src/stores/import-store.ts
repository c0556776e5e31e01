import { create } from 'zustand';
import type { WorkstationEvent } from '../../../shared/contract/events';
import type { ImportPreview, ImportStartRequest, StagedFile } from '../../../shared/contract/imports';
import type { JobProgress, JobSnapshot } from '../../../shared/contract/jobs';
import type { WorkstationApi } from '../../../shared/contract/workstation-api';
import { stageUpload } from '../api/stage-upload';
import { formatChoiceOf, type FormatChoice } from '../pages/import/format-choice';
import { readImportJob, type ImportRunResult } from '../pages/import/import-outcomes';
import type { Pace } from '../../../shared/jobs/pace';
import { paceAfter } from '../pages/import/import-speed';
import { overlapChoiceSent, overlapsToAnswerText, replacedImportsSent, type OverlapAnswer } from '../pages/import/overlap-answers';
import { sheetChoiceOf } from '../pages/import/sheet-choice';
import { pickedTwiceOf, type PickedTwice } from '../pages/import/picked-twice';
import { overlapQuestions, sendableEntries } from '../pages/import/staged-overlaps';
import { replacedBelow } from '../pages/import/replaced-below';
import { recheckedByItself } from '../pages/import/stale-check';
import { stillStagedAfter } from '../pages/import/still-staged';
import { useAppStore } from './app-store';

export type ImportMode = ImportStartRequest['mode'];

/** One file on its way in: uploaded (browser only), then checked by a dry-run import. */
export interface StagedEntry {
  key: string;
  fileName: string;
  byteLength: number | null;
  phase: 'uploading' | 'checking' | 'checked' | 'failed';
  stagedId: string | null;
  preview: ImportPreview | null;
  /** Why the file could not be uploaded or checked. */
  error: string | null;
  /** What to do about earlier imports or files above of the same period: the user's answer, null until given. */
  overlapAnswer: OverlapAnswer | null;
  /** The layouts that fit the file equally well, from its preview without a chosen layout. */
  formatChoice: FormatChoice | null;
  /** The layout the user chose to read the file as; null lets detection decide. */
  formatId: string | null;
  /** A workbook's statement sheets, from its preview of them all; null unless there are several. */
  sheetChoice: string[] | null;
  /** The one sheet the user chose to import; null imports every statement sheet. */
  sheet: string | null;
  /** The imports version (see useAppStore) its preview was asked at: a change of imports since may have made it stale. */
  checkedVersion: number | null;
  /** How much of the file has reached the workstation while it uploads, when the browser tells. */
  sentBytes?: number;
}

export type ImportRun =
  | { phase: 'idle' }
  | { phase: 'starting' }
  | {
      phase: 'running' | 'cancelling';
      jobId: string;
      progress: JobProgress | null;
      /** Where the read speed is measured from. */
      pace: Pace;
      /** When the latest progress arrived, which the read speed is measured to. */
      progressMs: number;
      /** The sizes of the files sent, in the order sent. */
      sizes: number[];
      mode: ImportMode;
      /** Files not sent as picked twice: left off the page with the files sent, and told in the summary. */
      pickedTwice: PickedTwice[];
      /** The cards of the files sent, as they were: those a cancel leaves unimported go back on the page. */
      sent: StagedEntry[];
      /** Files not sent as a file sent below replaces them: told in the summary, and put back with it after a cancel. */
      replaced: ReplacedInRun[];
      /** The keys of the cards taken off the page, in their order there. */
      order: string[];
    }
  | {
      phase: 'finished';
      result: ImportRunResult;
      mode: ImportMode;
      pickedTwice: PickedTwice[];
      replaced: ReplacedInRun[];
      /** Files a cancel left unimported, put back under Files to import. */
      putBack: number;
    };

/** What a run took off the page, to tell in its summary and put back after a cancel. */
type RunCards = Pick<Extract<ImportRun, { phase: 'running' | 'cancelling' }>, 'mode' | 'pickedTwice' | 'sent' | 'replaced' | 'order'>;

/** A file above not sent, as the file below it that replaces it was. */
export interface ReplacedInRun {
  entry: StagedEntry;
  /** The file sent that replaces it. */
  by: { key: string; fileName: string };
}

interface ImportState {
  entries: StagedEntry[];
  mode: ImportMode;
  run: ImportRun;
  /** A page-level failure: the dialog would not open, the import would not start. */
  notice: string | null;
  /** Moves when a cancelled run puts cards back: they may have been checked before the run changed the store. */
  restored: number;
  addUploads(api: WorkstationApi, files: readonly File[]): Promise<void>;
  chooseFiles(api: WorkstationApi): Promise<void>;
  remove(key: string): void;
  setOverlap(key: string, answer: OverlapAnswer): void;
  /** Reads the file as another layout that fits it (null: the detected one) and checks it again. */
  readAs(api: WorkstationApi, key: string, formatId: string | null): Promise<void>;
  /** Imports one sheet of a workbook (null: every statement sheet) and checks it again. */
  chooseSheet(api: WorkstationApi, key: string, sheet: string | null): Promise<void>;
  /** Checks a staged file again, e.g. once a column mapping that reads it was saved. */
  recheck(api: WorkstationApi, key: string): Promise<void>;
  /** Checks again each checked file whose preview was asked before the store's latest change. */
  checkStaleAgain(api: WorkstationApi, importsVersion: number): Promise<void>;
  setMode(mode: ImportMode): void;
  start(api: WorkstationApi): Promise<void>;
  cancel(api: WorkstationApi): Promise<void>;
  dismissSummary(): void;
  handleEvent(event: WorkstationEvent): void;
}

/** Files the import button sends in this mode, in the order they are imported: none a file below replaces whole. */
export function importableEntries(entries: readonly StagedEntry[], mode: ImportMode): StagedEntry[] {
  const replaced = replacedBelow(entries, mode);
  return sendableEntries(entries, mode).filter((entry) => !replaced.has(entry.key));
}

let keyCounter = 0;
const nextKey = () => `staged-${++keyCounter}`;

export const useImportStore = create<ImportState>()((set, get) => {
  function patch(key: string, change: Partial<StagedEntry>): void {
    set((state) => ({ entries: state.entries.map((entry) => (entry.key === key ? { ...entry, ...change } : entry)) }));
  }

  function newEntry(fileName: string, byteLength: number | null, phase: StagedEntry['phase']): StagedEntry {
    return {
      key: nextKey(), fileName, byteLength, phase, stagedId: null, preview: null, error: null, overlapAnswer: null, formatChoice: null, formatId: null,
      sheetChoice: null, sheet: null, checkedVersion: null,
    };
  }

  async function check(api: WorkstationApi, key: string, staged: StagedFile, formatId: string | null = null, sheet: string | null = null): Promise<void> {
    patch(key, { phase: 'checking', stagedId: staged.stagedId, byteLength: staged.byteLength });
    const version = useAppStore.getState().importsVersion;
    const answer = await api.previewImport({ stagedId: staged.stagedId, ...(formatId === null ? {} : { formatId }), ...(sheet === null ? {} : { sheet }) });
    // A preview for a layout or a sheet the user has since changed away from is stale.
    const current = get().entries.find((entry) => entry.key === key);
    if (current?.formatId !== formatId || current?.sheet !== sheet) return;
    if (!answer.ok) {
      patch(key, { phase: 'failed', error: answer.error.message });
      return;
    }
    // The answer stays: it holds only while the new preview asks the same question (`answerTo`).
    const checked: Partial<StagedEntry> = { phase: 'checked', preview: answer.value, checkedVersion: version };
    const choices = formatId === null ? { ...checked, formatChoice: formatChoiceOf(answer.value) } : checked;
    patch(key, formatId === null && sheet === null ? { ...choices, sheetChoice: sheetChoiceOf(answer.value) } : choices);
    // The store changed while the file was being checked: the preview may already be stale.
    const now = useAppStore.getState().importsVersion;
    if (recheckedByItself({ phase: 'checked', byteLength: staged.byteLength, checkedVersion: version }, now)) await get().recheck(api, key);
  }

  function finish(job: JobSnapshot, { mode, pickedTwice, sent, replaced, order }: RunCards): void {
    if (job.status === 'running') return;
    const left = stillStagedAfter(job, sent.map((entry) => entry.stagedId!));
    const sentBack = new Set(sent.filter((entry) => left.has(entry.stagedId!)).map((entry) => entry.key));
    // A file not sent goes back with the file below that would have replaced it, above it as before.
    const back = [...sent, ...replaced.map((file) => file.entry)]
      .filter((entry) => sentBack.has(entry.key) || replaced.some((file) => file.entry.key === entry.key && sentBack.has(file.by.key)));
    back.sort((a, b) => order.indexOf(a.key) - order.indexOf(b.key));
    set((state) => ({
      run: { phase: 'finished', result: readImportJob(job), mode, pickedTwice, replaced, putBack: back.length },
      // Above the files picked since: they were picked before them, and are imported first.
      entries: back.length > 0 ? [...back, ...state.entries] : state.entries,
      restored: back.length > 0 ? state.restored + 1 : state.restored,
    }));
  }

  function isOurJob(jobId: string): boolean {
    const { run } = get();
    return (run.phase === 'running' || run.phase === 'cancelling') && run.jobId === jobId;
  }

  return {
    entries: [],
    mode: 'lenient',
    run: { phase: 'idle' },
    notice: null,
    restored: 0,

    async addUploads(api, files) {
      const added = files.map((file) => ({ file, entry: newEntry(file.name, file.size, 'uploading') }));
      set((state) => ({ entries: [...state.entries, ...added.map(({ entry }) => entry)], notice: null }));
      // One upload at a time, so the first file is checked soonest; checks run alongside.
      const checks: Promise<void>[] = [];
      for (const { file, entry } of added) {
        const onPage = (entries: readonly StagedEntry[]) => entries.some((candidate) => candidate.key === entry.key);
        if (!onPage(get().entries)) continue;
        // A card removed while its file uploads stops the upload; the workstation keeps nothing of it.
        const upload = new AbortController();
        const stopWhenRemoved = useImportStore.subscribe((state) => {
          if (!onPage(state.entries)) upload.abort();
        });
        // The card moves by whole percents: a render per progress event would be wasted on a large file.
        let shownPercent = -1;
        const sent = (bytes: number) => {
          const percent = file.size > 0 ? Math.floor((bytes / file.size) * 100) : 100;
          if (percent === shownPercent) return;
          shownPercent = percent;
          patch(entry.key, { sentBytes: bytes });
        };
        const staged = await stageUpload(api, file, sent, upload.signal);
        stopWhenRemoved();
        if (staged.ok) checks.push(check(api, entry.key, staged.value));
        else patch(entry.key, { phase: 'failed', error: staged.error.message });
      }
      await Promise.all(checks);
    },

    async chooseFiles(api) {
      set({ notice: null });
      const answer = await api.chooseStatements();
      if (!answer.ok) {
        set({ notice: answer.error.message });
        return;
      }
      const added = answer.value.files.map((staged) => ({ staged, entry: newEntry(staged.fileName, staged.byteLength, 'checking') }));
      set((state) => ({ entries: [...state.entries, ...added.map(({ entry }) => entry)] }));
      await Promise.all(added.map(({ staged, entry }) => check(api, entry.key, staged)));
    },

    remove(key) {
      set((state) => ({ entries: state.entries.filter((entry) => entry.key !== key) }));
    },

    setOverlap(key, overlapAnswer) {
      patch(key, { overlapAnswer });
    },

    async readAs(api, key, formatId) {
      patch(key, { formatId });
      await get().recheck(api, key);
    },

    async chooseSheet(api, key, sheet) {
      patch(key, { sheet });
      await get().recheck(api, key);
    },

    async recheck(api, key) {
      const entry = get().entries.find((candidate) => candidate.key === key);
      if (!entry?.stagedId) return;
      await check(api, key, { stagedId: entry.stagedId, fileName: entry.fileName, byteLength: entry.byteLength ?? 0 }, entry.formatId, entry.sheet);
    },

    async checkStaleAgain(api, importsVersion) {
      const stale = get().entries.filter((entry) => recheckedByItself(entry, importsVersion));
      await Promise.all(stale.map((entry) => get().recheck(api, entry.key)));
    },

    setMode(mode) {
      set({ mode });
    },

    async start(api) {
      const { entries, mode } = get();
      const sending = importableEntries(entries, mode);
      const questions = overlapQuestions(entries, mode);
      if (sending.length === 0 || overlapsToAnswerText(sending, questions) !== null || get().run.phase === 'starting') return;
      set({ run: { phase: 'starting' }, notice: null });
      const started = await api.startImport({
        files: sending.map((entry) => ({
          stagedId: entry.stagedId!,
          onOverlap: overlapChoiceSent(questions.get(entry.key), entry.overlapAnswer),
          replace: replacedImportsSent(questions.get(entry.key), entry.overlapAnswer),
          ...(entry.formatId === null ? {} : { formatId: entry.formatId }),
          ...(entry.sheet === null ? {} : { sheet: entry.sheet }),
        })),
        mode,
      });
      if (!started.ok) {
        set({ run: { phase: 'idle' }, notice: `The import did not start: ${started.error.message}` });
        return;
      }
      const { jobId } = started.value;
      const twice = pickedTwiceOf(entries, mode);
      const pickedTwice = [...twice.values()];
      const replacedBy = replacedBelow(entries, mode);
      const replaced = entries.flatMap((entry) => {
        const by = replacedBy.get(entry.key);
        return by ? [{ entry, by }] : [];
      });
      const gone = new Set([...sending.map((entry) => entry.key), ...twice.keys(), ...replacedBy.keys()]);
      const cards: RunCards = { mode, pickedTwice, sent: sending, replaced, order: entries.filter((entry) => gone.has(entry.key)).map((entry) => entry.key) };
      const now = Date.now();
      set((state) => ({
        entries: state.entries.filter((entry) => !gone.has(entry.key)),
        run: { phase: 'running', jobId, progress: null, pace: { fromMs: now, fromDone: 0, fromStatementBytes: 0 }, progressMs: now, sizes: sending.map((entry) => entry.byteLength ?? 0), ...cards },
      }));
      // A short import can finish before its id reached us, so its events went unclaimed: ask once.
      const snapshot = await api.getJob({ jobId });
      if (snapshot.ok && isOurJob(jobId)) finish(snapshot.value, cards);
    },

    async cancel(api) {
      const { run } = get();
      if (run.phase !== 'running') return;
      set({ run: { ...run, phase: 'cancelling' } });
      const answer = await api.cancelJob({ jobId: run.jobId });
      if (!answer.ok && isOurJob(run.jobId)) set({ run: { ...run, phase: 'running' }, notice: `The import could not be cancelled: ${answer.error.message}` });
    },

    dismissSummary() {
      if (get().run.phase === 'finished') set({ run: { phase: 'idle' } });
    },

    handleEvent(event) {
      const { run } = get();
      if (run.phase !== 'running' && run.phase !== 'cancelling') return;
      if (event.type === 'job:progress' && event.progress.jobId === run.jobId) {
        const now = Date.now();
        set({ run: { ...run, progress: event.progress, pace: paceAfter(run.pace, run.progress, event.progress, now), progressMs: now } });
      }
      if (event.type === 'job:finished' && event.job.jobId === run.jobId) finish(event.job, run);
    },
  };
});
