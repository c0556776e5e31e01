import { describe, expect, it } from 'vitest';
import { cellText, isDateFormat } from '../../../../src/main/import/containers/sheet-cells';

const day = (y: number, m: number, d: number, h = 0, min = 0) => new Date(Date.UTC(y, m - 1, d, h, min));

describe('a spreadsheet cell as statement text', () => {
  it.each([
    [0.1, '0.1'],
    [5.7234567890123, '5.7234567890123'],
    [0.0001234567890123, '0.0001234567890123'],
    [-0.57, '-0.57'],
    [196589012357, '196589012357'],
    // Whole numbers are exact up to 2^53, past Excel's 15 digits: an ID written by a script survives.
    [1234567890123456, '1234567890123456'],
    [1e-8, '1e-8'],
    // Float noise from a calculation reads as Excel shows it.
    [0.1 + 0.2, '0.3'],
    [0.001234 + 0.008, '0.009234'],
    [1.1 * 3, '3.3'],
  ])('the number %s reads as %s', (value, text) => {
    expect(cellText(value, undefined, false)).toBe(text);
  });

  it('reads dates as days, whatever the time of day, and time-only cells as times', () => {
    expect(cellText(day(2025, 6, 3), 'mm-dd-yy', false)).toBe('2025-06-03');
    expect(cellText(day(2025, 6, 3, 17, 45), 'yyyy-mm-dd hh:mm', false)).toBe('2025-06-03');
    expect(cellText(45811, 'yyyy-mm-dd', false)).toBe('2025-06-03');
    expect(cellText(45811, 'DD/MM/YYYY', false)).toBe('2025-06-03');
    // A Mac workbook counts its serial days from 1904.
    expect(cellText(44349, 'd-mmm-yy', true)).toBe('2025-06-03');
    expect(cellText(0.75, 'h:mm', false)).toBe('18:00:00');
  });

  it('reads formulas as their cached result, and never evaluates text that looks like one', () => {
    expect(cellText({ formula: 'ROUND(6.33,2)', result: 6.33 }, undefined, false)).toBe('6.33');
    expect(cellText({ formula: 'DATE(2025,6,3)', result: 45811 }, 'yyyy-mm-dd', false)).toBe('2025-06-03');
    expect(cellText({ sharedFormula: 'A2', result: 'Spotify' }, undefined, false)).toBe('Spotify');
    expect(cellText({ formula: 'A1/0', result: Number.NaN }, undefined, false)).toBe('#ERROR');
    expect(cellText({ formula: 'B2*2' }, undefined, false)).toBe('');
    expect(cellText('=HYPERLINK("https://example.com","Listen")', undefined, false)).toBe('=HYPERLINK("https://example.com","Listen")');
  });

  it('flattens rich text and hyperlinks, and spells errors and booleans', () => {
    expect(cellText({ richText: [{ text: 'Marisol ' }, { text: 'Peñalba' }] }, undefined, false)).toBe('Marisol Peñalba');
    expect(cellText({ text: 'Apple Music', hyperlink: 'https://music.apple.com' }, undefined, false)).toBe('Apple Music');
    expect(cellText({ error: '#N/A' }, undefined, false)).toBe('#N/A');
    expect(cellText(true, undefined, false)).toBe('TRUE');
    expect(cellText(null, undefined, false)).toBe('');
  });

  it('tells date formats from number formats', () => {
    expect(isDateFormat('yyyy-mm-dd')).toBe(true);
    expect(isDateFormat('[$-409]mmmm d, yyyy')).toBe(true);
    expect(isDateFormat('General')).toBe(false);
    expect(isDateFormat('#,##0.00 "days"')).toBe(false);
    expect(isDateFormat('0.00%')).toBe(false);
    expect(isDateFormat('[Red]-#,##0.00')).toBe(false);
  });
});
