// The seam to real clearinghouses. A ClearinghouseConnector (@infusio/domain/x12) takes X12 text
// and resolves with the payer's X12 answer; this file chooses which one the server uses.
//
// Configuration: the settings row 'clearinghouse' = { "connector": "<name>" } picks a connector
// from CLEARINGHOUSE_CONNECTORS (default "payer-simulator", the deterministic simulator that answers
// by member id). To add a real clearinghouse, write a connector in this folder (HTTPS or SFTP,
// its credentials from the environment, a timeout, and rejecting with an Error when the
// clearinghouse does not answer) and register it below with its ISA08 receiver id and usage 'P'.
// Tests swap the connection for one database with useClearinghouseConnection().
import { eq } from 'drizzle-orm';
import { createPayerSimulatorConnector, type ClearinghouseConnector } from '@infusio/domain/x12';
import type { AppContext } from '../../platform/app-context.ts';
import { AppError } from '../../platform/http/app-error.ts';
import { settings } from '../../platform/settings/settings.tables.ts';

export interface ClearinghouseConnection {
  connector: ClearinghouseConnector;
  /** ISA08 / GS03: the clearinghouse's id (ZZ qualifier). */
  receiverId: string;
  /** ISA15: T test, P production. */
  usage: 'T' | 'P';
}

export const DEFAULT_CLEARINGHOUSE = 'payer-simulator';

export const CLEARINGHOUSE_CONNECTORS: Readonly<Record<string, () => ClearinghouseConnection>> = {
  'payer-simulator': () => ({
    connector: createPayerSimulatorConnector(),
    receiverId: 'PAYERSIM',
    usage: 'T',
  }),
};

const overrides = new WeakMap<AppContext['db'], ClearinghouseConnection>();

/** Tests: answer this database's eligibility checks with the given connection. */
export function useClearinghouseConnection(
  ctx: Pick<AppContext, 'db'>,
  connection: ClearinghouseConnection | undefined,
): void {
  if (connection === undefined) overrides.delete(ctx.db);
  else overrides.set(ctx.db, connection);
}

export async function resolveClearinghouse(
  ctx: Pick<AppContext, 'db'>,
): Promise<ClearinghouseConnection> {
  const override = overrides.get(ctx.db);
  if (override) return override;
  const [row] = await ctx.db
    .select({ value: settings.value })
    .from(settings)
    .where(eq(settings.key, 'clearinghouse'));
  const configured = (row?.value as { connector?: unknown } | undefined)?.connector;
  const name = typeof configured === 'string' ? configured : DEFAULT_CLEARINGHOUSE;
  const factory = CLEARINGHOUSE_CONNECTORS[name];
  if (!factory)
    throw new AppError('unavailable', `The configured clearinghouse "${name}" is not installed.`);
  return factory();
}
