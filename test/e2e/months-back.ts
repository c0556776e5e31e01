/** Calendar months counted back from this one, for statements a test dates relative to today. */
export interface Month {
  year: number;
  month: number;
}

const NOW = new Date();

/** The month `back` months before this one. */
export function monthsBack(back: number): Month {
  const index = NOW.getFullYear() * 12 + NOW.getMonth() - back;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

export const pad = (n: number) => String(n).padStart(2, '0');
export const isoDay = (m: Month, day: number) => `${m.year}-${pad(m.month)}-${pad(day)}`;
export const lastDay = (m: Month) => new Date(Date.UTC(m.year, m.month, 0)).getUTCDate();
