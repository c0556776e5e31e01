/**
 * Asks `check` every 50 ms until it answers something other than undefined, and returns that;
 * for what a watcher or a job does in its own time. Throws once `ms` have passed without an answer.
 */
export async function until<T>(check: () => Promise<T | undefined>, ms = 20_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error(`nothing came within ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
