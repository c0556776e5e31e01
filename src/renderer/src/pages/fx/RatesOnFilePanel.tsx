import { useId, useRef, useState } from 'react';
import type { FxRate } from '../../../../shared/contract/imports';
import { FxRatesTable } from './FxRatesTable';
import { RatesFilterBar } from './RatesFilterBar';
import { EVERY_RATE, filterRates, latestFirst, pageCount, pageText, RATES_PAGE_SIZE, ratesOnPage, type RatesFilter } from './rates-view';
import type { RatesSaveOutcome } from './rates-save-outcome';

interface RatesOnFilePanelProps {
  rates: FxRate[];
  baseCurrency: string;
  busy: boolean;
  onSave(rates: FxRate[]): Promise<RatesSaveOutcome>;
}

/**
 * The rates on file a page at a time, latest month first, narrowed to a currency or a year once
 * they run past one page: years of rates for many currencies laid out at once took seconds.
 */
export function RatesOnFilePanel({ rates, baseCurrency, busy, onSave }: RatesOnFilePanelProps) {
  const ids = useId();
  const tableTop = useRef<HTMLDivElement>(null);
  const [filter, setFilter] = useState<RatesFilter>(EVERY_RATE);
  const [page, setPage] = useState(0);
  const matching = latestFirst(filterRates(rates, filter));
  const shown = ratesOnPage(matching, page);
  const pages = pageCount(matching.length);

  function turnTo(next: number) {
    setPage(next);
    // Turned from the foot of a long page, the next one is read from its top.
    const top = tableTop.current;
    if (top && top.getBoundingClientRect().top < 0) top.scrollIntoView({ block: 'start' });
  }

  return (
    <section className="panel" aria-labelledby={`${ids}-title`}>
      <header className="panel-header">
        <h2 id={`${ids}-title`}>Rates on file</h2>
        <p className="panel-subtitle">Latest month first</p>
      </header>
      {rates.length === 0 ? (
        <p className="panel-message">No rates yet. Add one above, or import a CSV. Statements that already pay in {baseCurrency} need none.</p>
      ) : (
        <>
          {rates.length > RATES_PAGE_SIZE && (
            <RatesFilterBar
              rates={rates}
              filter={filter}
              onFilter={(next) => {
                setFilter(next);
                setPage(0);
              }}
              countText={pageText(shown.page, matching.length)}
            />
          )}
          <div ref={tableTop} className="rates-table-top">
            {matching.length === 0 ? (
              <div className="panel-message rates-none">
                <p>No rate on file for these choices.</p>
                <button type="button" className="button button--small" onClick={() => setFilter(EVERY_RATE)}>
                  Show every rate
                </button>
              </div>
            ) : (
              <FxRatesTable rates={shown.rates} baseCurrency={baseCurrency} busy={busy} onSave={onSave} />
            )}
          </div>
          {pages > 1 && (
            <nav className="rates-pager" aria-label="Pages of rates">
              <button type="button" className="button button--small" disabled={shown.page === 0} onClick={() => turnTo(shown.page - 1)}>
                Previous page
              </button>
              <p>
                Page {shown.page + 1} of {pages}
              </p>
              <button type="button" className="button button--small" disabled={shown.page >= pages - 1} onClick={() => turnTo(shown.page + 1)}>
                Next page
              </button>
            </nav>
          )}
        </>
      )}
    </section>
  );
}
