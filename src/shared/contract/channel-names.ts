/**
 * Every channel of the workstation contract, with the name of the function the renderer calls.
 * Kept free of schemas so the sandboxed preload can import it without pulling in zod.
 * Adding a channel here is a reviewed change: test/unit/contract-surface.test.ts snapshots it.
 */
export const CHANNEL_METHODS = {
  'app:info': 'appInfo',
  'demo:load': 'loadDemo',
  'jobs:get': 'getJob',
  'jobs:cancel': 'cancelJob',
  'query:run': 'runQuery',
  'query:runArrow': 'runQueryArrow',
  'query:cancel': 'cancelQuery',
  'query:lines': 'statementLines',
  'export:create': 'createExport',
  'export:save': 'saveExport',
  'export:lines': 'exportStatementLines',
  'import:choose': 'chooseStatements',
  'import:stage': 'stageStatement',
  'import:preview': 'previewImport',
  'import:start': 'startImport',
  'import:history': 'importHistory',
  'import:undo': 'undoImport',
  'import:undoBringingBack': 'undoImportBringingBack',
  'import:quarantine': 'exportQuarantine',
  'import:quarantined': 'quarantinedLines',
  'import:checkCorrections': 'checkCorrections',
  'import:correctLines': 'correctLines',
  'import:setAsideLines': 'setAsideLines',
  'import:bringBackLines': 'bringBackLines',
  'import:readings': 'exportGaugeReadings',
  'fx:list': 'listFxRates',
  'fx:set': 'setFxRates',
  'fx:importCsv': 'importFxRatesCsv',
  'platforms:list': 'listPlatforms',
  'platforms:alias': 'aliasPlatform',
  'platforms:addAlias': 'addPlatformAlias',
  'platforms:removeAlias': 'removePlatformAlias',
  'catalogue:review': 'recordingsToReview',
  'catalogue:search': 'searchRecordings',
  'catalogue:merge': 'mergeRecording',
  'catalogue:keep': 'keepRecording',
  'catalogue:mergeArtist': 'mergeArtist',
  'catalogue:merges': 'catalogueMerges',
  'catalogue:undoMerge': 'undoMerge',
  'catalogue:mergeMany': 'mergeRecordings',
  'catalogue:undoMerges': 'undoMerges',
  'dropFolder:get': 'dropFolder',
  'dropFolder:choose': 'chooseDropFolder',
  'dropFolder:set': 'setDropFolder',
  'mapping:inspect': 'inspectForMapping',
  'mapping:preview': 'previewMapping',
  'mapping:save': 'saveMapping',
  'mapping:list': 'listMappings',
  'mapping:rename': 'renameMapping',
  'mapping:delete': 'deleteMapping',
  'analytics:catalogueHealth': 'catalogueHealth',
  'analytics:releaseComparison': 'compareReleases',
  'analytics:reconciliation': 'reconcileStatements',
  'analytics:completeness': 'dataCompleteness',
} as const;

export type ChannelName = keyof typeof CHANNEL_METHODS;
export type MethodName = (typeof CHANNEL_METHODS)[ChannelName];

export const CHANNEL_NAMES = Object.keys(CHANNEL_METHODS) as ChannelName[];

/** The single IPC channel events travel on, main → renderer. */
export const EVENT_CHANNEL = 'workstation:event';
