// The dashboard set the query benchmark times. Each entry asks our engine with query specs for a
// scope (time range and date basis), as the pages do: the first four are the Overview's panels
// (src/renderer/src/pages/overview/overview-specs.ts) with every platform and the top 50. DuckDB
// gets the SQL an analyst would write for the same figures over the window our engine resolved;
// `digest` reduces either answer to the figures both must agree on exactly.
import { CatalogueHealthRequest, parseAmount } from '../../out/main/bench-kit.js';

const STREAM_SUM = "SUM(CASE WHEN sale_type = 'stream' THEN quantity ELSE 0 END)";
const TOP_PERCENT = 20;

/** yyyymmdd from the ISO day a result reports. */
const dayNumber = (iso) => Number(iso.replaceAll('-', ''));
const between = (range) => `sale_start BETWEEN ${dayNumber(range.from)} AND ${dayNumber(range.to)}`;
const monthText = (yyyymm) => `${Math.floor(Number(yyyymm) / 100)}-${String(Number(yyyymm) % 100).padStart(2, '0')}`;

/** A DuckDB DECIMAL sum in 1e-16 units, the unit our engine counts money in. */
function duckUnits(value) {
  if (value === null) return 0n;
  const scale = BigInt(value.scale);
  return scale <= 16n ? value.value * 10n ** (16n - scale) : value.value / 10n ** (scale - 16n);
}

/** Our cells by column name, so added or reordered columns do not break the comparison. */
function rowsByName(result) {
  const index = new Map(result.columns.map((c, i) => [c.name, i]));
  const cell = (row, name) => {
    if (!index.has(name)) throw new Error(`the result has no "${name}" column (columns: ${[...index.keys()].join(', ')})`);
    return row[index.get(name)];
  };
  return result.rows.map((row) => (name) => cell(row, name));
}

const units = (decimal) => (decimal === null ? 0n : parseAmount(String(decimal)));

/** Streaming revenue per 1,000 streams, half away from zero at 1e-16, as our engine rounds it. */
function ratePerThousand(revenueUnits, streams) {
  if (streams === 0n) return null;
  const q = (revenueUnits * 1000n * 2n) / streams;
  return (q + (q >= 0n ? 1n : -1n)) / 2n;
}

/** Recordings earning in the window and what the top fifth of the catalogue (rounded up) earned, exactly. */
function health(catalogueCount, revenues) {
  const sorted = [...revenues].sort((a, b) => (a < b ? 1 : a > b ? -1 : 0));
  const headCount = Math.ceil((catalogueCount * TOP_PERCENT) / 100);
  const head = sorted.slice(0, headCount).reduce((a, b) => a + b, 0n);
  return { catalogue: catalogueCount, earning: sorted.filter((r) => r > 0n).length, headCount, headRevenue: String(head) };
}

