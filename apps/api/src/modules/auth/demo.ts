/** The password of every demo sign-in; the demo data only ever goes into the embedded database. */
export const DEMO_PASSWORD = 'arus-demo';
