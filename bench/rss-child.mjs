// Runs the arqam CLI in this process (argv after the script) and, at exit, prints the
// process's peak resident set size and CPU time on stderr as one tagged JSON line.
// Peak RSS covers every thread, so it includes the worker threads of --jobs.
import { main } from '../dist/cli/main.js';

const code = await main(process.argv.slice(2));
process.exitCode = code;
process.on('exit', () => {
  const usage = process.resourceUsage();
  process.stderr.write(`\n@arqam-bench ${JSON.stringify({ maxRSS: usage.maxRSS, user: usage.userCPUTime, system: usage.systemCPUTime, code })}\n`);
});
