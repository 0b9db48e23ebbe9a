// The kinds of scheduled run; the schedule catalog says when each fires.

export const JOB_KINDS = ['monthly', 'semiannual', 'april-september', 'daily', 'annual-report'] as const;
export type JobKind = (typeof JOB_KINDS)[number];
