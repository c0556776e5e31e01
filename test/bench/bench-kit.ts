/**
 * What the benchmarks drive, built with the app (out/main/bench-kit.js) so they measure the
 * production bundle and its worker threads, not the TypeScript loader used by the tests.
 */
export { resolveDataLocation } from '../../src/main/core/data-location';
export { openWorkstationCore } from '../../src/main/core/open-workstation-core';
export { territoryList } from '../../src/main/store/reference-data';
export { writeDistroKidBenchFile } from './distrokid-bench-file';
