import { useId } from 'react';
import { countText } from '../../../format/figures-text';
import { previewCard } from '../preview-card';
import { SampleLinesTable } from '../SampleLinesTable';
import { shownPreview, type MappingPreviewState } from './use-mapping-preview';

interface MappingPreviewPanelProps {
  fileName: string;
  /** What must still be chosen before there is anything to preview, each with the id its field's control is described by. */
  remaining: readonly { id: string; text: string }[];
  state: MappingPreviewState;
}

function statusText(state: MappingPreviewState, remaining: readonly unknown[]): string {
  if (state.phase === 'loading') return 'Reading the file with this mapping…';
  if (state.phase === 'failed') return 'The preview failed.';
  if (state.phase === 'idle') return remaining.length ? 'The preview appears once the required fields are chosen.' : '';
  const { preview } = state;
  if (preview.status !== 'ready') return 'Nothing in the file can be read with this mapping yet.';
  return `${countText(preview.importable)} of ${countText(preview.lines)} lines can be imported.`;
}

/** What importing the file with the mapping as it stands would give: figures, problems, the first lines. */
export function MappingPreviewPanel({ fileName, remaining, state }: MappingPreviewPanelProps) {
  const titleId = useId();
  const preview = shownPreview(state);
  const card = preview ? previewCard(preview, 'lenient') : null;
  return (
    <section className="mapping-preview" aria-labelledby={titleId} aria-busy={state.phase === 'loading'}>
      <h3 id={titleId}>Preview</h3>
      <p className="mapping-status" role="status">
        {statusText(state, remaining)}
      </p>
      {remaining.length > 0 && (
        <ul className="mapping-remaining" aria-label="Still to do">
          {remaining.map((item) => (
            <li key={item.id} id={item.id}>
              {item.text}
            </li>
          ))}
        </ul>
      )}
      {state.phase === 'failed' && (
        <p className="notice notice--error" role="alert">
          {state.message}
        </p>
      )}
      {card && preview && remaining.length === 0 && (
        <div className="mapping-preview-body">
          {card.statusMessage && <p className="notice notice--error">{card.statusMessage}</p>}
          {card.status === 'ready' && (
            <dl className="fact-grid">
              {card.facts.map((fact) => (
                <div key={fact.label}>
                  <dt>{fact.label}</dt>
                  <dd>{fact.value}</dd>
                </div>
              ))}
              <div>
                <dt>Earned</dt>
                <dd>
                  {card.totals.map((total) => (
                    <span key={total.currency} className="amount" title={total.exact}>
                      {total.text}
                    </span>
                  ))}
                </dd>
              </div>
            </dl>
          )}
          {card.problems.length > 0 && (
            <div className="problem-block">
              <h4>Lines that cannot be read</h4>
              <ul className="problem-list">
                {card.problems.map((problem, index) => (
                  <li key={index}>
                    <span className="problem-where">{problem.where}</span> {problem.reason}
                  </li>
                ))}
              </ul>
              {card.moreProblems > 0 && <p className="problem-more">and {card.moreProblems.toLocaleString('en-US')} more</p>}
            </div>
          )}
          {card.sample.rows.length > 0 && <SampleLinesTable fileName={fileName} columns={card.sample.columns} rows={card.sample.rows} />}
        </div>
      )}
    </section>
  );
}
