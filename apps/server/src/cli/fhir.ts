/**
 * Interface analysts test a FHIR bundle before go-live, offline, with the same validation the
 * intake endpoint runs:
 *
 *   npm run fhir -- check FILE
 *
 * Prints the OperationOutcome as JSON on stdout and a one-line summary on stderr. Exit status:
 * 0 the bundle would be accepted, 1 it would not (including a file that is not JSON),
 * 2 usage error or unreadable file.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { checkFhirText } from '@infusio/domain/fhir';

const USAGE = 'usage: npm run fhir -- check FILE';

function main(args: readonly string[]): number {
  const [command, file, ...extra] = args;
  if (command === '--help' || command === '-h') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (command !== 'check' || file === undefined || extra.length > 0) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  // npm runs workspace scripts inside apps/server; INIT_CWD is where the analyst typed the command.
  const path = resolve(process.env.INIT_CWD ?? process.cwd(), file);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
    process.stderr.write(`fhir check: cannot read ${file} (${code})\n`);
    return 2;
  }
  const result = checkFhirText(text);
  process.stdout.write(`${JSON.stringify(result.outcome, null, 2)}\n`);
  process.stderr.write(`${file}: ${result.summary}\n`);
  return result.exitCode;
}

process.exitCode = main(process.argv.slice(2));
