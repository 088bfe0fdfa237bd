import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { setUnauthorizedHandler } from '../api/client';
import { authApi } from '../api/endpoints';
import type { Me, Role } from '../api/types';

export type AuthState =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'anonymous' }
  | { status: 'authenticated'; me: Me };

interface AuthContextValue {
  state: AuthState;
  login: (username: string, password: string) => Promise<void>;
  logout: () => Promise<void>;
  reload: () => Promise<void>;
}

const AuthContext = createContext<AuthContextValue | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<AuthState>({ status: 'loading' });

  const reload = useCallback(
    () =>
      authApi.me().then(
        (me) => setState(me ? { status: 'authenticated', me } : { status: 'anonymous' }),
        (err: unknown) => setState({ status: 'error', message: (err as Error).message }),
      ),
    [],
  );

  // What one user may see is not another's: the cache goes with the session.
  const queryClient = useQueryClient();
  useEffect(() => {
    setUnauthorizedHandler(() => {
      queryClient.clear();
      setState({ status: 'anonymous' });
    });
    authApi.me().then(
      (me) => setState(me ? { status: 'authenticated', me } : { status: 'anonymous' }),
      (err: unknown) => setState({ status: 'error', message: (err as Error).message }),
    );
    return () => setUnauthorizedHandler(null);
  }, [queryClient]);

  const login = useCallback(
    async (username: string, password: string) => {
      const me = await authApi.login(username, password);
      queryClient.clear();
      setState({ status: 'authenticated', me });
    },
    [queryClient],
  );

  const logout = useCallback(async () => {
    try {
      await authApi.logout();
    } finally {
      queryClient.clear();
      setState({ status: 'anonymous' });
    }
  }, [queryClient]);

  const value = useMemo(() => ({ state, login, logout, reload }), [state, login, logout, reload]);
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthContextValue {
  const ctx = useContext(AuthContext);
  if (!ctx) throw new Error('useAuth must be used inside <AuthProvider>');
  return ctx;
}

/** The logged-in user; only call below <RequireAuth>. */
export function useMe(): Me {
  const { state } = useAuth();
  if (state.status !== 'authenticated') throw new Error('useMe requires an authenticated session');
  return state.me;
}

export function hasRole(me: Me, role: Role): boolean {
  return me.roles.includes(role);
}
