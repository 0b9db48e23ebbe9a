// What EventBridge Scheduler (or the local scheduler) hands a job: {kind, scheduledTime}.
import * as z from 'zod';
import { GregorianDateTime } from '../domain/gregorian-date.js';
import { JOB_KINDS } from '../domain/job-kinds.js';

export const JobInput = z.object({
  kind: z.enum(JOB_KINDS),
  scheduledTime: GregorianDateTime,
  orgId: z.string().optional(),
});
export type JobInput = z.infer<typeof JobInput>;

export const WorkItemMessage = z.object({
  orgId: z.string(),
  kind: z.enum(JOB_KINDS),
  scheduledTime: GregorianDateTime,
  parts: z.array(z.enum(['reminders', 'summaries'])).optional(),
});
