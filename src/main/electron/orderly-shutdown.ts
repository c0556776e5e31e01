/**
 * Electron quits as soon as every `before-quit` listener returns, which would cut the writer
 * thread off mid-transaction. The first quit request is therefore held back until the core has
 * closed, then quitting resumes; requests that arrive meanwhile are held back too.
 */
export function createOrderlyShutdown(options: {
  closeCore: () => Promise<void>;
  quit: () => void;
  onCloseError: (error: unknown) => void;
}): (preventQuit: () => void) => void {
  let phase: 'running' | 'closing' | 'closed' = 'running';
  return (preventQuit) => {
    if (phase === 'closed') return;
    preventQuit();
    if (phase === 'closing') return;
    phase = 'closing';
    options
      .closeCore()
      .catch(options.onCloseError)
      .finally(() => {
        phase = 'closed';
        options.quit();
      });
  };
}
