import { useEffect, useRef, useState } from 'react';
import { SampleLinesTable } from './SampleLinesTable';

interface CardSampleLinesProps {
  fileName: string;
  columns: string[];
  rows: string[][];
  /** Among many cards the table waits for a click: it is the tallest part of a card. */
  folded: boolean;
}

/** A staged file's first lines as read, folded away among many cards; unfolded, the table folds itself again. */
export function CardSampleLines({ fileName, columns, rows, folded }: CardSampleLinesProps) {
  const [unfolded, setUnfolded] = useState(false);
  const place = useRef<HTMLDivElement>(null);
  const clicked = useRef(false);

  // The button goes with the click: the focus moves to the table's own fold, where the button was.
  useEffect(() => {
    if (unfolded && clicked.current) place.current?.querySelector('summary')?.focus();
    clicked.current = false;
  }, [unfolded]);

  if (!folded || unfolded) {
    return (
      <div ref={place}>
        <SampleLinesTable fileName={fileName} columns={columns} rows={rows} />
      </div>
    );
  }
  return (
    <button
      type="button"
      className="sample-lines-unfold"
      aria-expanded={false}
      onClick={() => {
        clicked.current = true;
        setUnfolded(true);
      }}
    >
      First {rows.length === 1 ? 'line' : `${rows.length} lines`} as read
    </button>
  );
}
