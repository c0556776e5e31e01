import { z } from 'zod';
import { parseAmount } from '../money/exact-amount';
import { ENTITY_DIMENSIONS, type EntityDimension, type Metric } from './spec-vocabulary';

/**
 * Filters: conditions on a field, combined in groups. Each field declares the operators it takes
 * and what its values are, so a condition that cannot mean anything ("territory greaterThan US")
 * is refused with the path to the offending part instead of compiling to something surprising.
 */

export const FILTER_OPS = [
  'equals', 'notEquals', 'in', 'notIn', 'exists', 'notExists', 'greaterThan', 'lessThan', 'between', 'contains', 'startsWith',
] as const;
export type FilterOp = (typeof FILTER_OPS)[number];

/** What a field's values are: decides how they are checked, compared and bound. */
export type FilterValueKind = 'id' | 'code' | 'text' | 'day' | 'month' | 'year' | 'money' | 'count';

export interface FilterFieldRule {
  /** Lines are kept or dropped before grouping; groups afterwards, by their totals. */
  appliesTo: 'lines' | 'groups';
  value: FilterValueKind;
  ops: readonly FilterOp[];
}

/** Names people search by: `contains` and `startsWith` ignore (ASCII) case. */
export const TEXT_FIELDS = ['platformName', 'territoryName', 'artistName', 'releaseTitle', 'recordingTitle', 'isrc', 'upc'] as const;
/** The day, month or year of the date basis: sale period or reporting date. */
export const TIME_FIELDS = ['day', 'month', 'year'] as const;
/** Totals a group can be kept or dropped by. A rate is a ratio of two totals and is not among them. */
export const METRIC_FILTER_FIELDS = [
  'quantity', 'streams', 'downloads', 'revenue', 'lines', 'distinctRecordings', 'distinctReleases', 'distinctTerritories', 'distinctPlatforms',
  'unconvertedLines',
] as const satisfies readonly Metric[];

export const CONDITION_FIELDS = [...ENTITY_DIMENSIONS, ...TEXT_FIELDS, ...TIME_FIELDS, ...METRIC_FILTER_FIELDS] as const;
export type ConditionField = (typeof CONDITION_FIELDS)[number];

const MEMBER_OPS = ['equals', 'notEquals', 'in', 'notIn'] as const;
const OPTIONAL_MEMBER_OPS = [...MEMBER_OPS, 'exists', 'notExists'] as const;
const TEXT_OPS = [...MEMBER_OPS, 'contains', 'startsWith'] as const;
const ORDERED_OPS = [...MEMBER_OPS, 'greaterThan', 'lessThan', 'between'] as const;
const METRIC_OPS = ['equals', 'notEquals', 'greaterThan', 'lessThan', 'between'] as const;

const lines = (value: FilterValueKind, ops: readonly FilterOp[]): FilterFieldRule => ({ appliesTo: 'lines', value, ops });
const groups = (value: FilterValueKind): FilterFieldRule => ({ appliesTo: 'groups', value, ops: METRIC_OPS });

export const FILTER_FIELD_RULES: Record<ConditionField, FilterFieldRule> = {
  platform: lines('id', MEMBER_OPS),
  territory: lines('code', MEMBER_OPS),
  artist: lines('id', OPTIONAL_MEMBER_OPS),
  release: lines('id', OPTIONAL_MEMBER_OPS),
  recording: lines('id', OPTIONAL_MEMBER_OPS),
  saleType: lines('code', MEMBER_OPS),
  currency: lines('code', MEMBER_OPS),
  importBatch: lines('id', MEMBER_OPS),
  label: lines('text', [...TEXT_OPS, 'exists', 'notExists']),
  platformName: lines('text', TEXT_OPS),
  territoryName: lines('text', TEXT_OPS),
  artistName: lines('text', TEXT_OPS),
  releaseTitle: lines('text', TEXT_OPS),
  recordingTitle: lines('text', TEXT_OPS),
  isrc: lines('text', [...TEXT_OPS, 'exists', 'notExists']),
  upc: lines('text', [...TEXT_OPS, 'exists', 'notExists']),
  day: lines('day', ORDERED_OPS),
  month: lines('month', ORDERED_OPS),
  year: lines('year', ORDERED_OPS),
  quantity: groups('count'),
  streams: groups('count'),
  downloads: groups('count'),
  revenue: groups('money'),
  lines: groups('count'),
  distinctRecordings: groups('count'),
  distinctReleases: groups('count'),
  distinctTerritories: groups('count'),
  distinctPlatforms: groups('count'),
  unconvertedLines: groups('count'),
};

