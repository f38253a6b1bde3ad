import { rename, rm } from 'node:fs/promises';

function isMissing(error: unknown): boolean {
  return error instanceof Error && 'code' in error && error.code === 'ENOENT';
}

/**
 * Puts a freshly built directory where the live one is, so a failed build never destroys the
 * previous site: the live directory is parked, the new one renamed into place, and only then is
 * the parked one removed. If the second rename fails, the parked directory is put back.
 * All three paths must be on one file system (renames, not copies).
 */
export async function swapDirectory(fresh: string, live: string, parking: string): Promise<void> {
  await rm(parking, { recursive: true, force: true });
  let parked = false;
  try {
    await rename(live, parking);
    parked = true;
  } catch (error) {
    if (!isMissing(error)) throw error;
  }
  try {
    await rename(fresh, live);
  } catch (error) {
    if (parked) await rename(parking, live);
    throw error;
  }
  if (parked) await rm(parking, { recursive: true, force: true });
}
