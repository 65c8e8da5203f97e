/** `npm run kim -- <command>`: the command line, on the same services as the app. */
import { runCli } from './run';
import { terminalPrompt } from './prompt';

process.exitCode = await runCli(process.argv.slice(2), {
  env: process.env,
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  prompt: process.stdin.isTTY ? terminalPrompt : undefined,
});
