/**
 * ISO 8601 durations as DSR prints resource lengths: `PT2M44S`, `PT1H2M3S`, `PT1M30.5S`,
 * `PT0H0M0S` (YouTube's "unknown"). Returned in whole milliseconds so no float creeps in.
 * Years, months and weeks have no fixed length and never describe a recording: null.
 */
const DURATION = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)(?:[.,](\d+))?S)?)?$/i;

export function readIsoDuration(text: string): number | null {
  const s = text.trim();
  const m = DURATION.exec(s);
  // "P" and "PT" alone match the pattern but say nothing.
  if (!m || /^PT?$/i.test(s) || /T$/i.test(s)) return null;
  const [, days, hours, minutes, seconds, fraction] = m;
  const millis = (fraction ?? '').slice(0, 3).padEnd(3, '0');
  return (
    Number(days ?? 0) * 86_400_000 +
    Number(hours ?? 0) * 3_600_000 +
    Number(minutes ?? 0) * 60_000 +
    Number(seconds ?? 0) * 1000 +
    Number(millis)
  );
}

/** Milliseconds as a plain seconds figure for display: 164000 → "164", 90500 → "90.5". */
export function durationSeconds(millis: number): string {
  const whole = Math.floor(millis / 1000);
  const rest = millis % 1000;
  return rest === 0 ? String(whole) : `${whole}.${String(rest).padStart(3, '0').replace(/0+$/, '')}`;
}
