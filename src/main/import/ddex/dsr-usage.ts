import type { SaleType } from '../../catalogue/platform-catalogue';
import type { StatementLineDraft } from '../statement-line';
import { durationSeconds, readIsoDuration } from './dsr-duration';
import {
  DsrRecordRejection, LICENSOR_AMOUNT, SUMMARY_AMOUNT, USAGE_AMOUNT, amountOf, currencyCode, quantityOf,
} from './dsr-figures';
import type { DsrHeadFacts } from './dsr-head';
import { indexBlock, targetOf, type BlockIndex } from './dsr-joins';
import type { DsrRecord } from './dsr-record';
import type { DsrSummaries } from './dsr-summaries';

/** One statement line of a DSR file, or the reason a record could not become one. */
export type DdexLine = { line: number; draft: StatementLineDraft } | { line: number; rejection: string; raw: string };

/** Usage records: SU01 downloads, SU02 streams, SU03 UGC…; SR01/SR02/SR03/SR06 single-record variants. */
export function isUsageRecord(record: DsrRecord): boolean {
  return /^SU\d{2}$/.test(record.baseType) || (/^SR\d{2}$/.test(record.baseType) && record.baseType !== 'SRFO');
}

function saleTypeOf(head: DsrHeadFacts, usage: DsrRecord | null, summary: DsrRecord | null): SaleType | null {
  if (head.ugc) return 'ugc';
  if (usage && /^S[UR]01$/.test(usage.baseType)) return 'download';
  if (usage && /^S[UR]02$/.test(usage.baseType)) return 'stream';
  const use = usage?.text('UseType') || summary?.text('UseType') || '';
  if (/download/i.test(use)) return 'download';
  if (/stream|webcast/i.test(use)) return 'stream';
  const service = summary?.text('ServiceDescription') || head.service;
  if (/download/i.test(service)) return 'download';
  if (/adsupport|subscription|premium|stream|free/i.test(service)) return 'stream';
  return null;
}

function put(extra: Record<string, string>, key: string, value: string | null | undefined): void {
  if (value) extra[key] = value;
}

/** Sales context cells kept on every line: they say which tier and model the money came from. */
function contextExtra(extra: Record<string, string>, head: DsrHeadFacts, summary: DsrRecord | null): void {
  put(extra, 'service', summary?.text('ServiceDescription') || head.service);
  put(extra, 'commercial_model', summary?.text('CommercialModel'));
  put(extra, 'use_type', summary?.text('UseType'));
  put(extra, 'message_id', head.messageId);
}

function resourceExtra(extra: Record<string, string>, resource: DsrRecord, isrcs: string[]): void {
  put(extra, 'dsp_resource_id', resource.text('DspResourceId'));
  put(extra, 'subtitle', resource.first('SubTitle', 'ResourceSubTitle')?.text);
  if (isrcs.length > 1) extra.other_isrcs = isrcs.slice(1).join('|');
  const duration = resource.text('Duration');
  if (duration !== '') {
    extra.duration = duration;
    const millis = readIsoDuration(duration);
    // YouTube prints PT0H0M0S for "unknown"; a zero length is not worth a figure.
    if (millis) extra.duration_seconds = durationSeconds(millis);
  }
}

/**
 * Turns the records of a DSR body into statement lines. Revenue is taken where the profile puts
 * the recipient's share (see dsr-figures.ts). When no usage record in the file carries any,
 * the report is of the kind (Basic Audio, standard cells) whose money is only in its summary
 * records: `summaryLines()` then gives one line per summary record with its allocated amount
 * and quantity 0, so the file's total lands exactly, per territory and service if not per track.
 */
export class DsrUsageMapper {
  private monied = 0;
  private moneyless = 0;
  /** Rights controllers whose licensor lines were left out, with how many lines each. */
  private readonly otherControllers = new Map<string, number>();
  private readonly notes: string[] = [];

  constructor(
    private readonly head: DsrHeadFacts,
    private readonly summaries: DsrSummaries,
  ) {}

  /** Lines of one block: one per usage record, with the licensor (LI) records that follow it. */
  block(id: string, records: readonly DsrRecord[]): DdexLine[] {
    const index = indexBlock(id, records);
    const groups: { usage: DsrRecord; licensors: DsrRecord[] }[] = [];
    for (const record of records) {
      if (isUsageRecord(record)) groups.push({ usage: record, licensors: [] });
      else if (/^LI\d{2}$/.test(record.baseType)) {
        const group = groups.at(-1);
        if (group) group.licensors.push(record);
        else this.notes.push(`${record.type} at line ${record.line} follows no usage record in block ${id}; ignored`);
      }
    }
    return groups.map((g) => this.line(g.usage, g.licensors, index));
  }

