import type { DrillStep } from './breakdown-choices';
import { dimensionLabel } from './breakdown-vocabulary';

interface DrillBreadcrumbProps {
  rootText: string;
  steps: readonly DrillStep[];
  onStepBack(depth: number): void;
}

/** The path of clicks that led here; each earlier view is one click away. */
export function DrillBreadcrumb({ rootText, steps, onStepBack }: DrillBreadcrumbProps) {
  if (steps.length === 0) return null;
  return (
    <nav className="drill-breadcrumb" aria-label="Drill-down path">
      <ol>
        <li>
          <button type="button" className="crumb" onClick={() => onStepBack(0)}>
            {rootText}
          </button>
        </li>
        {steps.map((step, depth) => {
          const last = depth === steps.length - 1;
          return (
            <li key={depth}>
              <span className="crumb-separator" aria-hidden="true">
                ›
              </span>
              {last ? (
                <span className="crumb crumb--current" aria-current="location" title={dimensionLabel(step.dimension)}>
                  {step.label}
                </span>
              ) : (
                <button type="button" className="crumb" title={dimensionLabel(step.dimension)} onClick={() => onStepBack(depth + 1)}>
                  {step.label}
                </button>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
