/**
 * Offers an import's quarantined lines for correction, or, once every one of them is set aside,
 * for bringing some back. The dialog it opens is held by the list the button sits in, not by the
 * button: correcting the last line takes the button away.
 */
export function CorrectLinesButton({ fileName, waiting = true, onOpen }: { fileName: string; waiting?: boolean; onOpen(): void }) {
  return (
    <button
      type="button"
      className="button button--small"
      aria-label={waiting ? `Correct quarantined lines of ${fileName}` : `Quarantined lines of ${fileName}, all set aside`}
      onClick={onOpen}
    >
      {waiting ? 'Correct lines…' : 'Quarantined lines…'}
    </button>
  );
}