  /** A single-record-block record (SR…): release, resource and usage in one line. */
  single(record: DsrRecord): DdexLine {
    return this.line(record, [], null);
  }

  private line(usage: DsrRecord, licensors: DsrRecord[], block: BlockIndex | null): DdexLine {
    try {
      return { line: usage.line, draft: this.draft(usage, licensors, block) };
    } catch (error) {
      if (!(error instanceof DsrRecordRejection)) throw error;
      return { line: error.record.line, rejection: error.message, raw: error.record.raw };
    }
  }

  private draft(usage: DsrRecord, licensors: DsrRecord[], block: BlockIndex | null): StatementLineDraft {
    if (!usage.hasLayout) throw new DsrRecordRejection(usage, `${usage.type} has no field names (no #${usage.type} line and no standard layout)`);
    const extra: Record<string, string> = {};
    const { resource, release } = block ? targetOf(usage, block) : { resource: usage, release: usage };
    const summaryId = usage.text('SummaryRecordId') || licensors[0]?.text('SummaryRecordId') || '';
    const summary = this.summaries.get(summaryId);
    const quantity = quantityOf(usage, extra);
    const amount = this.money(usage, licensors, extra);
    const currency = this.currency(usage, licensors, summary, summaryId);

    const isrcs = resource ? [...resource.values('ISRC'), ...resource.values('ResourceISRC')] : [];
    if (resource) resourceExtra(extra, resource, isrcs);
    put(extra, 'block_id', block?.id);
    put(extra, 'sales_transaction_id', usage.text('SalesTransactionId'));
    put(extra, 'summary_record_id', summaryId);
    put(extra, 'dsp_release_id', release?.first('DspReleaseId', 'DspSubReleaseId')?.text);
    if (usage.text('IsRoyaltyBearing').toLowerCase() === 'false') extra.is_royalty_bearing = 'false';
    contextExtra(extra, this.head, summary);
    // A release record names the release in "Title"; single-record variants say "ReleaseTitle".
    const releaseTitle = release ? (release.baseType.startsWith('RE') ? release.text('Title') : release.text('ReleaseTitle')) : '';
    return {
      sale: this.head.period,
      reportingDay: this.head.reportingDay,
      platform: this.head.sender || 'Unknown DSP',
      territory: summary?.text('Territory') || usage.text('Territory') || this.head.territory,
      artist:
        resource?.first('DisplayArtistName', 'ResourceDisplayArtistName')?.text ??
        release?.first('DisplayArtistName', 'ReleaseDisplayArtistName')?.text ??
        '',
      releaseTitle: releaseTitle || null,
      recordingTitle: resource ? (resource.first('Title', 'ResourceTitle')?.text ?? '') : null,
      isrc: isrcs[0] ?? null,
      upc: release?.text('ICPN') || null,
      saleType: saleTypeOf(this.head, usage, summary),
      quantity,
      currency,
      amount: amount ?? 0n,
      extra,
    };
  }

  /**
   * The recipient's money on this usage, or null when neither it nor its licensor lines carry
   * any. Licensor lines for rights controllers HEAD does not name as the recipient or its
   * represented repertoire are someone else's share (as in DDEX's own revenue example): they are
   * left out of the amount and kept, as printed, in `extra.other_controllers`.
   */
  private money(usage: DsrRecord, licensors: DsrRecord[], extra: Record<string, string>): bigint | null {
    const dspNet = usage.text('NetRevenue');
    let total: bigint | null = null;
    const cells = new Set<string>();
    const others: string[] = [];
    for (const li of licensors) {
      const found = amountOf(li, LICENSOR_AMOUNT);
      if (!found) continue;
      const controller = li.text('RightsController');
      if (controller === '' || this.representsRecipient(controller, li.text('RightsControllerPartyId'))) {
        total = (total ?? 0n) + found.amount;
        cells.add(`${li.type} ${found.cell}`);
      } else {
        // Still "money on the usage": the line is not one whose revenue sits in a summary record.
        total ??= 0n;
        others.push(`${controller} ${li.text(found.cell)}`);
        this.otherControllers.set(controller, (this.otherControllers.get(controller) ?? 0) + 1);
      }
    }
    const controllers = [...new Set(licensors.map((li) => li.text('RightsController')).filter((c) => c !== ''))];
    if (controllers.length) extra.rights_controllers = controllers.join('|');
    if (others.length) extra.other_controllers = others.join('; ');
    if (total === null && licensors.length === 0) {
      const own = amountOf(usage, USAGE_AMOUNT);
      if (own) {
        total = own.amount;
        cells.add(`${usage.type} ${own.cell}`);
      }
    }
    if (total === null) {
      this.moneyless++;
      return null;
    }
    this.monied++;
    extra.revenue_cell = cells.size ? [...cells].join(', ') : 'none allocated to the recipient';
    if (dspNet !== '' && !extra.revenue_cell.endsWith(' NetRevenue')) extra.dsp_net_revenue = dspNet;
    return total;
  }

