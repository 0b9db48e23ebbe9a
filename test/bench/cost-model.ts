// A modelled AWS cost per municipality per year, from measured durations and request counts.

export const PRICES = {
  region: 'ap-southeast-1 (Singapore), on-demand, prices assumed late 2026',
  dynamodbPerMillionWrites: 0.7125,
  dynamodbPerMillionReads: 0.1425,
  lambdaArmPerGbSecond: 0.0000133334,
  lambdaPerMillionRequests: 0.2,
  httpApiPerMillionRequests: 1.0,
  sesPerThousandEmails: 0.1,
  s3PerGbMonth: 0.025,
  s3PerThousandPuts: 0.005,
  logsPerGbIngested: 0.7,
};

export const USAGE = {
  note: 'per municipality per year, the FY2566 plan (312 obligations, 5 units)',
  submits: 375,
  reads: 2500,
  otherRequests: 600,
  coldShare: 0.8,
  periodicRuns: 16,
  dailyRuns: 365,
  reportGenerations: 2,
  evidenceMbPerYear: 100,
  logBytesPerInvocation: 1000,
};

export interface Measured {
  apiColdMs: number;
  apiWarmMs: number;
  submitWrites: number;
  submitReads: number;
  listReads: number;
  jobMsPerOrgRun: number;
  jobRequestsPerOrgRun: number;
  emailsPerOrgRun: number;
  reportMs: number;
  reportReads: number;
}

export function costPerOrgYear(m: Measured): { total: number; lines: Record<string, number> } {
  const p = PRICES;
  const u = USAGE;
  const apiRequests = u.submits + u.reads + u.otherRequests;
  const apiMs = apiRequests * (u.coldShare * m.apiColdMs + (1 - u.coldShare) * m.apiWarmMs);
  const jobRuns = u.periodicRuns + u.dailyRuns;
  const jobMs = jobRuns * m.jobMsPerOrgRun + u.reportGenerations * m.reportMs;
  const lines = {
    lambda:
      ((apiMs + jobMs) / 1000) * 1 * p.lambdaArmPerGbSecond +
      ((apiRequests + jobRuns) / 1e6) * p.lambdaPerMillionRequests,
    apiGateway: (apiRequests / 1e6) * p.httpApiPerMillionRequests,
    dynamodb:
      ((u.submits * m.submitWrites + u.periodicRuns * m.emailsPerOrgRun * 2) / 1e6) * p.dynamodbPerMillionWrites +
      ((u.submits * m.submitReads +
        u.reads * m.listReads +
        jobRuns * m.jobRequestsPerOrgRun * 2 +
        u.reportGenerations * m.reportReads) /
        1e6) *
        p.dynamodbPerMillionReads,
    ses: ((u.periodicRuns * m.emailsPerOrgRun + 60) / 1000) * p.sesPerThousandEmails,
    s3:
      (u.evidenceMbPerYear / 1024) * 6 * p.s3PerGbMonth +
      ((u.reportGenerations * 5 + 200) / 1000) * p.s3PerThousandPuts,
    logs: (((apiRequests + jobRuns) * u.logBytesPerInvocation) / 1024 ** 3) * p.logsPerGbIngested,
  };
  return { total: Object.values(lines).reduce((a, b) => a + b, 0), lines };
}
