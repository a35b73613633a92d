import { createContext, useContext, type ReactNode } from 'react';

import type { DocumentType, WriteRight } from '../../gql/graphql';

/** What the signed-in viewer may see and do, as the API's `viewerAccess` says. */
export interface Access {
  opensEveryAccount: boolean;
  reads: readonly DocumentType[];
  seesMoney: boolean;
  writes: readonly WriteRight[];
}

// Until the API has said otherwise, the viewer sees and may change nothing: a button that
// appears a moment late is better than one that flashes and then disappears.
const noAccess: Access = { opensEveryAccount: false, reads: [], seesMoney: false, writes: [] };

const AccessContext = createContext<Access>(noAccess);

export function AccessProvider({ access, children }: { access: Access; children: ReactNode }) {
  return <AccessContext.Provider value={access}>{children}</AccessContext.Provider>;
}

export function useAccess(): Access {
  return useContext(AccessContext);
}

/** Whether the viewer reads documents of this type; the API leaves the others out or refuses. */
export function useCanRead(type: DocumentType): boolean {
  return useAccess().reads.includes(type);
}

/**
 * Whether the viewer holds a write right. The API checks every change itself; this only spares
 * people buttons that would be refused. Quotes, orders and invoices say what may be done through
 * their `actions` instead.
 */
export function useCanWrite(right: WriteRight): boolean {
  return useAccess().writes.includes(right);
}
