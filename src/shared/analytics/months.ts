/**
 * Calendar months as plain integers (year × 12 + month − 1), so "three months later" and "months
 * between" are additions and subtractions. The store keeps months as yyyymm, the contract as
 * 'YYYY-MM'; both convert here.
 */
export type MonthIndex = number;

const MONTH_TEXT = /^(\d{4})-(\d{2})$/;

export function monthIndex(month: string): MonthIndex {
  const m = MONTH_TEXT.exec(month);
  if (!m || Number(m[2]) < 1 || Number(m[2]) > 12) throw new Error(`"${month}" is not a month written as YYYY-MM`);
  return Number(m[1]) * 12 + Number(m[2]) - 1;
}

export function monthText(index: MonthIndex): string {
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** 202403 (the store's yyyymm) → its index. */
export function monthIndexOfYyyymm(yyyymm: number): MonthIndex {
  return Math.floor(yyyymm / 100) * 12 + (yyyymm % 100) - 1;
}

export function yyyymmOfIndex(index: MonthIndex): number {
  return Math.floor(index / 12) * 100 + (index % 12) + 1;
}

/** The month a yyyymmdd day falls in. */
export function monthIndexOfDay(yyyymmdd: number): MonthIndex {
  return monthIndexOfYyyymm(Math.floor(yyyymmdd / 100));
}

/** Every month from `first` to `last`, both included; empty when last comes first. */
export function monthsFrom(first: MonthIndex, last: MonthIndex): MonthIndex[] {
  return last < first ? [] : Array.from({ length: last - first + 1 }, (_, i) => first + i);
}
