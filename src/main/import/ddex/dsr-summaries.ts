import type { DsrRecord } from './dsr-record';

/**
 * Summary records (SY01, SY02, SY05…) describe a sales context (commercial model, use type,
 * territory, currency) that usage records point to by SummaryRecordId. One id may have several
 * records (one per rights controller in UGC reports); they share their context, so the first
 * answers lookups while all of them keep their own money.
 */
export class DsrSummaries {
  private readonly byId = new Map<string, DsrRecord>();
  private readonly records: DsrRecord[] = [];

  add(record: DsrRecord): void {
    this.records.push(record);
    const id = record.text('SummaryRecordId');
    if (!this.byId.has(id)) this.byId.set(id, record);
  }

  get(id: string): DsrRecord | null {
    return id === '' ? null : (this.byId.get(id) ?? null);
  }

  all(): readonly DsrRecord[] {
    return this.records;
  }

  /** The report's one currency when every summary record that names one agrees; else null. */
  currency(): string | null {
    const codes = new Set(
      this.records.map((r) => r.first('CurrencyOfReporting', 'Currency')?.text.toUpperCase()).filter((c): c is string => !!c),
    );
    return codes.size === 1 ? [...codes][0]! : null;
  }
}
