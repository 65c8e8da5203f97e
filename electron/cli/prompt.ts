/**
 * The terminal prompt: questions go to stderr (stdout stays for results). Input is read in raw
 * mode; hidden input is never echoed. Ctrl-C, or Ctrl-D on an empty line, cancels. Input typed
 * or pasted ahead (several lines at once) is kept for the next question.
 */
import { CliError, EXIT_CANCELLED, type Prompt } from './io';

/** Escape sequences (arrow keys, bracketed-paste markers) are dropped, not taken as input. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: ESC is exactly what this pattern looks for.
const ESCAPES = /\u001b(\[[0-9;?]*[ -/]*[@-~]|.)?/g;

let ahead = '';

export const terminalPrompt: Prompt = (question, { hidden }) => {
  const stdin = process.stdin;
  const echo = (text: string) => void (hidden ? undefined : process.stderr.write(text));
  process.stderr.write(question);
  return new Promise((resolve, reject) => {
    let input = '';
    const wasRaw = stdin.isRaw;
    const finish = (error?: CliError) => {
      stdin.off('data', onData);
      stdin.setRawMode(wasRaw);
      stdin.pause();
      process.stderr.write('\n');
      if (error) reject(error);
      else resolve(input);
    };
    /** Takes characters until the line is complete; returns whether it is. */
    const take = (text: string): boolean => {
      const chars = [...text];
      for (let i = 0; i < chars.length; i++) {
        const ch = chars[i]!;
        if (ch === '\r' || ch === '\n') {
          ahead = chars.slice(chars[i + 1] === '\n' && ch === '\r' ? i + 2 : i + 1).join('');
          finish();
          return true;
        }
        if (ch === '\u0003' || (ch === '\u0004' && input === '')) {
          ahead = '';
          finish(new CliError('Abgebrochen. Es wurde nichts geändert.', EXIT_CANCELLED));
          return true;
        }
        if (ch === '\u007f' || ch === '\b') {
          if (input !== '') echo('\b \b');
          input = [...input].slice(0, -1).join('');
        } else if (ch >= ' ') {
          input += ch;
          echo(ch);
        }
      }
      return false;
    };
    const onData = (chunk: Buffer | string) => void take(chunk.toString('utf8').replace(ESCAPES, ''));
    const earlier = ahead;
    ahead = '';
    stdin.setRawMode(true);
    if (take(earlier)) return;
    stdin.on('data', onData);
    stdin.resume();
  });
};
