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
    // A part of the app that did not arrive (a dropped connection, a server restarted) is said as such: a reload fixes it.
    const unloaded = /dynamically imported module|importing a module script failed|failed to fetch|error loading/i.test(
      this.state.error.message,
    );
    return (
      <section className="crash" role="alert">
        <h1>
          {unloaded ? `The ${this.props.screen} could not be loaded` : `The ${this.props.screen} stopped working`}
        </h1>
        <p>
          {unloaded
            ? 'Its part of the app did not arrive, usually a dropped connection or a server that restarted: '
            : 'Something went wrong while showing this screen: '}
          <code>{this.state.error.message}</code>
        </p>
        <p>Your saved sessions are safe. You can reload, or go back to the library and continue from there.</p>
        <p>
          <button type="button" className="primary" onClick={() => window.location.reload()}>
            Reload the page
          </button>{' '}
          <a className="button" href="#/" onClick={() => this.setState({ error: null })}>
            Back to the library
          </a>
        </p>
      </section>
    );
  }
}