export const DASHBOARD = [
  {
    name: 'overview_kpis',
    specs: (scope) => [{ metrics: ['quantity', 'streams', 'revenue'], comparison: 'previousPeriod', ...scope }],
    digest: ([r]) => {
      const [now] = rowsByName(r);
      const [before] = rowsByName({ ...r, rows: r.comparison.rows });
      const figures = (c) => [c('quantity'), c('streams'), String(units(c('revenue')))];
      return { window: [r.range, r.comparison.range], current: figures(now), previous: figures(before) };
    },
    duckSql: ([r]) => {
      const current = between(r.range);
      const previous = between(r.comparison.range);
      return [`SELECT SUM(quantity) FILTER (WHERE ${current}), SUM(CASE WHEN sale_type = 'stream' THEN quantity ELSE 0 END) FILTER (WHERE ${current}),
        SUM(base) FILTER (WHERE ${current}), SUM(quantity) FILTER (WHERE ${previous}),
        SUM(CASE WHEN sale_type = 'stream' THEN quantity ELSE 0 END) FILTER (WHERE ${previous}), SUM(base) FILTER (WHERE ${previous})
        FROM fact WHERE ${current} OR ${previous}`];
    },
    duckDigest: ([rows], [r]) => {
      const [q, s, b, pq, ps, pb] = rows[0];
      return {
        window: [r.range, r.comparison.range],
        current: [Number(q), Number(s), String(duckUnits(b))],
        previous: [Number(pq), Number(ps), String(duckUnits(pb))],
      };
    },
  },
  {
    name: 'revenue_by_month',
    specs: (scope) => [{ metrics: ['revenue', 'streams'], dimensions: ['month'], sort: { by: 'month', direction: 'asc' }, ...scope }],
    digest: ([r]) => rowsByName(r).map((c) => [c('month'), String(units(c('revenue'))), c('streams')]),
    duckSql: ([r]) => [`SELECT sale_month, SUM(base), ${STREAM_SUM}, COUNT(*) OVER () FROM fact WHERE ${between(r.range)} GROUP BY sale_month ORDER BY sale_month`],
    duckDigest: ([rows]) => rows.map(([m, b, s]) => [monthText(m), String(duckUnits(b)), Number(s)]),
  },
  {
    name: 'revenue_by_platform',
    specs: (scope) => [{ metrics: ['revenue', 'quantity'], dimensions: ['platform'], sort: { by: 'revenue', direction: 'desc' }, ...scope }],
    digest: ([r]) => rowsByName(r).map((c) => [c('platform'), String(units(c('revenue'))), c('quantity')]),
    duckSql: ([r]) => [`WITH sums AS (SELECT platform_id, SUM(base) AS revenue, SUM(quantity) AS quantity FROM fact WHERE ${between(r.range)} GROUP BY platform_id)
      SELECT p.name, s.revenue, s.quantity, COUNT(*) OVER () FROM sums s LEFT JOIN platform p ON p.id = s.platform_id ORDER BY s.revenue DESC, s.platform_id`],
    duckDigest: ([rows]) => rows.map(([name, b, q]) => [name, String(duckUnits(b)), Number(q)]),
  },
  {
    name: 'revenue_by_territory',
    specs: (scope) => [{ metrics: ['revenue', 'quantity'], dimensions: ['territory'], sort: { by: 'revenue', direction: 'desc' }, ...scope }],
    digest: ([r]) => rowsByName(r).map((c) => [c('territory'), String(units(c('revenue'))), c('quantity')]),
    duckSql: ([r]) => [`WITH sums AS (SELECT territory, SUM(base) AS revenue, SUM(quantity) AS quantity FROM fact WHERE ${between(r.range)} GROUP BY territory)
      SELECT s.territory, t.name, s.revenue, s.quantity, COUNT(*) OVER () FROM sums s LEFT JOIN territory t ON t.code = s.territory ORDER BY s.revenue DESC, s.territory`],
    duckDigest: ([rows]) => rows.map(([code, , b, q]) => [code, String(duckUnits(b)), Number(q)]),
  },
  {
    name: 'top_50_recordings',
    specs: (scope) => [
      { metrics: ['revenue', 'streams'], dimensions: ['recording'], filters: [{ field: 'recording', op: 'exists' }], sort: { by: 'revenue', direction: 'desc' }, limit: 50, ...scope },
    ],
    digest: ([r]) => rowsByName(r).map((c) => [c('isrc'), String(units(c('revenue'))), c('streams')]),
    duckSql: ([r]) => [`WITH sums AS (SELECT recording_id, SUM(base) AS revenue, ${STREAM_SUM} AS streams FROM fact
        WHERE ${between(r.range)} AND recording_id IS NOT NULL GROUP BY recording_id)
      SELECT rec.title, a.name, rec.isrc, s.revenue, s.streams, COUNT(*) OVER () FROM sums s
      LEFT JOIN recording rec ON rec.id = s.recording_id LEFT JOIN artist a ON a.id = rec.artist_id
      ORDER BY s.revenue DESC, s.recording_id LIMIT 50`],
    duckDigest: ([rows]) => rows.map(([, , isrc, b, s]) => [isrc, String(duckUnits(b)), Number(s)]),
  },
  {
    name: 'per_stream_rate_platform_month',
    specs: (scope) => [{ metrics: ['perStreamRate'], dimensions: ['platform', 'month'], sort: { by: 'month', direction: 'asc' }, ...scope }],
    digest: ([r]) =>
      rowsByName(r)
        .map((c) => [c('platform'), c('month'), c('per_stream_rate') === null ? null : String(units(c('per_stream_rate')))])
        .sort(byText),
    duckSql: ([r]) => [`WITH sums AS (SELECT platform_id, sale_month, SUM(base) FILTER (WHERE sale_type = 'stream') AS revenue, ${STREAM_SUM} AS streams
        FROM fact WHERE ${between(r.range)} GROUP BY platform_id, sale_month)
      SELECT p.name, s.sale_month, s.revenue, s.streams, COUNT(*) OVER () FROM sums s LEFT JOIN platform p ON p.id = s.platform_id
      ORDER BY s.sale_month, p.name`],
    duckDigest: ([rows]) =>
      rows
        .map(([name, m, b, s]) => {
          const rate = ratePerThousand(duckUnits(b), BigInt(s));
          return [name, monthText(m), rate === null ? null : String(rate)];
        })
        .sort(byText),
  },
  {
    // The analytics report, not a query spec: the core's catalogueHealth over the same window.
    name: 'catalogue_health',
    report: (scope) => CatalogueHealthRequest.parse({ timeRange: scope.timeRange, dateBasis: scope.dateBasis }),
    digest: ([h]) => ({ catalogue: h.recordings.catalogue, earning: h.recordings.earning, headCount: h.longTail.headCount, headRevenue: String(units(h.longTail.headRevenue)) }),
    duckSql: ([h]) => [
      `SELECT recording_id FROM fact WHERE recording_id IS NOT NULL AND sale_start <= ${dayNumber(h.range.to)} GROUP BY recording_id`,
      `SELECT recording_id, SUM(base) FROM fact WHERE ${between(h.range)} AND recording_id IS NOT NULL GROUP BY recording_id`,
    ],
    duckDigest: ([catalogue, window]) => health(catalogue.length, window.map((row) => duckUnits(row[1]))),
  },
];

function byText(a, b) {
  const x = JSON.stringify(a);
  const y = JSON.stringify(b);
  return x < y ? -1 : x > y ? 1 : 0;
}
