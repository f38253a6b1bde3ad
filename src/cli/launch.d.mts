// Types of the compiled build's launcher (launch.mjs, plain JavaScript), for the tests that use it.

/** A digest of the sources a bundle is made from under `root` (src/, templates/, the package files). */
export function sourceDigest(root: string, esbuildVersion: string): string;

/** The bundle of a TypeScript entry (absolute path) for the sources as they are now: made if missing. */
export function bundleFor(entry: string): Promise<string>;
