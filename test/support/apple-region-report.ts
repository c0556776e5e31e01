/** Apple's financial report layout (FORMATS.md): Apple sends one per region per fiscal month, each in the region's currency. */
const APPLE_FINANCIAL_HEADER = [
  'Start Date', 'End Date', 'UPC', 'ISRC/ISBN', 'Vendor Identifier', 'Quantity', 'Partner Share', 'Extended Partner Share',
  'Partner Share Currency', 'Sales or Return', 'Apple Identifier', 'Artist/Show/Developer/Author', 'Title',
  'Label/Studio/Network/Developer/Publisher', 'Grid', 'Product Type Identifier', 'ISAN/Other Identifier', 'Country Of Sale',
  'Pre-order Flag', 'Promo Code', 'Customer Price', 'Customer Currency',
];

export type AppleLine = [country: string, quantity: number, partnerShare: string, extendedPartnerShare: string, customerCurrency: string];

/** A region's financial report for Apple's fiscal February 2025 (2 February to 1 March), with its totals rows. */
export function appleRegionReport(currency: string, lines: AppleLine[], totalAmount: string): Buffer {
  const rows = lines.map(([country, quantity, share, extended, customerCurrency], index) => [
    '02/02/2025', '03/01/2025', '0859712345671', `NLA1Z260012${index}`, `NLA1Z260012${index}`, String(quantity), share, extended,
    currency, 'S', `171234567${index}`, 'Lumen Drift', `Blue Horizon ${index}`, 'Harbor Lights Records', '', 'H', '', country,
    '', '', '1.29', customerCurrency,
  ]);
  const trailer = (label: string, value: string) => [label, value, ...Array<string>(APPLE_FINANCIAL_HEADER.length - 2).fill('')];
  const totalUnits = String(lines.reduce((sum, line) => sum + line[1], 0));
  return Buffer.from(
    [APPLE_FINANCIAL_HEADER, ...rows, trailer('Total_Rows', String(lines.length)), trailer('Total_Amount', totalAmount), trailer('Total_Units', totalUnits)]
      .map((row) => `${row.join('\t')}\n`)
      .join(''),
  );
}


/** Fiscal February 2025 in Europe (Germany, France, the Netherlands; EUR 24.15) and in the UK (GBP 10.26). */
export const APPLE_EUROPE_FEBRUARY = appleRegionReport('EUR', [['DE', 12, '0.70', '8.40', 'EUR'], ['FR', 3, '0.63', '1.89', 'EUR'], ['NL', 2, '6.93', '13.86', 'EUR']], '24.15');
export const APPLE_UK_FEBRUARY = appleRegionReport('GBP', [['GB', 7, '0.61', '4.27', 'GBP'], ['GB', 1, '5.99', '5.99', 'GBP']], '10.26');
