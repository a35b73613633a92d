import { useApolloClient, useMutation } from '@apollo/client/react';
import { useNavigate } from 'react-router';

import { LogoutMutation } from './auth.operations';

export function useSignOut() {
  const client = useApolloClient();
  const navigate = useNavigate();
  const [logout, { loading }] = useMutation(LogoutMutation);

  const signOut = async () => {
    try {
      await logout();
    } catch {
      // An expired session or a lost connection still ends with the user signed out here.
    }

    // Nothing of this session should stay in memory for whoever uses the browser next.
    await client.clearStore();
    await navigate('/login', { replace: true });
  };

  return { signOut, isSigningOut: loading };
}
