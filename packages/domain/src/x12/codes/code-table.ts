/**
 * Code lists as data, each with its source and DOMAIN.md's confidence mark, never as scattered ifs.
 * A table is "closed" when a value outside it makes the file unusable (an error, the reader
 * refuses the file); an open table (external code lists that grow, such as service types or
 * adjustment reasons) only warns.
 */
export type ConfidenceMark = '✅' | '⚠️' | '❌';

export interface CodeEntry {
  code: string;
  meaning: string;
  /** DOMAIN.md mark for this row: ✅ seen in a cited source, ⚠️ memory/secondary, ❌ unverified. */
  mark: ConfidenceMark;
}

export interface CodeTable<E extends CodeEntry = CodeEntry> {
  /** The element(s) the list codes, e.g. 'EB01'. */
  element: string;
  name: string;
  /** Where the rows come from (DOMAIN.md section and the references behind it). */
  source: string;
  /** Which release the list belongs to. */
  effective: string;
  /** 'error' for a closed list, 'warning' for an open or external list. */
  unknownSeverity: 'error' | 'warning';
  entries: readonly E[];
  byCode: ReadonlyMap<string, E>;
}

export function defineCodeTable<E extends CodeEntry>(
  table: Omit<CodeTable<E>, 'byCode'>,
): CodeTable<E> {
  return { ...table, byCode: new Map(table.entries.map((entry) => [entry.code, entry])) };
}

export function findCode<E extends CodeEntry>(table: CodeTable<E>, code: string): E | undefined {
  return table.byCode.get(code);
}

/** The meaning of a code, or a plain "unknown code" text when the table does not hold it. */
export function describeCode(table: CodeTable, code: string): string {
  return table.byCode.get(code)?.meaning ?? `unknown ${table.element} code "${code}"`;
}

/** Shorthand for rows written as [code, meaning, mark]. */
export function rows(list: readonly (readonly [string, string, ConfidenceMark])[]): CodeEntry[] {
  return list.map(([code, meaning, mark]) => ({ code, meaning, mark }));
}
