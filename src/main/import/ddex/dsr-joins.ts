import { DsrRecordRejection } from './dsr-figures';
import type { DsrRecord } from './dsr-record';

const RESOURCE_REFS = ['TransactedResource', 'TransactedResourceReference', 'ResourceReference', 'DspResourceId'];
const RELEASE_REFS = ['TransactedRelease', 'TransactedReleaseReference', 'ReleaseReference', 'DspReleaseId', 'DspSubReleaseId'];

/** Releases and resources of one block, findable by every id they are referenced by. */
export interface BlockIndex {
  id: string;
  resources: Map<string, DsrRecord>;
  resourceCount: number;
  releases: Map<string, DsrRecord>;
  headRelease: DsrRecord | null;
}

export function indexBlock(id: string, records: readonly DsrRecord[]): BlockIndex {
  const index: BlockIndex = { id, resources: new Map(), resourceCount: 0, releases: new Map(), headRelease: null };
  const keep = (map: Map<string, DsrRecord>, record: DsrRecord, cells: string[]) => {
    for (const cell of cells) for (const key of record.values(cell)) if (!map.has(key)) map.set(key, record);
  };
  for (const record of records) {
    if (/^AS\d{2}$/.test(record.baseType)) {
      index.resourceCount++;
      keep(index.resources, record, ['ResourceReference', 'DspResourceId']);
    } else if (record.baseType === 'RE01') {
      index.headRelease ??= record;
      keep(index.releases, record, ['ReleaseReference', 'DspReleaseId']);
    } else if (/^RE\d{2}$/.test(record.baseType)) {
      keep(index.releases, record, ['ReleaseReference', 'DspSubReleaseId']);
    }
  }
  return index;
}

function refsOf(record: DsrRecord, cells: string[]): string[] {
  return cells.flatMap((cell) => record.values(cell));
}

export interface Target {
  resource: DsrRecord | null;
  release: DsrRecord | null;
}

/**
 * What a usage record is about, joined by the ids the block gives. UGC usage records name the
 * resource by a DSP id that may sit in a "DspReleaseId" cell, so every reference is tried against
 * resources first. A sub-release (RE02) of one track is that track on the head release.
 */
export function targetOf(usage: DsrRecord, block: BlockIndex): Target {
  const resourceRefs = refsOf(usage, RESOURCE_REFS);
  const releaseRefs = refsOf(usage, RELEASE_REFS);
  let resource = [...resourceRefs, ...releaseRefs].map((ref) => block.resources.get(ref)).find((r) => r !== undefined) ?? null;
  let release = releaseRefs.map((ref) => block.releases.get(ref)).find((r) => r !== undefined) ?? null;
  if (release && release.baseType !== 'RE01') {
    const used = release.values('UsedResources');
    if (!resource && used.length === 1) resource = block.resources.get(used[0]!) ?? null;
    release = block.headRelease;
  }
  if (!resource && !release) {
    const refs = [...resourceRefs, ...releaseRefs];
    if (refs.length > 0) {
      throw new DsrRecordRejection(usage, `${usage.type} refers to "${refs.join('", "')}", which block ${block.id} does not describe`);
    }
    if (block.resourceCount !== 1) {
      throw new DsrRecordRejection(usage, `${usage.type} names no resource or release, and block ${block.id} has ${block.resourceCount} resources`);
    }
    resource = [...block.resources.values()][0]!;
  }
  return { resource, release: release ?? block.headRelease };
}
