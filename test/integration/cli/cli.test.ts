import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../support/run-cli';
import { tempDataFolder } from '../../support/temp-store';

let folder: ReturnType<typeof tempDataFolder>;
let db: string;

const DK13 = [
  'Reporting Date\tSale Month\tStore\tArtist\tTitle\tISRC\tUPC\tQuantity\tTeam Percentage\tSong/Album\tCountry of Sale\tSongwriter Royalties Withheld\tEarnings (USD)',
  '2024-03-05\t2024-01\tSpotify\tLena Vos\tHarbour\tNL-A1Z-24-00001\t\t1200\t100\tSong\tNL\t0\t3.456789012345',
  '2024-03-05\t2024-01\tiTunes\tLena Vos\tHarbour\tNLA1Z2400001\t\t1\t100\tSong\tDE\t0\t0.69',
  '2024-03-05\t2024-01\tiTunes\tLena Vos\tHarbour\tNLA1Z2400001\t\t-1\t100\tSong\tDE\t0\t-0.69',
  '2024-03-05\t2024-02\tApple Music\tLena Vos\tTides\tnla1z2400002\t\t300\t50\tSong\tOU\t0\t.12345678',
].join('\n');

const DK15 = [
  '"Date Inserted","Reporting Date","Sale Month","Store","Artist","Title","ISRC","UPC","Quantity","Team Percentage","Source Type","Country of Sale","Songwriter Royalties Withheld (USD)","Earnings (USD)","Recoup (USD)"',
  '"2025-04-02","2025-04-01","2025-02","Deezer","Lena Vos","Harbour","NLA1Z2400001","","50","100","Song","FR","0","0.1000000001","0"',
  '"2025-04-02","2025-04-01","2025-02","Amazon (Downloads)","Lena Vos","Harbour EP","","0123456789012","2","100","Album","US","0","9.98","0"',
].join('\r\n');

const TUNECORE = [
  'Sales Period,Posted Date,Store Name,Country Of Sale,Artist,Release Type,Release Title,Song Title,Label,UPC,Optional UPC,TC Song ID,Optional ISRC,Sales Type,# Units Sold,Per Unit Price,Net Sales,Net Sales Currency,Exchange Rate,Total Earned,Currency',
  '2024-05-01,2024-06-15,Spotify,GB,Lena Vos,Single,Harbour,Harbour,Vos Music,0123456789012,,1001,NLA1Z2400001,Streaming,800,0.0031,2.48,GBP,1.27,3.1496,USD',
  '2024-05-02,2024-06-15,iTunes,US,Lena Vos,Single,Harbour,Harbour,Vos Music,0123456789012,,1001,NLA1Z2400001,Download,3,0.69,2.07,USD,1,2.07,USD',
].join('\n');

beforeAll(() => {
  folder = tempDataFolder('tunemantra-cli-');
  db = folder.location.databaseFile;
});
afterAll(() => folder.remove());

