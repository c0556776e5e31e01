import { FILTER_FIELD_RULES, type ConditionField, type FilterCondition, type FilterOp, type FilterValueKind } from '../../../../shared/query/filter-spec';
import { isEntityDimension, type EntityDimension } from '../../../../shared/query/spec-vocabulary';
import { dayLabel, monthLabel } from '../../format/calendar-text';
import type { ChosenFilter } from './breakdown-choices';

export type FieldGroup = 'Who and where' | 'Names' | 'When' | 'Totals of each row';

export interface ConditionFieldChoice {
  value: ConditionField;
  label: string;
  group: FieldGroup;
}

/** Every field a filter can test, grouped the way the field list shows them. */
export const CONDITION_FIELD_CHOICES: readonly ConditionFieldChoice[] = [
  { value: 'platform', label: 'Platform', group: 'Who and where' },
  { value: 'territory', label: 'Territory', group: 'Who and where' },
  { value: 'artist', label: 'Artist', group: 'Who and where' },
  { value: 'release', label: 'Release', group: 'Who and where' },
  { value: 'recording', label: 'Recording', group: 'Who and where' },
  { value: 'saleType', label: 'Sale type', group: 'Who and where' },
  { value: 'currency', label: 'Currency', group: 'Who and where' },
  { value: 'importBatch', label: 'Statement file', group: 'Who and where' },
  { value: 'label', label: 'Record label', group: 'Who and where' },
  { value: 'platformName', label: 'Platform name', group: 'Names' },
  { value: 'territoryName', label: 'Territory name', group: 'Names' },
  { value: 'artistName', label: 'Artist name', group: 'Names' },
  { value: 'releaseTitle', label: 'Release title', group: 'Names' },
  { value: 'recordingTitle', label: 'Recording title', group: 'Names' },
  { value: 'isrc', label: 'ISRC', group: 'Names' },
  { value: 'upc', label: 'UPC', group: 'Names' },
  { value: 'day', label: 'Day', group: 'When' },
  { value: 'month', label: 'Month', group: 'When' },
  { value: 'year', label: 'Year', group: 'When' },
  { value: 'revenue', label: 'Revenue', group: 'Totals of each row' },
  { value: 'streams', label: 'Streams', group: 'Totals of each row' },
  { value: 'quantity', label: 'Units', group: 'Totals of each row' },
  { value: 'downloads', label: 'Downloads', group: 'Totals of each row' },
  { value: 'lines', label: 'Statement lines', group: 'Totals of each row' },
  { value: 'distinctRecordings', label: 'Recordings earning', group: 'Totals of each row' },
  { value: 'distinctReleases', label: 'Releases earning', group: 'Totals of each row' },
  { value: 'distinctTerritories', label: 'Territories earning', group: 'Totals of each row' },
  { value: 'distinctPlatforms', label: 'Platforms paying', group: 'Totals of each row' },
];

export const FIELD_GROUPS: readonly FieldGroup[] = ['Who and where', 'Names', 'When', 'Totals of each row'];

export function conditionFieldLabel(field: ConditionField): string {
  return CONDITION_FIELD_CHOICES.find((choice) => choice.value === field)?.label ?? field;
}

export type ValueCount = 'none' | 'one' | 'two' | 'many';

export interface FilterOpChoice {
  value: FilterOp;
  label: string;
  takes: ValueCount;
}

const TAKES: Record<FilterOp, ValueCount> = {
  equals: 'one',
  notEquals: 'one',
  in: 'many',
  notIn: 'many',
  exists: 'none',
  notExists: 'none',
  greaterThan: 'one',
  lessThan: 'one',
  between: 'two',
  contains: 'one',
  startsWith: 'one',
};

function isDateKind(kind: FilterValueKind): boolean {
  return kind === 'day' || kind === 'month' || kind === 'year';
}

function opLabel(op: FilterOp, kind: FilterValueKind): string {
  switch (op) {
    case 'equals':
      return 'is';
    case 'notEquals':
      return 'is not';
    case 'in':
      return 'is any of';
    case 'notIn':
      return 'is none of';
    case 'exists':
      return 'is present';
    case 'notExists':
      return 'is missing';
    case 'greaterThan':
      return isDateKind(kind) ? 'is after' : 'is more than';
    case 'lessThan':
      return isDateKind(kind) ? 'is before' : 'is less than';
    case 'between':
      return 'is between';
    case 'contains':
      return 'contains';
    case 'startsWith':
      return 'starts with';
  }
}

/** The comparisons a field takes, as the engine's rules for that field say, in words. */
export function opsFor(field: ConditionField): FilterOpChoice[] {
  const rule = FILTER_FIELD_RULES[field];
  return rule.ops.map((op) => ({ value: op, label: opLabel(op, rule.value), takes: TAKES[op] }));
}

export function valueKindOf(field: ConditionField): FilterValueKind {
  return FILTER_FIELD_RULES[field].value;
}

/** Fields whose members a pick list can offer: the dimensions a breakdown groups by. */
export function isMemberField(field: ConditionField): field is EntityDimension {
  return isEntityDimension(field);
}

const MEMBER_OPS: readonly FilterOp[] = ['equals', 'notEquals', 'in', 'notIn'];

/** Members are picked from a list when the comparison is with whole members; text to search for is typed. */
export function picksMembers(field: ConditionField, op: FilterOp): field is EntityDimension {
  return isMemberField(field) && MEMBER_OPS.includes(op);
}

/** A typed value as people read it in a filter's description. */
export function valueText(kind: FilterValueKind, value: string | number): string {
  const text = String(value);
  if (kind === 'day' && /^\d{4}-\d{2}-\d{2}$/.test(text)) return dayLabel(text);
  if (kind === 'month' && /^\d{4}-\d{2}$/.test(text)) return monthLabel(text);
  if (kind === 'text') return `“${text}”`;
  return text;
}

const LISTED = 3;

function listText(labels: readonly string[]): string {
  if (labels.length <= LISTED) return labels.join(', ');
  return `${labels.slice(0, LISTED).join(', ')} and ${labels.length - LISTED} more`;
}

/** "Platform is Spotify", "Territory is any of Germany, France, Japan and 2 more", "Revenue is between 10 and 100". */
export function filterText(chosen: ChosenFilter): string {
  const { filter, valueLabels } = chosen;
  const kind = valueKindOf(filter.field);
  const words = `${conditionFieldLabel(filter.field)} ${opLabel(filter.op, kind)}`;
  const values = filter.values ?? [];
  if (values.length === 0) return words;
  const labels = values.map((value, index) => valueLabels[index] ?? valueText(kind, value));
  if (filter.op === 'between') return `${words} ${labels[0]} and ${labels[1]}`;
  return `${words} ${listText(labels)}`;
}

/** Whether a condition keeps a single member of an entity: breaking down by that entity again would show one row. */
export function pinnedMember(filter: FilterCondition): boolean {
  return picksMembers(filter.field, filter.op) && (filter.op === 'equals' || (filter.op === 'in' && filter.values?.length === 1));
}
