import { readAmount, readCurrency, readQuantity } from '../field-readers';
import { cell, requiredCell } from '../header-columns';
import { statedAmount, statedCount, type StatedTotal } from '../stated-totals';
import { LineRejection, SKIP_LINE } from '../statement-line';
import type { StatementFormat } from './statement-format';
import {
  barcode, columnsOf, isTotalsWord, keptColumns, keptExtra, knownNames, readMonth, readReportingDay,
  saleTypeFromWords, type KeptSpec,
} from './column-kit';

const FINGERPRINT = ['実績月', '反映月', 'ストア', '販売形式', '販売通貨'];
/**
 * FORMATS.md names only some of TuneCore Japan's headers. The quantity and the earning are read
 * from the plausible names below (ours, best first): 数量 "quantity" / 販売数 / 再生数, and
 * 分配金額 "amount distributed" / 収益 "earnings" / 分配金. The earning is in yen, TuneCore Japan's
 * account currency, unless a 分配通貨 "distribution currency" column says otherwise; 販売通貨 is the
 * store's sale currency and is kept with the sale amount (販売金額).
 */
const QUANTITY = ['数量', '販売数', '再生数', '販売数量'];
const EARNED = ['分配金額', '収益', '分配金', '収益額'];
const KEPT: KeptSpec = [
  ['sale_form', '販売形式'],
  ['sale_currency', '販売通貨'],
  ['sale_amount', '販売金額'],
  ['report_kind', 'レポート種別'],
];
const COLUMNS = knownNames(FINGERPRINT, QUANTITY, EARNED, [
  'アーティスト', '楽曲', 'リリース', 'アルバム', 'ISRC', 'UPC', 'JAN', '国', '国・地域', '分配通貨', '販売金額', 'レポート種別',
]);

/**
 * TuneCore Japan sales report: Japanese headers, Shift_JIS or UTF-8 (the pipeline tries Shift_JIS
 * when a file is not UTF-8). 実績月 is the sale month, 反映月 the month it reached the account.
 * One layout serves the four monthly kinds (distribution, YouTube, Facebook, other UGC); the
 * kind of each line is read from 販売形式.
 */
export const tuneCoreJapan: StatementFormat = {
  id: 'tunecore-japan',
  name: 'TuneCore Japan',
  fingerprints: [{ columns: FINGERPRINT }],
  recognise(header) {
    const columns = columnsOf(header);
    const confidence = columns.coverage(FINGERPRINT);
    if (confidence < 1) return null;
    return { variant: 'sales report', confidence, unknownColumns: columns.unknown(COLUMNS) };
  },
  mapper(header, _match, context) {
    const order = context.dates?.order;
    const c = columnsOf(header);
    const saleMonth = c.find('実績月');
    const reporting = c.find('反映月');
    const store = c.find('ストア');
    const form = c.find('販売形式');
    const artist = c.find('アーティスト');
    const track = c.find('楽曲');
    const release = c.find('リリース', 'アルバム');
    const isrc = c.find('ISRC');
    const upc = c.find('UPC', 'JAN');
    const country = c.find('国', '国・地域');
    const quantity = c.find(...QUANTITY);
    const earnedName = EARNED.find((name) => c.has(name));
    const earned = earnedName === undefined ? -1 : c.find(earnedName);
    const currency = c.find('分配通貨');
    const kept = keptColumns(c, KEPT);
    return (fields) => {
      if (isTotalsWord(cell(fields, saleMonth)) || isTotalsWord(cell(fields, store))) return SKIP_LINE;
      if (earned < 0) throw new LineRejection(`no earnings column (looked for ${EARNED.join(', ')})`);
      const extra = keptExtra(fields, kept);
      return {
        sale: readMonth(requiredCell(fields, saleMonth, '実績月'), '実績月', order),
        reportingDay: readReportingDay(cell(fields, reporting), '反映月', order),
        platform: cell(fields, store) || 'Unknown store',
        territory: cell(fields, country),
        artist: cell(fields, artist),
        releaseTitle: cell(fields, release) || null,
        recordingTitle: cell(fields, track) || null,
        isrc: cell(fields, isrc) || null,
        upc: barcode(cell(fields, upc), extra),
        saleType: saleTypeFromWords(cell(fields, form)),
        quantity: readQuantity(cell(fields, quantity), header[quantity]?.trim() ?? '数量'),
        currency: currency < 0 ? 'JPY' : readCurrency(requiredCell(fields, currency, '分配通貨'), '分配通貨'),
        amount: readAmount(cell(fields, earned), earnedName!),
        extra,
      };
    };
  },
  /** The 合計 row sums the quantity and the amount distributed (in yen unless 分配通貨 says otherwise). */
  statedTotals(header) {
    const c = columnsOf(header);
    const quantity = c.find(...QUANTITY);
    const earnedName = EARNED.find((name) => c.has(name));
    const earned = earnedName === undefined ? -1 : c.find(earnedName);
    const currency = c.find('分配通貨');
    const quantityName = header[quantity]?.trim() ?? '数量';
    return (fields) => {
      const label = fields.find((f) => f.trim() !== '')?.trim() ?? '';
      const stated: StatedTotal[] = [];
      const units = cell(fields, quantity);
      if (units !== '') stated.push(statedCount(`${label} (${quantityName})`, 'quantity', readQuantity(units, quantityName)));
      const amount = cell(fields, earned);
      if (amount !== '') {
        const code = currency < 0 ? 'JPY' : cell(fields, currency);
        const value = readAmount(amount, earnedName!);
        stated.push(statedAmount(`${label} (${earnedName})`, amount, value, code === '' ? null : readCurrency(code, '分配通貨')));
      }
      return stated;
    };
  },
};
