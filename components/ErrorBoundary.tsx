import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  /** Shown instead of the children after an error; gets a retry callback. */
  fallback(error: Error, retry: () => void): ReactNode;
  children: ReactNode;
}

/** Catches render errors of a screen so one broken screen never blanks the whole panel. */
export class ErrorBoundary extends Component<Props, { error: Error | null }> {
  override state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    // Attributed to the panel so it can be told apart from page or worker errors in the console.
    console.error('[stormwatch] side panel error', error, info.componentStack);
  }

  override render() {
    if (this.state.error) return this.props.fallback(this.state.error, () => this.setState({ error: null }));
    return this.props.children;
  }
}
