/**
 * Offers an import's quarantined lines for correction. The dialog it opens is held by the list the
 * button sits in, not by the button: correcting the last line takes the button away.
 */
export function CorrectLinesButton({ fileName, onOpen }: { fileName: string; onOpen(): void }) {
  return (
    <button type="button" className="button button--small" aria-label={`Correct quarantined lines of ${fileName}`} onClick={onOpen}>
      Correct lines…
    </button>
  );
}
