import { existsSync, mkdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { openWorkstationCore } from '../../../src/main/core/open-workstation-core';
import type { WorkstationCore } from '../../../src/main/core/workstation-core';
import { DISTROKID_13_HEADER, distroKidLine, tempDataFolder } from '../../support/temp-store';

/**
 * The app and the CLI may open one data folder at the same time: a core that opens leaves the
 * other's uploads alone, and takes away only an upload a crash left a day or more ago.
 */
let folder: ReturnType<typeof tempDataFolder>;
let app: WorkstationCore;
beforeEach(async () => {
  folder = tempDataFolder('tunemantra-staging-');
  app = await openWorkstationCore({ location: folder.location, readers: 1 });
});
afterEach(async () => {
  await app.close();
  folder.remove();
});

const statement = `${[DISTROKID_13_HEADER, distroKidLine({ saleMonth: '2024-03', store: 'Spotify', title: 'Luz', isrc: 'ESA012400001', qty: 2, earnings: '1.25' })].join('\n')}\n`;

it("keeps the app's staged upload when another core opens the same data folder, and removes a day-old leftover", async () => {
  const staging = join(folder.location.dataDir, 'staging');
  const leftover = join(staging, 'from-a-crash');
  mkdirSync(leftover, { recursive: true });
  writeFileSync(join(leftover, 'old.csv'), statement);
  const twoDaysAgo = new Date(Date.now() - 2 * 24 * 60 * 60 * 1000);
  utimesSync(leftover, twoDaysAgo, twoDaysAgo);

  const staged = app.stageUpload('march.tsv', new TextEncoder().encode(statement));
  const cli = await openWorkstationCore({ location: folder.location, readers: 1 });
  await cli.close();

  expect(existsSync(leftover)).toBe(false);
  const preview = await app.previewImport(staged.stagedId);
  expect(preview).toMatchObject({ status: 'ready', lines: 1 });
});
