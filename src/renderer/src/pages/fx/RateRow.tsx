import { useEffect, useRef } from 'react';
import type { FxRate } from '../../../../shared/contract/imports';
import { monthLabel } from '../../format/calendar-text';

interface RateRowProps {
  rate: FxRate;
  /** Its rate was just changed here: said beside the button, as the page's notice may be out of view. */
  saved: boolean;
  /** Its field just closed: the focus comes back to its Edit, not to the top of the page. */
  takeFocus: boolean;
  onEdit(): void;
}

export function RateRow({ rate, saved, takeFocus, onEdit }: RateRowProps) {
  const edit = useRef<HTMLButtonElement>(null);
  const month = monthLabel(rate.month);

  useEffect(() => {
    if (takeFocus) edit.current?.focus();
  }, [takeFocus]);

  return (
    <tr>
      <td>{month}</td>
      <td>{rate.currency}</td>
      <td className="numeric rate-value">{rate.rate}</td>
      <td className="row-actions">
        <div className="rate-row-actions">
          {saved && <span className="rate-saved">Saved</span>}
          <button ref={edit} type="button" className="button button--small" aria-label={`Edit the ${rate.currency} rate for ${month}`} onClick={onEdit}>
            Edit
          </button>
        </div>
      </td>
    </tr>
  );
}
