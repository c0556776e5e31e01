import '../../styles/health.css';
import { PartialDemoNotice } from '../overview/PartialDemoNotice';
import { CatalogueHealthPanel } from './CatalogueHealthPanel';
import { CompletenessPanel } from './CompletenessPanel';
import { ReleaseComparisonPanel } from './ReleaseComparisonPanel';
import { StatementChecksPanel } from './StatementChecksPanel';

/** The four analytics reports: whether the catalogue earns, how releases start, whether the statements add up and are all in. */
export function HealthPage() {
  return (
    <div className="page health-page">
      <div className="page-heading">
        <div>
          <h1>Catalogue health</h1>
          <p className="page-lead">How much of the catalogue earns, how the newest releases started, and whether every statement is in and adds up.</p>
        </div>
      </div>
      <PartialDemoNotice />
      <CatalogueHealthPanel />
      <ReleaseComparisonPanel />
      <StatementChecksPanel />
      <CompletenessPanel />
    </div>
  );
}
