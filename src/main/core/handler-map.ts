import { z } from 'zod';
import { CHANNEL_NAMES, type ChannelName } from '../../shared/contract/channel-names';
import { CHANNELS, type ChannelOutput, type ChannelParsedInput, type ExportSaveOutcome } from '../../shared/contract/channels';
import { describeZodError, WorkstationError, type Envelope } from '../../shared/contract/envelope';
import { logger } from '../diagnostics/logger';
import type { PreparedExport } from '../export/prepared-exports';
import { droppedStatementPath } from './dropped-statement-path';
import type { WorkstationCore } from './workstation-core';

export type Handler<K extends ChannelName> = (input: ChannelParsedInput<K>) => Promise<ChannelOutput<K>>;

/** The handler map is the contract's implementation: one function per channel, typed from it. */
export type HandlerMap = { [K in ChannelName]: Handler<K> };

/** What differs between the desktop shell and the browser bridge. */
export interface ShellHooks {
  shell: 'electron' | 'browser';
  /** Electron asks where to save; the bridge hands out a one-time download URL. */
  saveExport(file: PreparedExport): Promise<ExportSaveOutcome>;
  /** Electron's open dialog; the browser has no file paths to give (it uploads instead). */
  chooseStatementPaths(): Promise<string[]>;
  /** Electron's folder dialog; null when the user cancels. */
  chooseFolder(): Promise<string | null>;
}

