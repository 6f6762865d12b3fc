/**
 * Operations command line for ASC X12 files (the same readers the server uses):
 *   npm run x12 -- read FILE    structured JSON for a 270, 271, 278 or 835
 *   npm run x12 -- check FILE   every problem with segment, element and byte position
 * Exit status: 0 clean, 1 problems found (or the file was refused), 2 usage error, unreadable or
 * unsupported file. Errors go to stderr; bad input never prints a stack trace.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { X12Problem } from '@infusio/domain/x12';
import {
  X12UnsupportedError,
  X12ValidationError,
  checkX12,
  describeX12Problem,
  readX12,
} from '@infusio/domain/x12';

const USAGE = `Usage: npm run x12 -- <command> FILE [options]

Commands:
  read FILE     print a 270, 271, 278 or 835 file as structured JSON
  check FILE    list every problem with its segment, element and byte position

Options for check:
  --json             print the problems as JSON
  --allow-warnings   exit 0 when there are warnings but no errors

Exit status: 0 clean, 1 problems found or file refused, 2 usage error or unsupported file.`;

class UsageError extends Error {}

/** The file could not be read: reported without the usage text. */
class InputError extends Error {}

interface Command {
  name: 'read' | 'check';
  file: string;
  json: boolean;
  allowWarnings: boolean;
}

function parseArguments(args: readonly string[]): Command | 'help' {
  if (args.includes('--help') || args.includes('-h')) return 'help';
  const flags = args.filter((a) => a.startsWith('--'));
  const positional = args.filter((a) => !a.startsWith('--'));
  const unknown = flags.filter((f) => f !== '--json' && f !== '--allow-warnings');
  if (unknown.length > 0) throw new UsageError(`Unknown option ${unknown.join(', ')}.`);
  const [name, file, ...rest] = positional;
  if (name !== 'read' && name !== 'check') {
    throw new UsageError(
      name === undefined ? 'Give a command: read or check.' : `Unknown command "${name}".`,
    );
  }
  if (file === undefined) throw new UsageError(`"${name}" needs a FILE.`);
  if (rest.length > 0) throw new UsageError(`Unexpected argument ${rest.join(' ')}.`);
  if (name === 'read' && flags.length > 0)
    throw new UsageError(`${flags.join(', ')} only applies to check.`);
  return {
    name,
    file,
    json: flags.includes('--json'),
    allowWarnings: flags.includes('--allow-warnings'),
  };
}

/** npm runs workspace scripts from the workspace folder; resolve FILE from where the user typed it. */
function readInput(file: string): string {
  const path = resolve(process.env.INIT_CWD ?? process.cwd(), file);
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    const reason = error instanceof Error && 'code' in error ? String(error.code) : 'unreadable';
    throw new InputError(`Cannot read ${file} (${reason}).`);
  }
}

function countBySeverity(problems: readonly X12Problem[]): string {
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  return `${String(errors)} error(s), ${String(warnings)} warning(s)`;
}

function formatProblem(problem: X12Problem): string {
  return `${problem.severity.padEnd(7)} ${describeX12Problem(problem)}`;
}

function runCheck(command: Command): number {
  const problems = checkX12(readInput(command.file));
  if (command.json) {
    process.stdout.write(`${JSON.stringify(problems, null, 2)}\n`);
  } else if (problems.length === 0) {
    process.stdout.write(`${command.file}: no problems found.\n`);
  } else {
    const lines = [`${command.file}: ${countBySeverity(problems)}`, ...problems.map(formatProblem)];
    process.stdout.write(`${lines.join('\n')}\n`);
  }
  const errors = problems.some((p) => p.severity === 'error');
  return errors || (problems.length > 0 && !command.allowWarnings) ? 1 : 0;
}

function runRead(command: Command): number {
  try {
    const reading = readX12(readInput(command.file));
    process.stdout.write(`${JSON.stringify(reading, null, 2)}\n`);
    return 0;
  } catch (error) {
    if (error instanceof X12ValidationError) {
      const lines = [
        `${command.file} was refused: ${countBySeverity(error.problems)}`,
        ...error.problems.map(formatProblem),
      ];
      process.stderr.write(`${lines.join('\n')}\n`);
      return 1;
    }
    if (error instanceof X12UnsupportedError) {
      process.stderr.write(`${command.file}: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

function main(args: readonly string[]): number {
  try {
    const command = parseArguments(args);
    if (command === 'help') {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    }
    return command.name === 'read' ? runRead(command) : runCheck(command);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`${error.message}\n\n${USAGE}\n`);
      return 2;
    }
    if (error instanceof InputError) {
      process.stderr.write(`x12: ${error.message}\n`);
      return 2;
    }
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`x12: internal error: ${message}\n`);
    if (process.env.X12_DEBUG === '1' && error instanceof Error)
      process.stderr.write(`${error.stack ?? ''}\n`);
    return 1;
  }
}

// Piping into `head` closes stdout early: stop quietly instead of printing a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

process.exitCode = main(process.argv.slice(2));