describe('tunemantra import --json', () => {
  it('imports DistroKid 13- and 15-column and TuneCore files with exact totals', () => {
    const files = [folder.write('dk13.tsv', DK13), folder.write('dk15.csv', DK15), folder.write('tunecore.csv', TUNECORE)];
    const { code, stdout } = runCli(['import', '--db', db, '--json', ...files]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({
      files: [
        { file: files[0], format: 'DistroKid', status: 'imported', lines: 4, imported: 4, rejected: 0, quantity: 1500, amounts: { USD: '3.580245792345' } },
        { file: files[1], format: 'DistroKid', status: 'imported', lines: 2, imported: 2, rejected: 0, quantity: 52, amounts: { USD: '10.0800000001' } },
        { file: files[2], format: 'TuneCore', status: 'imported', lines: 2, imported: 2, rejected: 0, quantity: 803, amounts: { USD: '5.21960000' } },
      ],
    });
  });

  it('answers duplicate for the same content, exit 0', () => {
    const again = folder.write('dk13-copy.tsv', DK13);
    const { code, stdout } = runCli(['import', '--db', db, '--json', again]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).files[0]).toMatchObject({ status: 'duplicate', imported: 0, format: 'DistroKid' });
  });

  it('with --strict rejects a bad file with file, line and reason on stderr, exit 1, and stores nothing of it', () => {
    const bad = folder.write('bad-money.tsv', DK13.replace('0.69\n', 'n/a\n'));
    const before = runCli(['query', '--db', db, '--spec', '{"metrics":["lines"]}']);
    const { code, stdout, stderr } = runCli(['import', '--db', db, '--json', '--strict', bad]);
    expect(code).toBe(1);
    expect(JSON.parse(stdout).files[0]).toMatchObject({ status: 'rejected', imported: 0, amounts: {} });
    expect(stderr).toContain('bad-money.tsv line 3: column "Earnings (USD)": "n/a" is not a number; nothing was imported.');
    const after = runCli(['query', '--db', db, '--spec', '{"metrics":["lines"]}']);
    expect(JSON.parse(after.stdout).rows).toEqual(JSON.parse(before.stdout).rows);
  });

  it('by default imports the readable lines and quarantines the bad one, naming it, exit 1', () => {
    const bad = folder.write('lenient-money.tsv', DK13.replace('0.69\n', 'n/a\n').replace('Harbour', 'Harbour (live)'));
    const { code, stdout, stderr } = runCli(['import', '--db', join(folder.dir, 'lenient.sqlite'), '--json', bad]);
    expect(code).toBe(1);
    expect(JSON.parse(stdout).files[0]).toMatchObject({ status: 'imported', lines: 4, imported: 3, rejected: 1, amounts: { USD: '2.890245792345' } });
    expect(stderr).toContain('lenient-money.tsv line 3: column "Earnings (USD)": "n/a" is not a number — quarantined');
  });
});

describe('tunemantra import of a file close to a known layout', () => {
  it('refuses it on stderr naming the layout and the column it lacks, exit 1, and stores nothing', () => {
    const renamed = folder.write('dk-renamed.tsv', DK13.replace('Earnings (USD)', 'Earnings'));
    const nearMissDb = join(folder.dir, 'near-miss.sqlite');
    const { code, stdout, stderr } = runCli(['import', '--db', nearMissDb, renamed]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain(
      'dk-renamed.tsv line 1: not a statement layout this app recognises: its header has 4 of the 5 key columns of DistroKid, '
      + 'missing “Earnings (USD)”; if the distributor renamed it, map the columns yourself on the Import page (Map columns…); nothing was imported.',
    );
    const lines = runCli(['query', '--db', nearMissDb, '--spec', '{"metrics":["lines"]}']);
    expect(JSON.parse(lines.stdout).rows).toEqual([[0]]);
  });
});

describe('tunemantra query and export', () => {
  it('answers a spec as JSON and as CSV', () => {
    const spec = JSON.stringify({ metrics: ['revenue', 'quantity'], dimensions: ['month'], sort: { by: 'month', direction: 'asc' } });
    const json = runCli(['query', '--db', db, '--spec', spec]);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout).rows).toEqual([
      ['2024-01', '3.456789012345', 1200],
      ['2024-02', '0.12345678', 300],
      ['2024-05', '5.21960000', 803],
      ['2025-02', '10.0800000001', 52],
    ]);
    const csv = runCli(['query', '--db', db, '--spec', spec, '--format', 'csv']);
    expect(csv.stdout.split('\n')[0]).toBe('Month,Revenue (USD),Units');
  });

  it('exports with the chosen delimiter, header, BOM and line endings', () => {
    const out = folder.write('placeholder.csv', '');
    const spec = JSON.stringify({ metrics: ['revenue'], dimensions: ['platform'], sort: { by: 'revenue', direction: 'desc' } });
    const { code } = runCli(['export', '--db', db, '--spec', spec, '--format', 'csv', '--out', out, '--delimiter', ';', '--bom', '--no-header']);
    expect(code).toBe(0);
    const bytes = readFileSync(out);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.subarray(3).toString('utf8').split('\r\n');
    expect(lines[0]).toBe('Amazon Downloads;9.98000000');
    expect(lines.at(-1)).toBe('');
  });

  it('reads a spec from a file and explains a bad one', () => {
    const specFile = folder.write('spec.json', '{"metrics":["revenue"],"dimensions":["genre"]}');
    const { code, stderr } = runCli(['query', '--db', db, '--spec', `@${specFile}`]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/invalid query spec: dimensions\.0/);
  });
});

