interface WizardStepsProps {
  steps: readonly string[];
  /** 0-based. */
  current: number;
}

/** Where the user is in the wizard: "Step 2 of 3: Columns", with the steps before marked done. */
export function WizardSteps({ steps, current }: WizardStepsProps) {
  return (
    <ol className="wizard-steps" aria-label="Steps">
      {steps.map((step, index) => (
        <li
          key={step}
          className={index === current ? 'wizard-step wizard-step--current' : index < current ? 'wizard-step wizard-step--done' : 'wizard-step'}
          aria-current={index === current ? 'step' : undefined}
        >
          <span className="wizard-step-number" aria-hidden="true">
            {index + 1}
          </span>
          <span>
            <span className="visually-hidden">Step {index + 1} of {steps.length}: </span>
            {step}
          </span>
        </li>
      ))}
    </ol>
  );
}
