/**
 * Every channel the renderer calls, with the name of its function (those only the desktop
 * preload sends are DESKTOP_ONLY_CHANNELS, below).
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
  'import:readAgain': 'readImportAgain',
  'import:quarantine': 'exportQuarantine',
  'import:quarantined': 'quarantinedLines',
  'import:checkCorrections': 'checkCorrections',
  'import:correctLines': 'correctLines',
  'import:setAsideLines': 'setAsideLines',
  'import:bringBackLines': 'bringBackLines',
  'import:readings': 'exportGaugeReadings',
  'fx:list': 'listFxRates',
  'fx:set': 'setFxRates',
  'fx:changeBaseCurrency': 'changeBaseCurrency',
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

/**
 * Channels no page method sends as they are: the desktop preload sends them from methods of its
 * own. `import:stageDropped` carries the path of a file dropped on the window, which the preload
 * asks Electron for; the page never holds a path it did not get from a dialog. The browser bridge
 * refuses them (a browser uploads a dropped file instead).
 */
export const DESKTOP_ONLY_CHANNELS = ['import:stageDropped'] as const;

/** A channel the page calls through its method of the same row of CHANNEL_METHODS. */
export type PageChannelName = keyof typeof CHANNEL_METHODS;
export type DesktopOnlyChannelName = (typeof DESKTOP_ONLY_CHANNELS)[number];
/** Every channel the main process handles. */
export type ChannelName = PageChannelName | DesktopOnlyChannelName;
export type MethodName = (typeof CHANNEL_METHODS)[PageChannelName];

export const CHANNEL_NAMES: ChannelName[] = [...(Object.keys(CHANNEL_METHODS) as PageChannelName[]), ...DESKTOP_ONLY_CHANNELS];

export function isDesktopOnlyChannel(channel: string): channel is DesktopOnlyChannelName {
  return (DESKTOP_ONLY_CHANNELS as readonly string[]).includes(channel);
}

/** The single IPC channel events travel on, main → renderer. */
export const EVENT_CHANNEL = 'workstation:event';
