import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNEL_METHODS, CHANNEL_NAMES, DESKTOP_ONLY_CHANNELS } from '../../../src/shared/contract/channel-names';
import { CHANNELS } from '../../../src/shared/contract/channels';
import { startWebBridge, type WebBridge } from '../../../src/main/bridge/web-bridge';
import { buildWorkstationApi } from '../../../src/preload/workstation-bridge';
import { createBridgeApi } from '../../../src/renderer/src/api/bridge-transport';
import { tempDataFolder } from '../../support/temp-store';

/**
 * The exposed surface, reviewed: adding or renaming a channel changes this snapshot, and the
 * Electron preload and the browser bridge must then both offer exactly the same set, but for the
 * preload's method for a dropped file, which sends the one desktop-only channel.
 */
describe('contract surface', () => {
  it('is this list of channels and renderer methods', () => {
    expect(CHANNEL_METHODS).toMatchInlineSnapshot(`
      {
        "analytics:catalogueHealth": "catalogueHealth",
        "analytics:completeness": "dataCompleteness",
        "analytics:reconciliation": "reconcileStatements",
        "analytics:releaseComparison": "compareReleases",
        "app:info": "appInfo",
        "catalogue:keep": "keepRecording",
        "catalogue:merge": "mergeRecording",
        "catalogue:mergeArtist": "mergeArtist",
        "catalogue:mergeMany": "mergeRecordings",
        "catalogue:merges": "catalogueMerges",
        "catalogue:review": "recordingsToReview",
        "catalogue:search": "searchRecordings",
        "catalogue:undoMerge": "undoMerge",
        "catalogue:undoMerges": "undoMerges",
        "demo:load": "loadDemo",
        "dropFolder:choose": "chooseDropFolder",
        "dropFolder:get": "dropFolder",
        "dropFolder:set": "setDropFolder",
        "export:create": "createExport",
        "export:lines": "exportStatementLines",
        "export:save": "saveExport",
        "fx:changeBaseCurrency": "changeBaseCurrency",
        "fx:importCsv": "importFxRatesCsv",
        "fx:list": "listFxRates",
        "fx:set": "setFxRates",
        "import:bringBackLines": "bringBackLines",
        "import:checkCorrections": "checkCorrections",
        "import:choose": "chooseStatements",
        "import:correctLines": "correctLines",
        "import:history": "importHistory",
        "import:preview": "previewImport",
        "import:quarantine": "exportQuarantine",
        "import:quarantined": "quarantinedLines",
        "import:readAgain": "readImportAgain",
        "import:readings": "exportGaugeReadings",
        "import:setAsideLines": "setAsideLines",
        "import:stage": "stageStatement",
        "import:start": "startImport",
        "import:undo": "undoImport",
        "import:undoBringingBack": "undoImportBringingBack",
        "jobs:cancel": "cancelJob",
        "jobs:get": "getJob",
        "mapping:delete": "deleteMapping",
        "mapping:inspect": "inspectForMapping",
        "mapping:list": "listMappings",
        "mapping:preview": "previewMapping",
        "mapping:rename": "renameMapping",
        "mapping:save": "saveMapping",
        "platforms:addAlias": "addPlatformAlias",
        "platforms:alias": "aliasPlatform",
        "platforms:list": "listPlatforms",
        "platforms:removeAlias": "removePlatformAlias",
        "query:cancel": "cancelQuery",
        "query:lines": "statementLines",
        "query:run": "runQuery",
        "query:runArrow": "runQueryArrow",
      }
    `);
    // A page never sends these as they are: the preload does, from a method of its own.
    expect(DESKTOP_ONLY_CHANNELS).toEqual(['import:stageDropped']);
    expect(Object.keys(CHANNELS).sort()).toEqual([...CHANNEL_NAMES].sort());
    expect([...CHANNEL_NAMES].sort()).toEqual([...Object.keys(CHANNEL_METHODS), ...DESKTOP_ONLY_CHANNELS].sort());
  });

  it('the preload exposes one function per page channel, each calling its own channel, the dropped-file method and onEvent', async () => {
    const called: string[] = [];
    const api = buildWorkstationApi(
      async (channel) => {
        called.push(channel);
        return { ok: true, value: null };
      },
      () => () => undefined,
      () => '/home/label/statements/march.tsv',
    );
    expect(Object.keys(api).sort()).toEqual([...Object.values(CHANNEL_METHODS), 'stageDroppedStatement', 'onEvent'].sort());
    for (const [channel, method] of Object.entries(CHANNEL_METHODS)) {
      await (api[method] as (input?: unknown) => Promise<unknown>)({});
      expect(called.at(-1)).toBe(channel);
    }
    await api.stageDroppedStatement?.(new File(['Reporting Date\n'], 'march.tsv'));
    expect(called.at(-1)).toBe('import:stageDropped');
  });

  describe('the browser bridge', () => {
    let folder: ReturnType<typeof tempDataFolder>;
    let bridge: WebBridge;
    const realFetch = globalThis.fetch;

    beforeAll(async () => {
      folder = tempDataFolder('tunemantra-surface-');
      const ui = mkdtempSync(join(tmpdir(), 'tunemantra-ui-'));
      writeFileSync(join(ui, 'index.html'), '<!doctype html>');
      bridge = await startWebBridge({ location: folder.location, staticDir: ui, readers: 1 });
      // The renderer's client uses page-relative URLs; here the page's origin is the real bridge's.
      globalThis.fetch = ((url: string, init?: RequestInit) => realFetch(`${bridge.origin}${url}`, init)) as typeof fetch;
    });
    afterAll(async () => {
      globalThis.fetch = realFetch;
      await bridge.close();
      folder.remove();
    });

    it('offers the same methods as the preload but the dropped-file one, and the server knows every channel behind them', async () => {
      const api = createBridgeApi(bridge.token);
      expect(Object.keys(api).sort()).toEqual([...Object.values(CHANNEL_METHODS), 'onEvent'].sort());
      for (const [channel, method] of Object.entries(CHANNEL_METHODS)) {
        if (channel === 'demo:load') continue; // a lasting effect; exercised by the bridge and e2e tests
        const reply = (await (api[method] as (input?: unknown) => Promise<{ ok: boolean; error?: { message: string } }>)({})) ;
        expect(reply.error?.message ?? '', channel).not.toMatch(/no channel named/);
      }
    });
  });
});
