import { createContext, useContext, type ReactNode } from 'react';

// Outside an account page (and in tests that do not set one) times are read in the browser's zone.
const AccountTimeZoneContext = createContext<string | null>(null);

/** The account's IANA time zone, in which its days begin and end and its history is told. */
export function AccountTimeZoneProvider(props: { timeZone: string; children: ReactNode }) {
  return (
    <AccountTimeZoneContext.Provider value={props.timeZone}>
      {props.children}
    </AccountTimeZoneContext.Provider>
  );
}

export function useAccountTimeZone(): string {
  return useContext(AccountTimeZoneContext) ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
}
