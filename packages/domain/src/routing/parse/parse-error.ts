/** A malformed instance or solution file, with the 1-based line where reading failed. */
export class ParseError extends Error {
  readonly line: number;
  constructor(line: number, message: string) {
    super(`line ${line}: ${message}`);
    this.name = 'ParseError';
    this.line = line;
  }
}

/** Splits text into lines (CRLF or LF) keeping 1-based numbers. */
export function splitLines(text: string): { line: number; text: string }[] {
  return text.split(/\r?\n/).map((t, i) => ({ line: i + 1, text: t }));
}

/** Parses whitespace-separated numbers, or throws naming the line and the bad token. */
export function parseNumbers(text: string, line: number): number[] {
  const tokens = text
    .trim()
    .split(/\s+/)
    .filter((t) => t.length > 0);
  return tokens.map((token) => {
    const value = Number(token);
    if (!Number.isFinite(value)) throw new ParseError(line, `"${token}" is not a number`);
    return value;
  });
}
