/** Apple's financial report columns, in its own order (FORMATS.md). */
const HEADER = [
  'Start Date', 'End Date', 'UPC', 'ISRC/ISBN', 'Vendor Identifier', 'Quantity', 'Partner Share', 'Extended Partner Share',
  'Partner Share Currency', 'Sales or Return', 'Apple Identifier', 'Artist/Show/Developer/Author', 'Title',
  'Label/Studio/Network/Developer/Publisher', 'Grid', 'Product Type Identifier', 'ISAN/Other Identifier', 'Country Of Sale',
  'Pre-order Flag', 'Promo Code', 'Customer Price', 'Customer Currency',
];

export interface AppleProductLine {
  isrc: string;
  title: string;
  /** As printed: a test may print one that does not read. */
  quantity: number | string;
  share: string;
  extended: string;
  kind: 'S' | 'R';
  country: string;
}

/** One product line of a euro-zone report of the fiscal month `from`–`to`, as Apple prints it (tabs). */
export function appleProductRow(from: string, to: string, line: AppleProductLine, index: number): string {
  return appleRow([from, to, '0194398765432', line.isrc, line.isrc, line.quantity, line.share, line.extended, 'EUR', line.kind, 1700000000 + index,
    'Ana Sol', line.title, 'Indie Pressing Co-op', '', 'H', '', line.country, '', '', '0.99', 'EUR']);
}

function appleRow(cells: (string | number)[]): string {
  return [...cells.map(String), ...Array<string>(HEADER.length - cells.length).fill('')].join('\t');
}

/** A euro-zone financial report of one fiscal month, as Apple prints it: US dates, tabs, its trailer last. */
export function appleFinancialReport(from: string, to: string, lines: AppleProductLine[], amount: string, units: number): string {
  const products = lines.map((line, i) => appleProductRow(from, to, line, i));
  return [HEADER.join('\t'), ...products, appleRow(['Total_Rows', lines.length]), appleRow(['Total_Amount', amount]), appleRow(['Total_Units', units])].join('\n') + '\n';
}
