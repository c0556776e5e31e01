/** UPC-A check digit over 11 digits: odd positions weigh 3, even positions 1. */
export function upcCheckDigit(elevenDigits: string): number {
  if (!/^\d{11}$/.test(elevenDigits)) throw new Error(`"${elevenDigits}" is not 11 digits`);
  let sum = 0;
  for (let i = 0; i < 11; i++) sum += Number(elevenDigits[i]) * (i % 2 === 0 ? 3 : 1);
  return (10 - (sum % 10)) % 10;
}

/**
 * Hands out ISRCs the way a registrant does: `CC` country, `XXX` registrant, `YY` year of
 * reference, `NNNNN` a running number per registrant and year.
 */
export class IsrcIssuer {
  private readonly next = new Map<string, number>();

  issue(prefix: string, year: number): string {
    if (!/^[A-Z]{2}[A-Z0-9]{3}$/.test(prefix)) throw new Error(`"${prefix}" is not an ISRC country and registrant code`);
    const yy = String(year % 100).padStart(2, '0');
    const key = prefix + yy;
    const n = (this.next.get(key) ?? 0) + 1;
    if (n > 99_999) throw new Error(`ISRC designation codes for ${key} are used up`);
    this.next.set(key, n);
    return `${key}${String(n).padStart(5, '0')}`;
  }
}
