import { describe, expect, it } from 'vitest';
import { IdentifierNotes } from '../../../src/main/import/identifier-notes';
import { readBarcode } from '../../../src/main/import/identifiers';

/*
 * Check digits worked out by hand, from the digit left of the check digit leftwards, weights 3, 1, 3…:
 *   85972512345_ → 5·3+4+3·3+2+1·3+5+2·3+7+9·3+5+8·3 = 107 → 3: 859725123453
 *   01234567890_ → 0·3+9+8·3+7+6·3+5+4·3+3+2·3+1+0·3 = 85 → 5: 012345678905
 *   40063813339_ → 9·3+3+3·3+3+1·3+8+3·3+6+0·3+0+4·3 = 80 → 0: 400638133390
 *   4006381333931 is the textbook EAN-13 (check digit 1).
 */
describe('UPCs that Excel printed in scientific notation', () => {
  it('are repaired when the mantissa carries every digit and the check digit verifies', () => {
    expect(readBarcode('8.59725123453E+11')).toEqual({
      gtin: '0859725123453',
      flags: { upc_repaired: 'repaired from 8.59725123453E+11 to 859725123453' },
    });
    // A UPC-A starting with 0 is 11 digits as a number: the zero comes back with the repair.
    expect(readBarcode('1.2345678905E+10')).toEqual({
      gtin: '0012345678905',
      flags: { upc_repaired: 'repaired from 1.2345678905E+10 to 012345678905' },
    });
    expect(readBarcode('4.006381333931E+12')).toEqual({
      gtin: '4006381333931',
      flags: { upc_repaired: 'repaired from 4.006381333931E+12 to 4006381333931' },
    });
  });

  it('read a decimal comma, a lower-case e, trailing zeros past the last digit and an Excel text guard', () => {
    expect(readBarcode('8,59725123453E+11').gtin).toBe('0859725123453');
    expect(readBarcode('8.59725123453e11').gtin).toBe('0859725123453');
    expect(readBarcode('8.5972512345300E+11').gtin).toBe('0859725123453');
    expect(readBarcode('="8.59725123453E+11"').gtin).toBe('0859725123453');
  });

  it('are kept as printed, without inventing digits, when the mantissa is too short', () => {
    expect(readBarcode('8.59725E+11')).toEqual({
      gtin: null,
      flags: {
        upc: '8.59725E+11',
        upc_reason: "Excel's scientific notation kept 6 of its 12 digits; the rest cannot be known (export the UPC column as text)",
      },
    });
    // 400638133390 would verify, but the last digit was never printed: a zero there is a guess.
    expect(readBarcode('4.0063813339E+11').gtin).toBeNull();
    expect(readBarcode('4.0063813339E+11').flags.upc_reason).toMatch(/kept 11 of its 12 digits/);
  });

  it('are not repaired when every digit is there but the check digit does not verify', () => {
    expect(readBarcode('8.59725123456E+11')).toEqual({
      gtin: null,
      flags: {
        upc: '8.59725123456E+11',
        upc_reason: 'it is printed in scientific notation, and read as 859725123456 its check digit does not verify',
      },
    });
  });

  it('are no barcode when the number is not whole or has the wrong number of digits', () => {
    expect(readBarcode('8.597251234531E+11').flags.upc_reason).toBe('8.597251234531E+11 is not a whole number, so it is not a barcode');
    expect(readBarcode('1.5E+3')).toEqual({ gtin: null, flags: { upc: '1.5E+3', upc_reason: '1.5E+3 is a number of 4 digits, which is not a barcode' } });
  });
});

describe('UPCs that lost their leading zeros', () => {
  it('are padded back when the check digit verifies, and say so', () => {
    expect(readBarcode('12345678905')).toEqual({ gtin: '0012345678905', flags: { upc_repaired: 'repaired from 12345678905 to 012345678905' } });
    // Two zeros lost: 00123456789_ → 9·3+8+7·3+6+5·3+4+3·3+2+1·3+0+0·3 = 95 → 5.
    expect(readBarcode('1234567895').flags).toEqual({ upc_repaired: 'repaired from 1234567895 to 001234567895' });
  });

  it('are kept as printed when the padded code does not verify', () => {
    expect(readBarcode('12345678906')).toEqual({
      gtin: null,
      flags: { upc: '12345678906', upc_reason: 'it is 11 digits long, as if it lost leading zeros, and read as 012345678906 its check digit does not verify' },
    });
  });

  it('leave complete codes alone: a wrong check digit on a full-length code is kept and flagged', () => {
    expect(readBarcode('012345678905')).toEqual({ gtin: '0012345678905', flags: {} });
    expect(readBarcode("'0 12345-67890 5")).toEqual({ gtin: '0012345678905', flags: {} });
    expect(readBarcode('012345678906')).toEqual({ gtin: '0012345678906', flags: { upc_check_digit: '012345678906' } });
  });
});

describe('IdentifierNotes', () => {
  it('turns the flags of many lines into one warning per barcode, naming a few lines', () => {
    const notes = new IdentifierNotes();
    const repaired = readBarcode('8.59725123453E+11').flags;
    const lost = readBarcode('8.59725E+11').flags;
    for (const line of [4, 5, 6, 7, 8, 9, 10]) notes.note(line, repaired);
    notes.note(12, lost);
    notes.note(13, readBarcode('012345678905').flags);
    notes.note(14, readBarcode('012345678906').flags);
    expect(notes.warnings()).toEqual([
      'Lines 4, 5, 6, 7, 8 and 2 more: UPC repaired from 8.59725123453E+11 to 859725123453 (its check digit verifies); the line is flagged with what was printed.',
      `Line 12: UPC "8.59725E+11" was kept as printed and the line has no release barcode: ${lost.upc_reason}.`,
      'Line 14: UPC 012345678906 is complete but its check digit does not verify (mistyped?); the release is filed under it as printed and the line is flagged.',
    ]);
  });

  it('counts the lines of barcodes past the first twenty instead of naming them', () => {
    const notes = new IdentifierNotes();
    for (let n = 0; n < 22; n++) notes.note(n + 2, { upc_repaired: `repaired from ${n} to ${n}` });
    const warnings = notes.warnings();
    expect(warnings).toHaveLength(21);
    expect(warnings[1]).toBe('Line 3: UPC repaired from 1 to 1 (its check digit verifies); the line is flagged with what was printed.');
    expect(warnings.at(-1)).toBe('2 more lines have UPCs or ISRCs repaired, kept as printed or not valid; each line is flagged.');
  });

  it('names an ISRC cell that is no ISRC once, beside the barcode note of the same line', () => {
    const notes = new IdentifierNotes();
    notes.note(2, { isrc: 'USRC1' });
    notes.note(3, { isrc: 'USRC1', ...readBarcode('012345678906').flags });
    notes.note(4, {});
    expect(notes.warnings()).toEqual([
      'Lines 2 and 3: "USRC1" is no ISRC (two letters, three letters or digits, seven digits); the line is flagged and its recording matched by artist and title.',
      'Line 3: UPC 012345678906 is complete but its check digit does not verify (mistyped?); the release is filed under it as printed and the line is flagged.',
    ]);
  });
});