  private representsRecipient(controller: string, partyId: string): boolean {
    if (this.head.recipientNames.length === 0) return true;
    const names = new Set(this.head.recipientNames.map((n) => n.toLowerCase()));
    return names.has(controller.toLowerCase()) || (partyId !== '' && names.has(partyId.toLowerCase()));
  }

  private currency(usage: DsrRecord, licensors: DsrRecord[], summary: DsrRecord | null, summaryId: string): string {
    const own = [usage, ...licensors].map((r) => ({ r, found: r.first('CurrencyOfReporting', 'Currency') })).find((x) => x.found);
    if (own) return currencyCode(own.r, own.found!.text);
    const fromSummary = summary?.first('CurrencyOfReporting', 'Currency');
    if (summary && fromSummary) return currencyCode(summary, fromSummary.text);
    const single = this.summaries.currency();
    if (single) return single;
    const why = summaryId === '' ? 'it names no summary record' : summary ? `summary record ${summaryId} names none` : `summary record ${summaryId} is not in this file`;
    throw new DsrRecordRejection(usage, `${usage.type} has no currency (${why}, and the summary records do not agree on one)`);
  }

  /** Per-summary lines for reports whose usage records carry no money; see the class comment. */
  summaryLines(): DdexLine[] {
    if (this.monied > 0 || this.moneyless === 0) return [];
    if (this.head.part && this.head.part.n !== 1) {
      this.notes.push(`the usage records carry no revenue; the report's revenue is in its summary records and is imported with file 1 of ${this.head.part.of}`);
      return [];
    }
    const lines: DdexLine[] = [];
    for (const summary of this.summaries.all()) {
      try {
        const found = amountOf(summary, SUMMARY_AMOUNT);
        if (!found) continue;
        const currency = summary.first('CurrencyOfReporting', 'Currency');
        if (!currency) throw new DsrRecordRejection(summary, `${summary.type} has revenue but no currency`);
        const extra: Record<string, string> = { revenue_cell: `${summary.type} ${found.cell}`, revenue_level: 'summary record' };
        put(extra, 'summary_record_id', summary.text('SummaryRecordId'));
        put(extra, 'usages', summary.text('Usages'));
        put(extra, 'rights_controllers', summary.text('RightsController'));
        contextExtra(extra, this.head, summary);
        lines.push({
          line: summary.line,
          draft: {
            sale: this.head.period, reportingDay: this.head.reportingDay, platform: this.head.sender || 'Unknown DSP',
            territory: summary.text('Territory') || this.head.territory, artist: '', releaseTitle: null, recordingTitle: null,
            isrc: null, upc: null, saleType: saleTypeOf(this.head, null, summary), quantity: 0,
            currency: currencyCode(summary, currency.text), amount: found.amount, extra,
          },
        });
      } catch (error) {
        if (!(error instanceof DsrRecordRejection)) throw error;
        lines.push({ line: error.record.line, rejection: error.message, raw: error.record.raw });
      }
    }
    if (lines.length) {
      this.notes.push(
        `the usage records carry no revenue: it is read from ${lines.length} summary records, per territory and service, not per track, so its tracks show streams without earnings`,
      );
    }
    return lines;
  }

  /** Observations for the user that do not make a line wrong. */
  observations(): string[] {
    const notes = [...this.notes];
    if (this.otherControllers.size) {
      const list = [...this.otherControllers].map(([name, n]) => `${name} (${n} line${n === 1 ? '' : 's'})`).join(', ');
      notes.push(
        `licensor lines for rights controllers HEAD does not name as the recipient or its repertoire were left out of the amounts: ${list}`,
      );
    }
    return notes;
  }
}
