// The compiled modules the bench measures (npm run bench builds them first).
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const DIST = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');

/** Imports dist/<path>, e.g. dist('extract/index.js'). */
export const dist = (path) => import(pathToFileURL(join(DIST, path)).href);
