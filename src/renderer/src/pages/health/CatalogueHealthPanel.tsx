import { useCallback, useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { ChannelInput } from '../../../../shared/contract/channels';
import type { WorkstationApi } from '../../../../shared/contract/workstation-api';
import { useChannelAnswer } from '../../api/use-channel-answer';
import { selectedTimeRange, useOverviewStore } from '../../stores/overview-store';
import { TimeRangeBar } from '../overview/TimeRangeBar';
import { catalogueHealthFigures, catalogueHealthIsEmpty, type HealthFigure } from './catalogue-health-figures';
import { Panel } from '../../components/Panel';
import { UnconvertedNotice } from '../../components/UnconvertedNotice';

type HealthRequest = ChannelInput<'analytics:catalogueHealth'>;

const LAST_12_MONTHS = { kind: 'preset', preset: 'last12m' } as const;

/**
 * Earning share, long tail, new releases against back catalogue and longevity over the window
 * the Overview's time controls choose, which this panel shares with the Overview and Breakdown.
 */
export function CatalogueHealthPanel() {
  const { choice, customFrom, customTo, countBackFrom, dateBasis } = useOverviewStore(
    useShallow(({ choice, customFrom, customTo, countBackFrom, dateBasis }) => ({ choice, customFrom, customTo, countBackFrom, dateBasis })),
  );
  const wanted = useMemo((): HealthRequest | { problem: string } => {
    const range = selectedTimeRange({ choice, customFrom, customTo, countBackFrom });
    return 'problem' in range ? range : { timeRange: range, dateBasis };
  }, [choice, customFrom, customTo, countBackFrom, dateBasis]);

  // While a custom range is unfinished the last complete one stays asked: the controls keep their
  // place (and the date being typed its focus) and the figures wait behind a notice.
  const [asked, setAsked] = useState<HealthRequest>(() => ('problem' in wanted ? {} : wanted));
  if (!('problem' in wanted) && wanted !== asked) setAsked(wanted);
  const ask = useCallback((api: WorkstationApi) => api.catalogueHealth(asked), [asked]);
  const answer = useChannelAnswer(ask);
  // The request's own defaults: the window its figures are judged over.
  const basis = useMemo(() => ({ timeRange: asked.timeRange ?? LAST_12_MONTHS, dateBasis: asked.dateBasis ?? 'sale' }), [asked]);

  return (
    <Panel
      title="Catalogue health"
      subtitle="How much of the catalogue earns, and for how long"
      answer={answer}
      short
      toolbar={<TimeRangeBar resolvedRange={answer.value?.range ?? null} noData={answer.value !== null && answer.value.range === null} />}
      notice={'problem' in wanted ? wanted.problem : null}
      isEmpty={catalogueHealthIsEmpty}
      emptyText={
        <>
          No recording was sold by the end of this range. A longer range may show more, or <a href="#/import">import statements</a>.
        </>
      }
    >
      {(health) => (
        <>
          <UnconvertedNotice basis={basis} />
          <HealthFigures figures={catalogueHealthFigures(health)} />
        </>
      )}
    </Panel>
  );
}

function HealthFigures({ figures }: { figures: HealthFigure[] }) {
  return (
    <dl className="health-figures">
      {figures.map((figure) => (
        <div key={figure.key} className={`health-figure health-figure--${figure.key}`} data-testid={`health-${figure.key}`}>
          <dt>{figure.label}</dt>
          <dd className="health-figure-value">{figure.value}</dd>
          <dd className="health-figure-detail">{figure.detail}</dd>
        </div>
      ))}
    </dl>
  );
}
