import { mappedColumns, type MappingSpec } from '../../../shared/contract/column-mapping';
import type { NumberStyle } from '../../../shared/money/exact-amount';
import type { SaleType } from '../../catalogue/platform-catalogue';
import { readAmount, readCurrency, readQuantity } from '../field-readers';
import { barcode, columnsOf, saleTypeFromWords } from '../formats/column-kit';
import type { LineMapper } from '../formats/statement-format';
import { cell, requiredCell } from '../header-columns';
import { readMappedPeriod } from './mapped-dates';
import { headerKey } from './mapping-fingerprint';

/** A line whose platform cell is blank still earned money; it is counted under this name. */
export const UNKNOWN_PLATFORM = 'Unknown platform';

/** Header names no field of the mapping reads; their cells are kept with each line, as printed. */
export function unmappedColumns(header: readonly string[], spec: MappingSpec): string[] {
  const used = new Set(mappedColumns(spec.fields).map(({ column }) => headerKey(column)));
  return header.filter((name) => name.trim() !== '' && !used.has(headerKey(name)));
}

/**
 * Reads statement lines as a mapping says, with the readers the built-in formats use: a cell that
 * cannot be read is a LineRejection naming the column as the file prints it.
 */
export function mappedLineMapper(header: string[], spec: MappingSpec): LineMapper {
  const columns = columnsOf(header);
  const { fields, dateOrder } = spec;
  const style: NumberStyle = { decimalSeparator: spec.decimalSeparator };
  const at = (name: string | null) => (name === null ? -1 : columns.find(name));
  const sale = at(fields.salePeriod);
  const reporting = at(fields.reportingDate);
  const territory = at(fields.territory);
  const artist = at(fields.artist);
  const title = at(fields.title);
  const release = at(fields.releaseTitle);
  const isrc = at(fields.isrc);
  const upc = at(fields.upc);
  const quantity = at(fields.quantity);
  const amount = at(fields.amount);
  const platform = fields.platform.kind === 'column' ? at(fields.platform.column) : -1;
  const currency = fields.currency.kind === 'column' ? at(fields.currency.column) : -1;
  const saleType = fields.saleType?.kind === 'column' ? at(fields.saleType.column) : -1;
  const kept = unmappedColumns(header, spec).map((name) => [name.trim(), columns.find(name)] as const);

  const platformOf = (row: string[]) =>
    fields.platform.kind === 'fixed' ? fields.platform.value : cell(row, platform) || UNKNOWN_PLATFORM;
  const currencyOf = (row: string[]) =>
    fields.currency.kind === 'fixed' ? fields.currency.value : readCurrency(cell(row, currency), fields.currency.column);
  const saleTypeOf = (row: string[]): SaleType | null => {
    if (fields.saleType === null) return null;
    return fields.saleType.kind === 'fixed' ? fields.saleType.value : saleTypeFromWords(cell(row, saleType));
  };

  return (row) => {
    const extra: Record<string, string> = {};
    for (const [name, index] of kept) {
      const value = cell(row, index);
      if (value !== '') extra[name] = value;
    }
    const reportingText = cell(row, reporting);
    return {
      sale: readMappedPeriod(requiredCell(row, sale, fields.salePeriod), fields.salePeriod, dateOrder),
      reportingDay: reportingText === '' ? null : readMappedPeriod(reportingText, fields.reportingDate!, dateOrder).start,
      platform: platformOf(row),
      territory: cell(row, territory),
      artist: cell(row, artist),
      releaseTitle: cell(row, release) || null,
      recordingTitle: cell(row, title) || null,
      isrc: cell(row, isrc) || null,
      upc: barcode(cell(row, upc), extra),
      saleType: saleTypeOf(row),
      quantity: readQuantity(cell(row, quantity), fields.quantity, style),
      currency: currencyOf(row),
      amount: readAmount(cell(row, amount), fields.amount, style),
      extra,
    };
  };
}
