/**
 * Figures worked out by the tests themselves, sharing no code with the app: exact money in units of
 * 1e-16, amounts as the app shows them, and the CSV it writes.
 */

const SCALE = 16;

/** A plain decimal as an exact count of 1e-16. */
export function toUnits(text: string): bigint {
  const match = /^(-)?(\d*)(?:\.(\d*))?$/.exec(text.trim());
  if (!match || (match[3] ?? '').length > SCALE) throw new Error(`not a plain decimal: "${text}"`);
  const units = BigInt((match[2] || '0') + (match[3] ?? '').padEnd(SCALE, '0'));
  return match[1] ? -units : units;
}

/** 1e-16 units to whole cents, half away from zero. */
export function toCents(units: bigint): bigint {
  const step = 10n ** BigInt(SCALE - 2);
  const magnitude = units < 0n ? -units : units;
  const cents = (magnitude + step / 2n) / step;
  return units < 0n ? -cents : cents;
}

/** "$70,309.71" → 7030971n. */
export function displayedCents(text: string): bigint {
  const match = /^(-)?\$([\d,]+)\.(\d{2})$/.exec(text.trim());
  if (!match) throw new Error(`not a dollar amount: "${text}"`);
  const cents = BigInt(match[2]!.replaceAll(',', '') + match[3]);
  return match[1] ? -cents : cents;
}

/** Splits delimited text into rows, honouring double-quoted fields and any line ending; blank lines are dropped. */
export function parseDelimited(text: string, delimiter: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') {
        quoted = false;
      } else {
        field += char;
      }
    } else if (char === '"' && field === '') {
      quoted = true;
    } else if (char === delimiter) {
      row.push(field);
      field = '';
    } else if (char === '\r' || char === '\n') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else {
      field += char;
    }
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows.filter((cells) => cells.length > 1 || cells[0] !== '');
}
