/**
 * What the benchmarks drive, built with the app (out/main/bench-kit.js) so they measure the
 * production bundle and its worker threads, not the TypeScript loader used by the tests.
 */
export { resolveDataLocation } from '../../src/main/core/data-location';
export { openWorkstationCore } from '../../src/main/core/open-workstation-core';
export { territoryList } from '../../src/main/store/reference-data';
export { writeDistroKidBenchFile } from './distrokid-bench-file';
export { BENCH_LABEL_VERSION, writeBenchLabel } from './bench-label-statements';
export { formatAmount, joinAmount, parseAmount } from '../../src/shared/money/exact-amount';
export { QuerySpec } from '../../src/shared/query/query-spec';
export { CatalogueHealthRequest } from '../../src/shared/analytics/catalogue-health-contract';
