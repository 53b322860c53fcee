// Copies lexicon data files next to the compiled code so dist/ is self-contained.
import { cpSync, existsSync, rmSync } from 'node:fs';

const from = new URL('../src/lexicon/data/', import.meta.url);
const to = new URL('../dist/lexicon/data/', import.meta.url);
if (existsSync(to)) rmSync(to, { recursive: true });
if (existsSync(from)) cpSync(from, to, { recursive: true });
