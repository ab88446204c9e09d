/** Loads data for a view and renders its loading, error and empty states the same way everywhere. */
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';

export type AsyncState<T> =
  { status: 'loading' } | { status: 'error'; message: string } | { status: 'ok'; value: T };

export function useAsync<T>(load: () => Promise<T>, deps: readonly unknown[]): AsyncState<T> {
  const [state, setState] = useState<AsyncState<T>>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    setState({ status: 'loading' });
    load().then(
      (value) => live && setState({ status: 'ok', value }),
      (error: unknown) =>
        live &&
        setState({ status: 'error', message: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      live = false;
    };
  }, deps);
  return state;
}

export function Async<T>(props: {
  state: AsyncState<T>;
  children: (value: T) => ComponentChildren;
}): ComponentChildren {
  const { state } = props;
  if (state.status === 'loading')
    return (
      <p class="status" role="status">
        Loading…
      </p>
    );
  if (state.status === 'error')
    return (
      <p class="status error" role="alert">
        Could not load: {state.message}
      </p>
    );
  return props.children(state.value);
}

export function Empty(props: { children: ComponentChildren }) {
  return <p class="status empty">{props.children}</p>;
}
