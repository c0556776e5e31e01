import { Component, type ReactNode } from 'react';

interface Props {
  children: ReactNode;
  /** Changing it gives the panel a fresh try, e.g. when a new answer arrives. */
  resetKey: unknown;
}

interface State {
  error: Error | null;
}

/** Keeps a panel that cannot draw its answer from taking the rest of the page down with it. */
export class PanelErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidUpdate(previous: Props) {
    if (this.state.error && previous.resetKey !== this.props.resetKey) this.setState({ error: null });
  }

  override render() {
    if (this.state.error) {
      return (
        <p className="panel-message panel-message--error" role="alert">
          This panel could not show its figures: {this.state.error.message}
        </p>
      );
    }
    return this.props.children;
  }
}
