import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

const STORES = ['Spotify', 'Apple Music', 'iTunes', 'Amazon Music', 'Amazon (Downloads)', 'YouTube (Red)', 'Deezer', 'TIDAL', 'TikTok', 'Pandora', 'SoundCloud', 'Napster', 'Anghami', 'Boomplay', 'Audiomack'];
const HEADER = '"Date Inserted","Reporting Date","Sale Month","Store","Artist","Title","ISRC","UPC","Quantity","Team Percentage","Source Type","Country of Sale","Songwriter Royalties Withheld (USD)","Earnings (USD)","Recoup (USD)"';

/**
 * A current-layout DistroKid statement of `lines` lines over 5 years, 2,000 recordings, 15 stores
 * and 100 territories, written in chunks: the benchmark's input, identical for every engine.
 */
export async function writeDistroKidBenchFile(path: string, lines: number, territories: string[]): Promise<number> {
  const out = createWriteStream(path);
  let seed = 12345;
  const next = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff);
  out.write(`${HEADER}\n`);
  let chunk: string[] = [];
  for (let i = 0; i < lines; i++) {
    const recording = next() % 2000;
    const month = 60 - (next() % 60);
    const year = 2021 + Math.floor((month - 1) / 12);
    const saleMonth = `${year}-${String(((month - 1) % 12) + 1).padStart(2, '0')}`;
    const quantity = 1 + (next() % 5000);
    const micro = (next() % 100_000_000).toString().padStart(8, '0');
    const earnings = `${Math.floor(quantity / 250)}.${micro}${next() % 10}${next() % 10}`;
    chunk.push(
      `"2026-01-05","${saleMonth}-20","${saleMonth}","${STORES[next() % STORES.length]}","Artist ${recording % 150}","Song ${recording}","QZBEN${String(21 + (recording % 5)).padStart(2, '0')}${String(recording).padStart(5, '0')}","","${quantity}","100","Song","${territories[next() % territories.length]}","0","${earnings}","0"`,
    );
    if (chunk.length === 10_000) {
      if (!out.write(`${chunk.join('\n')}\n`)) await once(out, 'drain');
      chunk = [];
    }
  }
  if (chunk.length) out.write(`${chunk.join('\n')}\n`);
  out.end();
  await once(out, 'finish');
  return lines;
}