/** How many values each operator takes. */
const ARITY: Record<FilterOp, 'none' | 'one' | 'two' | 'many'> = {
  equals: 'one', notEquals: 'one', in: 'many', notIn: 'many', exists: 'none', notExists: 'none',
  greaterThan: 'one', lessThan: 'one', between: 'two', contains: 'one', startsWith: 'one',
};

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
/** Ten digits before the point: sums past that could not be stored exactly anyway. */
const DECIMAL = /^-?\d{1,10}(\.\d{1,16})?$/;

function isCalendarDay(text: string): boolean {
  const m = ISO_DAY.exec(text);
  if (!m) return false;
  const date = new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!));
  return date.getUTCFullYear() === +m[1]! && date.getUTCMonth() === +m[2]! - 1 && date.getUTCDate() === +m[3]!;
}

/** Why a value does not fit its field, or null when it does. */
function valueProblem(kind: FilterValueKind, value: string | number): string | null {
  if (typeof value === 'string' && value.length > MAX_TEXT) return `longer than ${MAX_TEXT} characters`;
  switch (kind) {
    case 'id':
      return typeof value === 'number' && Number.isSafeInteger(value) ? null : 'expected an id (a whole number)';
    case 'count':
      return typeof value === 'number' && Number.isSafeInteger(value) ? null : 'expected a whole number';
    case 'year':
      return typeof value === 'number' && Number.isSafeInteger(value) && value >= 1000 && value <= 9999 ? null : 'expected a year such as 2024';
    case 'code':
      return typeof value === 'string' && value !== '' ? null : 'expected a code (text), such as "US"';
    case 'text':
      if (typeof value !== 'string' || value === '') return 'expected some text';
      return value.includes('\u0000') ? 'the text holds a NUL character, which no name contains' : null;
    case 'day':
      return typeof value === 'string' && isCalendarDay(value) ? null : 'expected a date as YYYY-MM-DD';
    case 'month':
      return typeof value === 'string' && ISO_MONTH.test(value) ? null : 'expected a month as YYYY-MM';
    case 'money':
      return typeof value === 'string' && DECIMAL.test(value) ? null : 'expected an exact decimal as text, such as "100.00" (at most 10 digits before the point)';
  }
}

function isAfter(kind: FilterValueKind, from: string | number, to: string | number): boolean {
  if (kind === 'money') return parseAmount(String(from)) > parseAmount(String(to));
  return from > to;
}

const MAX_VALUES = 10_000;
const MAX_TEXT = 500;

// Sizes are checked with the rest below: a failed bound here would hide inside the group union.
const FilterValue = z.union([z.string(), z.number()], { error: 'a filter value is text or a number' });

function isConditionField(field: string): field is ConditionField {
  return Object.hasOwn(FILTER_FIELD_RULES, field);
}

function isFilterOp(op: string): op is FilterOp {
  return (FILTER_OPS as readonly string[]).includes(op);
}

// Checked by refinement rather than as enums: a failed enum would hide, inside the group union,
// which field or operator was wrong behind a message about the filter's shape.
const ConditionFieldName = z
  .string()
  .refine(isConditionField, { error: (issue) => `unknown filter field ${JSON.stringify(issue.input)}; fields are ${CONDITION_FIELDS.join(', ')}` })
  .transform((field) => field as ConditionField);
const FilterOpName = z
  .string()
  .refine(isFilterOp, { error: (issue) => `unknown filter operator ${JSON.stringify(issue.input)}; operators are ${FILTER_OPS.join(', ')}` })
  .transform((op) => op as FilterOp);

