// Every background job kind the server runs, by module.
import type { AppContext } from './platform/app-context.ts';
import type { JobHandler } from './platform/jobs/job-queue.ts';
import { auditJobHandlers } from './modules/audit/audit.jobs.ts';
import {
  AUTHORIZATION_JOB_SCHEDULES,
  authorizationJobHandlers,
} from './modules/authorizations/authorizations.jobs.ts';
import { COVERAGE_JOB_SCHEDULES, coverageJobHandlers } from './modules/coverage/coverage.jobs.ts';
import type { JobSchedule } from './platform/jobs/schedule.ts';

export function jobHandlers(ctx: AppContext): Record<string, JobHandler> {
  return {
    ...auditJobHandlers(ctx),
    ...coverageJobHandlers(ctx),
    ...authorizationJobHandlers(ctx),
  };
}

/** Job kinds enqueued on a schedule (platform/jobs/schedule.ts), by module. */
export const JOB_SCHEDULES: readonly JobSchedule[] = [
  ...COVERAGE_JOB_SCHEDULES,
  ...AUTHORIZATION_JOB_SCHEDULES,
];
