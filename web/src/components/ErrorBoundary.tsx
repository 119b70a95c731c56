import { Component, type ReactNode } from 'react';
import { Alert, Button, Stack } from '@mantine/core';
import { Translation } from 'react-i18next';
import { isApiError } from '../api/problem.ts';

interface Props {
  children: ReactNode;
  /** Changing it clears a shown error (e.g. the route path). */
  resetKey?: unknown;
}

interface State {
  error: unknown;
  resetKey: unknown;
}

/** Shows a failed page (load error, server error) in place, with a retry, instead of a blank screen. */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey !== state.resetKey ? { error: null, resetKey: props.resetKey } : null;
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <Translation>
        {(t) => (
          <Stack p="md" maw={640}>
            <Alert color="red" title={isApiError(error) ? error.problem.title : t('error.title')} role="alert">
              {isApiError(error) ? error.problem.detail : t('error.page')}
            </Alert>
            <Button variant="light" onClick={() => this.setState({ error: null })} w="fit-content">
              {t('action.retry')}
            </Button>
          </Stack>
        )}
      </Translation>
    );
  }
}
