import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tuneCoreStatement, type Line } from './tunecore-currencies';

const ACCOUNT = { artist: 'Ana Sol', label: 'Sol Records', songId: '4100002' };

const APRIL_USD: Line[] = [
  ['2024-04-02', 'Spotify', 'US', 'Harbour', 'NLA1Z2400001', '3.10', 'USD'],
  ['2024-04-05', 'Deezer', 'US', 'Tides', 'NLA1Z2400002', '1.00', 'USD'],
];
/** Écume earns only in euros; Harbour in dollars and euros. */
const MAY_EUR: Line[] = [
  ['2024-05-02', 'iTunes', 'FR', 'Écume', 'NLA1Z2400003', '148.00', 'EUR'],
  ['2024-05-30', 'Spotify', 'DE', 'Harbour', 'NLA1Z2400001', '1000.50', 'EUR'],
];

/**
 * Writes two TuneCore statements of one account into `folder`, April in dollars and May in euros
 * (no rate for them until a test enters one), and returns their paths, April's first.
 */
export function writeDollarAndEuroStatements(folder: string): string[] {
  const statements = [
    ['tunecore-april.csv', APRIL_USD, '2024-05-10'],
    ['tunecore-may.csv', MAY_EUR, '2024-06-10'],
  ] as const;
  return statements.map(([name, lines, posted]) => {
    const path = join(folder, name);
    writeFileSync(path, tuneCoreStatement(lines, { ...ACCOUNT, posted }));
    return path;
  });
}
