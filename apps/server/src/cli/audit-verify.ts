// npm run audit:verify — recomputes the audit trail's hash chain and names every changed or
// deleted row. Exit status 0 when intact, 1 when not.
import { countAuditEvents } from '../modules/audit/audit.queries.ts';
import { verifyAuditChain } from '../modules/audit/verify-audit-chain.ts';
import { createProgressBar } from './progress-bar.ts';
import { openForCli } from './open-for-cli.ts';

const { database } = await openForCli();
try {
  const total = await countAuditEvents(database.db);
  const bar = createProgressBar(total, 'Checking audit trail');
  const result = await verifyAuditChain(database.db, (checked) => {
    bar.update(checked);
  });
  if (result.ok) {
    bar.finish(
      `Audit trail intact: ${result.rowsChecked.toLocaleString('en-US')} rows checked, last row ${result.lastSeq}.`,
    );
  } else {
    bar.finish(
      `Audit trail TAMPERED: ${result.problems.length} problem(s) in ${result.rowsChecked.toLocaleString('en-US')} rows.`,
    );
    for (const problem of result.problems)
      process.stdout.write(`  ${problem.kind.padEnd(11)} row ${problem.seq}: ${problem.message}\n`);
  }
  process.exitCode = result.ok ? 0 : 1;
} finally {
  await database.close();
}
