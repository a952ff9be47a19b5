import { Component, type ReactNode } from 'react';
import { StorageNotices } from '../session/StorageNotices';

interface State {
  error: Error | null;
}

/**
 * One per screen: a thrown error shows what happened and a way back; saves are untouched. Every
 * screen sits in one, so storage problems (a save that could not be written) are said here too.
 */
export class ErrorBoundary extends Component<{ children: ReactNode; screen: string }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override render() {
    if (!this.state.error) {
      return (
        <>
          <StorageNotices />
          {this.props.children}
        </>
      );
    }
    return (
      <section className="crash" role="alert">
        <h1>The {this.props.screen} stopped working</h1>
        <p>
          Something went wrong while showing this screen: <code>{this.state.error.message}</code>
        </p>
        <p>Your saved sessions are safe. You can go back to the library and continue from there.</p>
        <p>
          <a className="button" href="#/" onClick={() => this.setState({ error: null })}>
            Back to the library
          </a>
        </p>
      </section>
    );
  }
}
