// A minimal `process` for the web-worker test bundle (esbuild --inject): code shared with Node
// (and packages written for it) may read process.env / process.platform / process.nextTick.
// Only free `process` identifiers in the bundle are replaced; the worker has no real one.
// versions.node is left undefined on purpose: runner/e2e.ts's e2eHost() reads it to tell the hosts apart.
export const process = {
  env: {} as Record<string, string | undefined>,
  argv: [] as string[],
  platform: 'browser',
  browser: true,
  version: '',
  versions: {} as Record<string, string | undefined>,
  nextTick: (fn: (...a: unknown[]) => void, ...args: unknown[]): void => { void Promise.resolve().then(() => fn(...args)); },
  emitWarning: (): void => { /* no-op */ },
  cwd: (): string => '/',
};
