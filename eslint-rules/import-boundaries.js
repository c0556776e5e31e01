import { builtinModules } from 'node:module';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Keeps the process model honest: shared code runs everywhere (Node, the sandboxed preload, the
 * browser), so it may reach for neither Node, Electron, the DOM libraries nor any process's own
 * code; only the thin shell and the preload touch Electron; the renderer never sees Node or the
 * main process; the main process never reaches into the renderer. Paths are taken relative to
 * the project root (the folder above this one), so the verdict does not depend on where ESLint
 * was started.
 */

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const nodeBuiltins = new Set(builtinModules);
/** Packages that need a DOM or React, which shared code must not assume. */
const domPackages = new Set(['react', 'react-dom', 'react-is', 'scheduler', 'zustand', 'echarts', 'echarts-for-react']);

const zones = [
  ['src/shared/', 'shared'],
  ['src/main/electron/', 'shell'],
  ['src/main/', 'main'],
  ['src/preload/', 'preload'],
  ['src/renderer/', 'renderer'],
];

function zoneOfProjectPath(projectPath) {
  const withSlash = `${projectPath}/`;
  return zones.find(([prefix]) => withSlash.startsWith(prefix))?.[1] ?? null;
}

function projectPathOf(absolutePath) {
  const inside = relative(projectRoot, absolutePath);
  if (inside.startsWith('..') || isAbsolute(inside)) return null;
  return inside.split(sep).join('/');
}

function packageNameOf(specifier) {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/** What an import specifier points at: a Node builtin, a package, or a file of this project. */
function describeTarget(specifier, importerFile) {
  if (specifier.startsWith('.') || isAbsolute(specifier)) {
    const projectPath = projectPathOf(resolve(dirname(importerFile), specifier));
    return { kind: 'file', zone: projectPath === null ? null : zoneOfProjectPath(projectPath) };
  }
  if (specifier.startsWith('node:') || nodeBuiltins.has(specifier) || nodeBuiltins.has(packageNameOf(specifier))) {
    return { kind: 'builtin' };
  }
  return { kind: 'package', name: packageNameOf(specifier) };
}

const zoneFolders = {
  shared: 'src/shared/',
  shell: 'src/main/electron/',
  main: 'src/main/',
  preload: 'src/preload/',
  renderer: 'src/renderer/',
};

/** The messageId and data of the broken rule, or null when the import is allowed. */
function violation(importerZone, target, typeOnly) {
  if (target.kind === 'package' && target.name === 'electron' && importerZone !== 'shell' && importerZone !== 'preload') {
    return { messageId: 'electronOutsideShell' };
  }
  if (importerZone === 'shared') {
    if (target.kind === 'builtin') return { messageId: 'sharedNode' };
    if (target.kind === 'package' && domPackages.has(target.name)) return { messageId: 'sharedDom', data: { name: target.name } };
    if (target.kind === 'file' && target.zone !== null && target.zone !== 'shared') {
      return { messageId: 'sharedProcessCode', data: { folder: zoneFolders[target.zone] } };
    }
  }
  if (importerZone === 'renderer') {
    if (target.kind === 'builtin') return { messageId: 'rendererNode' };
    if (target.kind === 'file' && (target.zone === 'main' || target.zone === 'shell')) return { messageId: 'rendererMain' };
  }
  if ((importerZone === 'main' || importerZone === 'shell') && target.kind === 'file' && target.zone === 'renderer') {
    return { messageId: 'mainRenderer' };
  }
  if (importerZone === 'preload') {
    if (target.kind === 'builtin') return { messageId: 'preloadNode' };
    // Types vanish in the build; only a runtime import has to be loadable by the sandbox.
    if (target.kind === 'package' && target.name !== 'electron' && !typeOnly) return { messageId: 'preloadPackage', data: { name: target.name } };
    if (target.kind === 'file' && target.zone !== null && target.zone !== 'shared' && target.zone !== 'preload') {
      return { messageId: 'preloadProcessCode', data: { folder: zoneFolders[target.zone] } };
    }
  }
  return null;
}

function isTypeOnlyImport(node) {
  if (node.importKind === 'type' || node.exportKind === 'type') return true;
  const specifiers = node.specifiers ?? [];
  return specifiers.length > 0 && specifiers.every((specifier) => specifier.importKind === 'type' || specifier.exportKind === 'type');
}

function literalText(node) {
  return node && node.type === 'Literal' && typeof node.value === 'string' ? node.value : null;
}

export default {
  meta: {
    type: 'problem',
    docs: { description: 'Enforce which layers of the workstation may import what.' },
    schema: [],
    messages: {
      electronOutsideShell: "Only src/main/electron/ and src/preload/ may import 'electron'; put the logic in a plain-Node module and call it from the shell.",
      sharedNode: 'src/shared/ runs in the browser and the sandboxed preload too: it may not import Node builtins.',
      sharedDom: "src/shared/ must not depend on the DOM or React (imported '{{name}}').",
      sharedProcessCode: 'src/shared/ may not import from {{folder}}: shared code depends on nothing process-specific.',
      rendererNode: 'The renderer has no Node: it may not import Node builtins; ask the core through window.workstation.',
      rendererMain: 'The renderer may not import from src/main/: move shared types and logic to src/shared/.',
      mainRenderer: 'The main process may not import from src/renderer/: move shared code to src/shared/.',
      preloadNode: 'The sandboxed preload cannot load Node builtins.',
      preloadPackage: "The sandboxed preload can load only 'electron' at runtime, not '{{name}}'.",
      preloadProcessCode: 'The preload may import only from src/shared/ and src/preload/, not {{folder}}.',
    },
  },
  create(context) {
    const projectPath = projectPathOf(context.physicalFilename ?? context.filename);
    const importerZone = projectPath === null ? null : zoneOfProjectPath(projectPath);
    if (importerZone === null) return {};

    function check(node, sourceNode, typeOnly) {
      const specifier = literalText(sourceNode);
      if (specifier === null) return;
      const broken = violation(importerZone, describeTarget(specifier, context.physicalFilename ?? context.filename), typeOnly);
      if (broken) context.report({ node: sourceNode, ...broken });
    }

    return {
      ImportDeclaration: (node) => check(node, node.source, isTypeOnlyImport(node)),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source, isTypeOnlyImport(node)),
      ExportAllDeclaration: (node) => check(node, node.source, node.exportKind === 'type'),
      ImportExpression: (node) => check(node, node.source, false),
      TSImportEqualsDeclaration: (node) =>
        node.moduleReference.type === 'TSExternalModuleReference' && check(node, node.moduleReference.expression, node.importKind === 'type'),
      TSImportType: (node) => check(node, node.argument.type === 'TSLiteralType' ? node.argument.literal : node.argument, true),
      CallExpression: (node) => {
        if (node.callee.type === 'Identifier' && node.callee.name === 'require' && node.arguments.length === 1) {
          check(node, node.arguments[0], false);
        }
      },
    };
  },
};
