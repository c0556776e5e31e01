import { readAmount, readCurrency, readQuantity } from '../field-readers';
import { cell, requiredCell } from '../header-columns';
import { LineRejection } from '../statement-line';
import type { DateOrder, DayRange } from '../../../shared/period/sale-period';
import type { LineMapper } from './statement-format';
import {
  barcode, columnsOf, keptColumns, keptExtra, readAnyPeriod, readMonth, readReportingDay, saleTypeFromWords,
  type KeptSpec,
} from './column-kit';

export const ORCHARD_CSV_COLUMNS = [
  'ACCOUNT NAME', 'LABEL IMPRINT', 'STORE', 'SERVICE DETAIL', 'SALE COUNTRY', 'PRODUCT ARTIST', 'PRODUCT',
  'TRACK ARTIST', 'TRACK', 'TRACK VERSION', 'DISPLAY UPC', 'ISRC', 'TRANSACTION TYPE', 'TRANSACTION SUBTYPE',
  'TRANSACTION DATE', 'SALE START DATE', 'SALE END DATE', 'QUANTITY', 'SALE CURRENCY', 'UNIT PRICE SALE CURRENCY',
  'GROSS REVENUE SALE CURRENCY', 'ACCOUNT CURRENCY', 'GROSS REVENUE ACCOUNT CURRENCY', 'NET SHARE ACCOUNT CURRENCY',
  'STATEMENT PERIOD', 'ORIGINAL STATEMENT PERIOD',
];
export const ORCHARD_CSV_FINGERPRINT = ['STATEMENT PERIOD', 'STORE', 'QUANTITY', 'NET SHARE ACCOUNT CURRENCY'];

const KEPT: KeptSpec = [
  ['account_name', 'ACCOUNT NAME'],
  ['label_imprint', 'LABEL IMPRINT'],
  ['service_detail', 'SERVICE DETAIL'],
  ['track_version', 'TRACK VERSION'],
  ['transaction_type', 'TRANSACTION TYPE'],
  ['transaction_subtype', 'TRANSACTION SUBTYPE'],
  ['sale_currency', 'SALE CURRENCY'],
  ['unit_price_sale_currency', 'UNIT PRICE SALE CURRENCY'],
  ['gross_revenue_sale_currency', 'GROSS REVENUE SALE CURRENCY'],
  ['gross_revenue_account_currency', 'GROSS REVENUE ACCOUNT CURRENCY'],
  ['original_statement_period', 'ORIGINAL STATEMENT PERIOD'],
];
const SYMBOL_CURRENCY: Record<string, string> = { $: 'USD', '€': 'EUR', '£': 'GBP' };

/** `$(1.50)` is written `($1.50)` by others; both are −1.50. */
function moneyText(text: string): string {
  return text.replace(/^([$€£])\s*\((.*)\)$/, '($1$2)');
}

/**
 * Lines of the newer statement CSV (UTF-8 with BOM, `$1,234.56`, `(0.12)` negatives). `STATEMENT
 * PERIOD` is the reporting month and `ORIGINAL STATEMENT PERIOD` (kept) the one a restated line
 * first appeared in. The sale is `SALE START DATE`–`SALE END DATE`, else `TRANSACTION DATE`; a
 * file with neither only knows its statement month, which then stands for the sale month too.
 */
export function orchardCsvLines(header: string[], order?: DateOrder): LineMapper {
  const c = columnsOf(header);
  const statement = c.find('STATEMENT PERIOD');
  const saleStart = c.find('SALE START DATE');
  const saleEnd = c.find('SALE END DATE');
  const transactionDate = c.find('TRANSACTION DATE');
  const store = c.find('STORE');
  const country = c.find('SALE COUNTRY');
  const productArtist = c.find('PRODUCT ARTIST');
  const trackArtist = c.find('TRACK ARTIST');
  const product = c.find('PRODUCT');
  const track = c.find('TRACK');
  const upc = c.find('DISPLAY UPC');
  const isrc = c.find('ISRC');
  const type = c.find('TRANSACTION TYPE');
  const subtype = c.find('TRANSACTION SUBTYPE');
  const quantity = c.find('QUANTITY');
  const accountCurrency = c.find('ACCOUNT CURRENCY');
  const net = c.find('NET SHARE ACCOUNT CURRENCY');
  const kept = keptColumns(c, KEPT);

  const salePeriod = (fields: string[], extra: Record<string, string>): DayRange => {
    const start = cell(fields, saleStart);
    const end = cell(fields, saleEnd);
    if (start !== '' && end !== '') {
      return { start: readAnyPeriod(start, 'SALE START DATE', order).start, end: readAnyPeriod(end, 'SALE END DATE', order).end };
    }
    const day = cell(fields, transactionDate);
    if (day !== '') return readAnyPeriod(day, 'TRANSACTION DATE', order);
    extra.sale_period_from = 'statement period';
    return readMonth(requiredCell(fields, statement, 'STATEMENT PERIOD'), 'STATEMENT PERIOD', order);
  };

  const currencyOf = (fields: string[], amountText: string): string => {
    if (accountCurrency >= 0) return readCurrency(requiredCell(fields, accountCurrency, 'ACCOUNT CURRENCY'), 'ACCOUNT CURRENCY');
    const symbol = /[$€£]/.exec(amountText)?.[0];
    if (symbol) return SYMBOL_CURRENCY[symbol]!;
    throw new LineRejection('no "ACCOUNT CURRENCY" column and no currency sign on "NET SHARE ACCOUNT CURRENCY"');
  };

  return (fields) => {
    const extra = keptExtra(fields, kept);
    const amountText = cell(fields, net);
    return {
      sale: salePeriod(fields, extra),
      reportingDay: readReportingDay(cell(fields, statement), 'STATEMENT PERIOD', order),
      platform: cell(fields, store) || 'Unknown store',
      territory: cell(fields, country),
      artist: cell(fields, trackArtist) || cell(fields, productArtist),
      releaseTitle: cell(fields, product) || null,
      recordingTitle: cell(fields, track) || null,
      isrc: cell(fields, isrc) || null,
      upc: barcode(cell(fields, upc), extra),
      saleType: saleTypeFromWords(cell(fields, subtype), cell(fields, type)),
      quantity: readQuantity(cell(fields, quantity), 'QUANTITY'),
      currency: currencyOf(fields, amountText),
      amount: readAmount(moneyText(amountText), 'NET SHARE ACCOUNT CURRENCY'),
      extra,
    };
  };
}
