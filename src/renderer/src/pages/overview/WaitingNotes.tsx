import type { FigureWithWaiting } from '../../../../shared/query/unconverted-members';

/** As many as the page's notice names months: a long list under a chart would bury it. */
const NAMED = 6;

interface Noted {
  name: string;
  waiting?: FigureWithWaiting;
}

/**
 * Under a chart, the bars or months whose revenue leaves lines out for want of an FX rate, in
 * words: a bar cannot say "$0.00 is not what it earned". Nothing while every line is converted.
 */
export function WaitingNotes({ items, label, more }: { items: readonly Noted[]; label: string; more: string }) {
  const waiting = items.filter((item): item is Required<Noted> => item.waiting !== undefined);
  if (waiting.length === 0) return null;
  const rest = waiting.length - NAMED;
  return (
    <ul className="waiting-notes" aria-label={label}>
      {waiting.slice(0, NAMED).map(({ name, waiting: { figure, note } }) => (
        <li key={name}>
          <span className="waiting-notes-name">{name}:</span> {figure}
          {note && <span className="unconverted-note"> {note}</span>}
        </li>
      ))}
      {rest > 0 && <li>and {rest.toLocaleString('en-US')} more {more}</li>}
    </ul>
  );
}
