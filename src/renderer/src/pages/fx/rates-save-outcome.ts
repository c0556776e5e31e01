/** What saving rates came to: the page says it in full above, a row that saved its rate in place says it beside the rate. */
export type RatesSaveOutcome = { saved: true } | { saved: false; reason: string };
