// The version from package.json, read without importing anything heavy.
import { readFileSync } from 'node:fs';

export function readVersion(): string {
  // dist/cli/ and src/cli/ are both two levels below the package root.
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}
