import { ESLint } from 'eslint';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..', '..', '..');
// Only the rule under test runs: the type-aware rules would cost seconds per snippet.
const eslint = new ESLint({
  cwd: root,
  overrideConfigFile: join(root, 'eslint.config.js'),
  ruleFilter: ({ ruleId }) => ruleId === 'workstation/import-boundaries',
});

/** Boundary messages for `code` as if it were the file at `projectPath`. */
async function boundaryMessages(projectPath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(root, projectPath) });
  return (result?.messages ?? []).filter((message) => message.ruleId === 'workstation/import-boundaries').map((message) => message.message);
}

async function expectReported(projectPath: string, code: string, pattern: RegExp): Promise<void> {
  const messages = await boundaryMessages(projectPath, code);
  expect(messages, `${projectPath}: ${code}`).toHaveLength(1);
  expect(messages[0]).toMatch(pattern);
}

async function expectAllowed(projectPath: string, code: string): Promise<void> {
  expect(await boundaryMessages(projectPath, code), `${projectPath}: ${code}`).toEqual([]);
}

describe('import boundaries: src/shared', () => {
  const file = 'src/shared/query/example.ts';

  it.each([
    "import { readFile } from 'node:fs';",
    "import { readFile } from 'fs';",
    "import { readFile } from 'fs/promises';",
    "import { join } from 'path';",
    "import type { Readable } from 'node:stream';",
    "const os = require('os');",
    "export { join } from 'node:path';",
  ])('reports the Node builtin in %s', async (code) => {
    await expectReported(file, code, /may not import Node builtins/);
  });

  it('reports electron', async () => {
    await expectReported(file, "import { app } from 'electron';", /Only src\/main\/electron\/ and src\/preload\//);
  });

  it.each(["import { useState } from 'react';", "import { createRoot } from 'react-dom/client';", "import { create } from 'zustand';", "import * as echarts from 'echarts/core';"])(
    'reports the DOM/React package in %s',
    async (code) => {
      await expectReported(file, code, /must not depend on the DOM or React/);
    },
  );

  it.each([
    ["import { logger } from '../../main/diagnostics/logger';", 'src/main/'],
    ["import type { WorkstationCore } from '../../main/core/workstation-core';", 'src/main/'],
    ["import { x } from '../../preload/workstation-bridge';", 'src/preload/'],
    ["import { App } from '../../renderer/src/App';", 'src/renderer/'],
    ["export * from '../../main/core/handler-map';", 'src/main/'],
    ["const m = await import('../../renderer/src/main');", 'src/renderer/'],
  ])('reports process code in %s', async (code, folder) => {
    await expectReported(file, code, new RegExp(`may not import from ${folder}`));
  });

  it('allows zod and other shared files', async () => {
    await expectAllowed(file, "import { z } from 'zod';\nimport { CHANNELS } from '../contract/channels';\nexport type { Envelope } from '../contract/envelope';");
  });
});

describe("import boundaries: 'electron' outside the shell", () => {
  it.each([
    'src/main/core/open-workstation-core.ts',
    'src/main/store/open-store.ts',
    'src/main/cli/cli.ts',
    'src/renderer/src/App.tsx',
  ])('is reported in %s', async (file) => {
    await expectReported(file, "import { app } from 'electron';", /Only src\/main\/electron\/ and src\/preload\//);
  });

  it('is reported for require, subpaths and type-only imports too', async () => {
    await expectReported('src/main/core/x.ts', "const { app } = require('electron');", /Only src\/main\/electron\//);
    await expectReported('src/main/core/x.ts', "import { app } from 'electron/main';", /Only src\/main\/electron\//);
    await expectReported('src/main/core/x.ts', "import type { App } from 'electron';", /Only src\/main\/electron\//);
  });

  it('is allowed in the shell and the preload', async () => {
    await expectAllowed('src/main/electron/main.ts', "import { app, BrowserWindow } from 'electron';");
    await expectAllowed('src/preload/index.ts', "import { contextBridge, ipcRenderer } from 'electron';");
  });
});

describe('import boundaries: src/renderer', () => {
  const file = 'src/renderer/src/pages/overview/Overview.tsx';

  it('reports Node builtins', async () => {
    await expectReported(file, "import { readFileSync } from 'node:fs';", /renderer has no Node/);
    await expectReported(file, "import { Buffer } from 'buffer';", /renderer has no Node/);
  });

  it('reports the main process, the shell included', async () => {
    await expectReported(file, "import { createHandlers } from '../../../../main/core/handler-map';", /may not import from src\/main\//);
    await expectReported(file, "import { APP_ORIGIN } from '../../../../main/electron/app-origin';", /may not import from src\/main\//);
  });

  it('allows React, charts and shared code', async () => {
    await expectAllowed(
      file,
      [
        "import { useState } from 'react';",
        "import * as echarts from 'echarts/core';",
        "import { QuerySpec } from '../../../../shared/query/query-spec';",
        "import { Panel } from '../../components/Panel';",
      ].join('\n'),
    );
  });
});

describe('import boundaries: src/main', () => {
  it('reports the renderer', async () => {
    await expectReported('src/main/export/x.ts', "import { cellText } from '../../renderer/src/query/cell-text';", /main process may not import from src\/renderer\//);
    await expectReported('src/main/electron/x.ts', "import '../../renderer/src/main';", /main process may not import from src\/renderer\//);
  });

  it('allows Node, packages and shared code', async () => {
    await expectAllowed(
      'src/main/store/x.ts',
      "import Database from 'better-sqlite3';\nimport { join } from 'node:path';\nimport { CHANNELS } from '../../shared/contract/channels';",
    );
  });
});

describe('import boundaries: src/preload', () => {
  const file = 'src/preload/x.ts';

  it('reports what the sandbox cannot load', async () => {
    await expectReported(file, "import { join } from 'node:path';", /cannot load Node builtins/);
    await expectReported(file, "import { z } from 'zod';", /can load only 'electron' at runtime, not 'zod'/);
    await expectReported(file, "import { logger } from '../main/diagnostics/logger';", /only from src\/shared\/ and src\/preload\/, not src\/main\//);
  });

  it('allows the contract, with types from anywhere in shared', async () => {
    await expectAllowed(
      file,
      [
        "import { CHANNEL_METHODS } from '../shared/contract/channel-names';",
        "import type { WorkstationApi } from '../shared/contract/workstation-api';",
        "import type { z } from 'zod';",
        "import { buildWorkstationApi } from './workstation-bridge';",
      ].join('\n'),
    );
  });
});

describe('import boundaries: outside src', () => {
  it('leaves tests and scripts alone', async () => {
    await expectAllowed('test/unit/x.test.ts', "import { readFileSync } from 'node:fs';\nimport { x } from '../../src/renderer/src/main';");
    await expectAllowed('scripts/x.mjs', "import { createRequire } from 'node:module';\nconst electron = createRequire(import.meta.url)('electron');");
  });
});

describe('import boundaries: the repository itself', () => {
  // Linting the whole tree takes seconds, more when the other suites run alongside.
  it('has no boundary violations', async () => {
    const results = await eslint.lintFiles(['src']);
    const violations = results.flatMap((result) =>
      result.messages
        .filter((message) => message.ruleId === 'workstation/import-boundaries')
        .map((message) => `${result.filePath}:${message.line} ${message.message}`),
    );
    expect(violations).toEqual([]);
  }, 60_000);
});