export const FilterCondition = z
  .object({
    field: ConditionFieldName,
    op: FilterOpName,
    values: z.array(FilterValue).optional(),
  })
  .strict()
  .superRefine((condition, ctx) => {
    // An unknown field or operator is already reported: refinements do not stop the object's own.
    if (!isConditionField(condition.field) || !isFilterOp(condition.op)) return;
    const rule = FILTER_FIELD_RULES[condition.field];
    if (!rule.ops.includes(condition.op)) {
      ctx.addIssue({ code: 'custom', path: ['op'], message: `${condition.field} does not take ${condition.op}; it takes ${rule.ops.join(', ')}` });
      return;
    }
    const values = condition.values ?? [];
    const arity = ARITY[condition.op];
    const countProblem =
      arity === 'none' && condition.values !== undefined ? `${condition.op} takes no values`
      : arity === 'one' && values.length !== 1 ? `${condition.op} takes exactly one value${condition.op === 'equals' ? ' (in takes several)' : ''}`
      : arity === 'two' && values.length !== 2 ? 'between takes two values: from and to'
      : arity === 'many' && values.length === 0 ? `${condition.op} needs at least one value`
      : values.length > MAX_VALUES ? `at most ${MAX_VALUES.toLocaleString('en-US')} values`
      : null;
    if (countProblem) {
      ctx.addIssue({ code: 'custom', path: ['values'], message: countProblem });
      return;
    }
    let fits = true;
    values.forEach((value, i) => {
      const problem = valueProblem(rule.value, value);
      if (problem) {
        fits = false;
        ctx.addIssue({ code: 'custom', path: ['values', i], message: `${condition.field}: ${problem}` });
      }
    });
    if (fits && arity === 'two' && isAfter(rule.value, values[0]!, values[1]!)) {
      ctx.addIssue({ code: 'custom', path: ['values', 1], message: 'the range ends before it starts' });
    }
  });
export type FilterCondition = z.infer<typeof FilterCondition>;

const GROUP_SHAPE = 'a filter is {field, op, values} or a group {any: [...]} / {all: [...]}, nested at most 3 deep';

function groupOf<T extends z.ZodType>(member: T) {
  const members = z.array(member).min(1).max(20);
  return z.union([z.object({ any: members }).strict(), z.object({ all: members }).strict()], { error: GROUP_SHAPE });
}

// Spelled out level by level: a fixed depth keeps the schema (and the SQL it compiles to) finite.
const InnermostGroup = groupOf(FilterCondition);
const MiddleGroup = groupOf(z.union([FilterCondition, InnermostGroup], { error: GROUP_SHAPE }));
const OuterGroup = groupOf(z.union([FilterCondition, MiddleGroup], { error: GROUP_SHAPE }));

/** One entry of a spec's `filters`: all entries must hold (AND); a group holds when any/all of its members do. */
export const FilterEntry = z.union([FilterCondition, OuterGroup], { error: GROUP_SHAPE });
export type FilterEntry = z.infer<typeof FilterEntry>;

/** The shape every entry has, whatever its depth; what the compiler walks. */
export type FilterNode = FilterCondition | { any: FilterNode[] } | { all: FilterNode[] };

/** A condition on an entity's id or code: what a drill-down click or a pick list produces. */
export type FieldFilter =
  | { field: EntityDimension; op: 'equals' | 'notEquals' | 'in' | 'notIn'; values: (string | number)[] }
  | { field: EntityDimension; op: 'exists' | 'notExists' };

export function isCondition(node: FilterNode): node is FilterCondition {
  return 'field' in node;
}

export function groupMembers(node: Exclude<FilterNode, FilterCondition>): { combine: 'any' | 'all'; members: FilterNode[] } {
  return 'any' in node ? { combine: 'any', members: node.any } : { combine: 'all', members: node.all };
}

/** Every condition under a node, at any depth. */
export function conditionsOf(nodes: readonly FilterNode[]): FilterCondition[] {
  return nodes.flatMap((node) => (isCondition(node) ? [node] : conditionsOf(groupMembers(node).members)));
}