describe('tunemantra lines', () => {
  it('prints the statement lines behind a figure as CSV, each with its file and line, exact', () => {
    const spec = JSON.stringify({ filters: [{ field: 'platformName', op: 'equals', values: ['iTunes'] }] });
    const { code, stdout } = runCli(['lines', '--db', db, '--spec', spec]);
    expect(code).toBe(0);
    expect(stdout.split('\n')).toEqual([
      'File,Line,Sale from,Sale to,Reported,Platform,Territory,Artist,Release,UPC,Recording,ISRC,Sale type,Units,Currency,Earned,Earned (USD),Kept columns',
      'dk13.tsv,3,2024-01-01,2024-01-31,2024-03-05,iTunes,DE,Lena Vos,,,Harbour,NLA1Z2400001,download,1,USD,0.69000000,0.69000000,"{""team_percentage"":""100"",""source_type"":""Song"",""songwriter_royalties_withheld"":""0""}"',
      // The refund's "-0.69" stays a number: only text cells are guarded against spreadsheet formulas.
      'dk13.tsv,4,2024-01-01,2024-01-31,2024-03-05,iTunes,DE,Lena Vos,,,Harbour,NLA1Z2400001,download,-1,USD,-0.69000000,-0.69000000,"{""team_percentage"":""100"",""source_type"":""Song"",""songwriter_royalties_withheld"":""0""}"',
      // The release keeps the name the DistroKid album line gave its UPC first.
      'tunecore.csv,3,2024-05-02,2024-05-02,2024-06-15,iTunes,US,Lena Vos,Harbour EP,0123456789012,Harbour,NLA1Z2400001,download,3,USD,2.07000000,2.07000000,' +
        '"{""label"":""Vos Music"",""tc_song_id"":""1001"",""release_type"":""Single"",""sales_type"":""Download"",""per_unit_price"":""0.69"",""net_sales"":""2.07"",""net_sales_currency"":""USD"",""exchange_rate"":""1""}"',
      '',
    ]);
  });

  it('prints every line as one JSON object, largest first when asked, page after page', () => {
    const { code, stdout } = runCli(['lines', '--db', db, '--format', 'json', '--spec', '{"order":"largest"}']);
    expect(code).toBe(0);
    const answer = JSON.parse(stdout) as { total: number; lines: { fileName: string; line: number; base: string }[] };
    expect(answer.total).toBe(8);
    expect(answer.lines.map((l) => l.base)).toEqual([
      '9.98000000', '3.456789012345', '3.14960000', '2.07000000', '0.69000000', '0.12345678', '0.1000000001', '-0.69000000',
    ]);
  });

  it('refuses a page in its spec rather than ignoring it: it writes every line chosen', () => {
    const { code, stderr } = runCli(['lines', '--db', db, '--spec', '{"limit":5}']);
    expect(code).toBe(1);
    expect(stderr).toMatch(/invalid lines spec: .*limit/);
  });
});

describe('usage errors', () => {
  it('exits 2 with one readable line', () => {
    for (const args of [['frobnicate'], ['import', '--db', db], ['query', '--db', db, '--out', 'x'], ['export', '--db', db, '--spec', '{}']]) {
      const { code, stderr } = runCli(args);
      expect(code, args.join(' ')).toBe(2);
      expect(stderr.split('\n')[0]).toMatch(/^tunemantra: /);
    }
  });
});
