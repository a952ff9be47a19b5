import { Component, type ReactNode } from 'react';

interface State {
  error: Error | null;
}

/** One per screen: a thrown error shows what happened and a way back; saves are untouched. */
export class ErrorBoundary extends Component<{ children: ReactNode; screen: string }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <section className="crash" role="alert">
        <h1>The {this.props.screen} stopped working</h1>
        <p>Something went wrong while showing this screen: <code>{this.state.error.message}</code></p>
        <p>Your saved sessions are safe. You can go back to the library and continue from there.</p>
        <p>
          <a className="button" href="#/" onClick={() => this.setState({ error: null })}>Back to the library</a>
        </p>
      </section>
    );
  }
}
