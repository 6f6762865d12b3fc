import { ParseError } from './parse-error.ts';

export type JsonValue =
  null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/** Parsed JSON plus the line where each value starts, by path (`visits[3].location`). */
export interface JsonWithLines {
  value: JsonValue;
  lineOf: (path: string) => number;
}

/**
 * A small JSON reader (RFC 8259) that remembers where every value starts, so a problem found
 * later — a visit pointing at an unknown location — can be reported with its line number.
 */
export function parseJsonWithLines(text: string): JsonWithLines {
  const lines = new Map<string, number>();
  let pos = 0;
  let line = 1;

  const fail = (message: string): never => {
    throw new ParseError(line, message);
  };
  const skip = (): void => {
    for (;;) {
      const c = text[pos];
      if (c === '\n') {
        line++;
        pos++;
      } else if (c === ' ' || c === '\t' || c === '\r') pos++;
      else return;
    }
  };
  const expect = (c: string): void => {
    skip();
    if (text[pos] !== c) fail(`expected "${c}", found ${describe(text[pos])}`);
    pos++;
  };
  const parseValue = (path: string): JsonValue => {
    skip();
    lines.set(path, line);
    const c = text[pos];
    if (c === '{') return parseObject(path);
    if (c === '[') return parseArray(path);
    if (c === '"') return parseString();
    if (c === 't' || c === 'f' || c === 'n') return parseWord();
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) return parseNumber();
    return fail(`unexpected ${describe(c)}`);
  };
  const parseObject = (path: string): JsonValue => {
    pos++;
    const out: Record<string, JsonValue> = {};
    skip();
    if (text[pos] === '}') {
      pos++;
      return out;
    }
    for (;;) {
      skip();
      if (text[pos] !== '"') fail(`expected a property name, found ${describe(text[pos])}`);
      const key = parseString();
      expect(':');
      out[key] = parseValue(path === '' ? key : `${path}.${key}`);
      skip();
      if (text[pos] === ',') {
        pos++;
        continue;
      }
      if (text[pos] === '}') {
        pos++;
        return out;
      }
      fail(`expected "," or "}", found ${describe(text[pos])}`);
    }
  };
  const parseArray = (path: string): JsonValue => {
    pos++;
    const out: JsonValue[] = [];
    skip();
    if (text[pos] === ']') {
      pos++;
      return out;
    }
    for (;;) {
      out.push(parseValue(`${path}[${out.length}]`));
      skip();
      if (text[pos] === ',') {
        pos++;
        continue;
      }
      if (text[pos] === ']') {
        pos++;
        return out;
      }
      fail(`expected "," or "]", found ${describe(text[pos])}`);
    }
  };
  const parseString = (): string => {
    pos++;
    let out = '';
    for (;;) {
      const c = text[pos];
      if (c === undefined || c === '\n') return fail('unterminated string');
      pos++;
      if (c === '"') return out;
      if (c === '\\') {
        const e = text[pos++];
        const simple: Record<string, string> = {
          '"': '"',
          '\\': '\\',
          '/': '/',
          b: '\b',
          f: '\f',
          n: '\n',
          r: '\r',
          t: '\t',
        };
        if (e === 'u') {
          const hex = text.slice(pos, pos + 4);
          if (!/^[0-9a-fA-F]{4}$/.test(hex)) fail('bad \\u escape');
          out += String.fromCharCode(parseInt(hex, 16));
          pos += 4;
        } else if (e !== undefined && simple[e] !== undefined) out += simple[e];
        else fail(`bad escape "\\${e ?? ''}"`);
      } else out += c;
    }
  };
  const parseNumber = (): number => {
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(pos, pos + 64));
    if (match === null) return fail('bad number');
    pos += match[0].length;
    return Number(match[0]);
  };
  const parseWord = (): JsonValue => {
    for (const [word, value] of [
      ['true', true],
      ['false', false],
      ['null', null],
    ] as const) {
      if (text.startsWith(word, pos)) {
        pos += word.length;
        return value;
      }
    }
    return fail(`unexpected ${describe(text[pos])}`);
  };

  const value = parseValue('');
  skip();
  if (pos < text.length) fail(`unexpected ${describe(text[pos])} after the end of the document`);
  return {
    value,
    lineOf: (path) => {
      // The nearest recorded ancestor (a missing field is reported at its object).
      let p = path;
      for (;;) {
        const found = lines.get(p);
        if (found !== undefined) return found;
        const cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
        if (cut <= 0) return lines.get('') ?? 1;
        p = p.slice(0, cut);
      }
    },
  };
}

function describe(c: string | undefined): string {
  return c === undefined ? 'the end of the file' : `"${c}"`;
}
