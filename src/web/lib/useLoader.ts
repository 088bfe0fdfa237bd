import { useCallback, useEffect, useRef, useState } from 'react';

export interface Loaded<T> {
  data: T;
  loading: boolean;
  /** The last load failed (the API client already told the user why). */
  failed: boolean;
  reload: () => Promise<void>;
  setData: (update: (prev: T) => T) => void;
}

interface State<T> {
  data: T;
  loading: boolean;
  failed: boolean;
}

/**
 * Runs `load` on mount and whenever it changes (memoise it with useCallback), keeping the last data
 * while reloading; results of superseded calls are dropped.
 */
export function useLoader<T>(load: () => Promise<T>, initial: T): Loaded<T> {
  const [state, setState] = useState<State<T>>({ data: initial, loading: true, failed: false });
  const [source, setSource] = useState({ load });
  const seq = useRef(0);

  // A new loader (e.g. another filter): show the spinner right away, during render.
  if (source.load !== load) {
    setSource({ load });
    setState((s) => ({ ...s, loading: true }));
  }

  const apply = useCallback((id: number, next: (s: State<T>) => State<T>) => {
    if (id === seq.current) setState(next);
  }, []);

  const start = useCallback(() => {
    const id = ++seq.current;
    return load().then(
      (data) => apply(id, () => ({ data, loading: false, failed: false })),
      () => apply(id, (s) => ({ ...s, loading: false, failed: true })),
    );
  }, [load, apply]);

  useEffect(() => {
    void start();
    const counter = seq;
    return () => {
      counter.current++; // drop the answer if we unmount or the loader changes
    };
  }, [start]);

  const reload = useCallback(async () => {
    setState((s) => ({ ...s, loading: true }));
    await start();
  }, [start]);

  const setData = useCallback(
    (update: (prev: T) => T) => setState((s) => ({ ...s, data: update(s.data) })),
    [],
  );

  return { ...state, reload, setData };
}
