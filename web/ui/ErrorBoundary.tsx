import { Component, type ReactNode } from 'react';
import { t } from '../text/catalogue.ts';
import '../text/messages/ui-shell.ts';

/** The sentence that says what stopped: the whole page, this page, or the stage. */
const STOPPED = {
  page: 'ui.error.page',
  'this-page': 'ui.error.this-page',
  stage: 'ui.error.stage',
} as const;

interface Props {
  /** What stops when it fails: "The page stopped with an error: …". */
  what: keyof typeof STOPPED;
  /** A different key (another URL) starts afresh, as "Reload this step" does. */
  resetKey?: string;
  /** The fallback stands in for the page's <main>, so the page keeps its landmark. */
  main?: boolean;
  children: ReactNode;
}

interface State {
  error: Error | null;
  /** Bumped by "Reload this step": a new key mounts the children afresh. */
  attempt: number;
  resetKey: string | undefined;
}

const MAX_SHOWN = 200;

function describe(error: Error): string {
  const message = error.message.trim() || error.name;
  if (message.length > MAX_SHOWN) return `${message.slice(0, MAX_SHOWN - 1)}…`;
  return /[.!?…]$/.test(message) ? message : `${message}.`;
}

/**
 * Never a blank page: when a part of the page throws, it is replaced by one sentence saying
 * what went wrong and a button that mounts it again, without reloading the page.
 */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, attempt: 0, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    if (props.resetKey === state.resetKey) return null;
    return { error: null, resetKey: props.resetKey };
  }

  private readonly reload = () => {
    this.setState((state) => ({ error: null, attempt: state.attempt + 1 }));
  };

  override render() {
    const { error, attempt } = this.state;
    if (!error) return <Attempt key={attempt}>{this.props.children}</Attempt>;
    const body = (
      <div className="error error-boundary" role="alert" data-testid="error-boundary">
        <p>{t(STOPPED[this.props.what], { error: describe(error) })}</p>
        <button type="button" onClick={this.reload} data-testid="reload-step">
          {t('ui.error.reload')}
        </button>
      </div>
    );
    return this.props.main ? (
      <main className="notice-page" id="main" tabIndex={-1}>
        {body}
      </main>
    ) : (
      body
    );
  }
}

function Attempt({ children }: { children: ReactNode }) {
  return children;
}