export function createHandlers(core: WorkstationCore, hooks: ShellHooks): HandlerMap {
  return {
    'app:info': async () => ({ ...(await core.info()), shell: hooks.shell }),
    'demo:load': async () => core.startDemoLoad(),
    'jobs:get': async ({ jobId }) => core.jobs.snapshot(jobId),
    'jobs:cancel': async ({ jobId }) => ({ cancelled: core.jobs.cancel(jobId) }),
    'query:run': async ({ spec, slot, sequence }) => core.runQuery(spec, { slot, sequence }),
    'query:runArrow': async ({ spec, slot, sequence }) => core.runQueryArrow(spec, { slot, sequence }),
    'query:cancel': async ({ slot, through }) => ({ cancelled: core.cancelQuery(slot, through) }),
    'export:create': async (request) => core.createExport(request),
    'export:save': async ({ exportId }) => hooks.saveExport(core.takeExport(exportId)),
    'import:choose': async () => ({ files: core.stagePaths(await hooks.chooseStatementPaths()) }),
    'import:stage': async ({ fileName, contentBase64 }) => core.stageUpload(fileName, Buffer.from(contentBase64, 'base64')),
    // Read in place, as a picked file is; the browser bridge never lets this channel through.
    'import:stageDropped': async ({ path }) => core.stagePaths([droppedStatementPath(path)])[0]!,
    'import:preview': async ({ stagedId, formatId, sheet }) => core.previewImport(stagedId, formatId, sheet),
    'import:start': async (request) => core.startStagedImport(request),
    'import:history': async () => ({ imports: await core.importHistory() }),
    'import:undo': async ({ importId }) => core.undoImport(importId),
    'import:undoBringingBack': async ({ importId }) => core.undoImportBringingBack(importId),
    'import:readAgain': async ({ importId }) => core.readImportAgain(importId),
    'import:quarantine': async ({ importId }) => core.exportQuarantine(importId),
    'import:quarantined': async ({ importId }) => core.quarantinedLines(importId),
    'import:checkCorrections': async (request) => core.checkCorrections(request),
    'import:correctLines': async (request) => core.correctLines(request),
    'import:setAsideLines': async (choice) => core.setAsideLines(choice),
    'import:bringBackLines': async (choice) => core.bringBackLines(choice),
    'import:readings': async ({ importId }) => core.exportGaugeReadings(importId),
    'fx:list': async () => core.listFxRates(),
    'fx:set': async ({ rates }) => core.setFxRates(rates),
    'fx:changeBaseCurrency': async ({ currency }) => core.startBaseCurrencyChange(currency),
    'fx:importCsv': async ({ csv }) => core.importFxRatesCsv(csv),
    'platforms:list': async () => ({ platforms: await core.listPlatforms() }),
    'platforms:alias': async ({ platformId, intoPlatformId }) => core.mergePlatform(platformId, intoPlatformId),
    'platforms:addAlias': async ({ platformId, alias }) => core.addPlatformAlias(platformId, alias),
    'platforms:removeAlias': async ({ platformId, alias }) => core.removePlatformAlias(platformId, alias),
    'catalogue:review': async () => ({ recordings: await core.recordingsToReview() }),
    'catalogue:search': async ({ text }) => ({ recordings: await core.searchRecordings(text) }),
    'catalogue:merge': async ({ recordingId, intoRecordingId }) => core.mergeRecording(recordingId, intoRecordingId),
    'catalogue:mergeArtist': async ({ artistId, intoArtistId }) => core.mergeArtist(artistId, intoArtistId),
    'catalogue:merges': ({ kinds, limit }) => core.catalogueMerges(kinds, limit),
    'catalogue:undoMerge': async ({ mergeId }) => core.undoMerge(mergeId),
    'catalogue:mergeMany': async ({ merges }) => core.startMergingRecordings(merges),
    'catalogue:undoMerges': async ({ mergeIds }) => core.startUndoingMerges(mergeIds),
    'catalogue:keep': async ({ recordingId }) => {
      await core.keepRecording(recordingId);
      return { kept: true as const };
    },
    'dropFolder:get': async () => core.dropFolder(),
    'dropFolder:choose': async () => {
      const folder = await hooks.chooseFolder();
      return folder === null ? core.dropFolder() : core.setDropFolder(folder);
    },
    'dropFolder:set': async ({ folder }) => core.setDropFolder(folder),
    'mapping:inspect': async (request) => core.inspectForMapping(request),
    'mapping:preview': async ({ stagedId, mapping }) => core.previewMapping(stagedId, mapping),
    'mapping:save': async ({ name, mapping }) => core.saveMapping(name, mapping),
    'mapping:list': async () => ({ mappings: await core.listMappings() }),
    'mapping:rename': async ({ mappingId, name }) => core.renameMapping(mappingId, name),
    'mapping:delete': async ({ mappingId }) => core.deleteMapping(mappingId),
    'analytics:catalogueHealth': async (request) => core.catalogueHealth(request),
    'analytics:releaseComparison': async (request) => core.compareReleases(request),
    'analytics:reconciliation': async () => core.reconcileStatements(),
    'analytics:completeness': async (request) => core.dataCompleteness(request),
    'query:lines': async (request) => core.statementLines(request),
    'export:lines': async (request) => core.startLinesExport(request),
  };
}

/**
 * The one door every transport goes through: validate the input against the channel's schema,
 * run the handler, and answer with an envelope whose error a person can read.
 */
export async function invokeChannel(handlers: HandlerMap, channel: string, rawInput: unknown): Promise<Envelope<unknown>> {
  if (!Object.hasOwn(CHANNELS, channel)) {
    return { ok: false, error: { code: 'not_found', message: `There is no channel named "${channel}".` } };
  }
  const name = channel as ChannelName;
  const parsed = CHANNELS[name].input.safeParse(rawInput ?? {});
  if (!parsed.success) {
    return { ok: false, error: { code: 'invalid_input', message: `Invalid request for ${name}: ${describeZodError(parsed.error)}` } };
  }
  try {
    const handler = handlers[name] as (input: unknown) => Promise<unknown>;
    return { ok: true, value: await handler(parsed.data) };
  } catch (error) {
    if (error instanceof WorkstationError) return { ok: false, error: error.toShape() };
    if (error instanceof z.ZodError) {
      return { ok: false, error: { code: 'invalid_input', message: describeZodError(error) } };
    }
    logger.error(`channel ${name} failed`, error);
    return { ok: false, error: { code: 'internal', message: 'Something went wrong inside the workstation; the details are in the log.' } };
  }
}

export { CHANNEL_NAMES };
