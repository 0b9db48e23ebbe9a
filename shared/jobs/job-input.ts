// What EventBridge Scheduler (or the local scheduler) hands a job: {kind, scheduledTime}.
import { z } from 'zod';
import { JOB_KINDS } from '../domain/job-kinds.js';

export const JobInput = z.object({
  kind: z.enum(JOB_KINDS),
  scheduledTime: z.iso.datetime({ offset: true }),
  orgId: z.string().optional(),
});
export type JobInput = z.infer<typeof JobInput>;

export const WorkItemMessage = z.object({
  orgId: z.string(),
  kind: z.enum(JOB_KINDS),
  scheduledTime: z.iso.datetime({ offset: true }),
  parts: z.array(z.enum(['reminders', 'summaries'])).optional(),
});
