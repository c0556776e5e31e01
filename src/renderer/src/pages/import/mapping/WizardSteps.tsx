import type { Ref } from 'react';

interface WizardStepsProps {
  steps: readonly string[];
  /** 0-based. */
  current: number;
  /** The current step's heading, which the wizard gives the focus to as each step opens. */
  headingRef?: Ref<HTMLHeadingElement>;
}

/**
 * Where the user is in the wizard: "Step 2 of 3: Columns", with the steps before marked done. The
 * current step's name is the step's heading: focused, it is read out, and its ring shows where the
 * keyboard is when the button that led there has gone.
 */
export function WizardSteps({ steps, current, headingRef }: WizardStepsProps) {
  return (
    <ol className="wizard-steps" aria-label="Steps">
      {steps.map((step, index) => {
        const name = (
          <>
            <span className="visually-hidden">Step {index + 1} of {steps.length}: </span>
            {step}
          </>
        );
        return (
          <li
            key={step}
            className={index === current ? 'wizard-step wizard-step--current' : index < current ? 'wizard-step wizard-step--done' : 'wizard-step'}
            aria-current={index === current ? 'step' : undefined}
          >
            <span className="wizard-step-number" aria-hidden="true">
              {index + 1}
            </span>
            {index === current ? (
              <h3 ref={headingRef} className="wizard-step-title" tabIndex={-1}>
                {name}
              </h3>
            ) : (
              <span>{name}</span>
            )}
          </li>
        );
      })}
    </ol>
  );
}
