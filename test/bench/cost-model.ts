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
  /** S3 Intelligent-Tiering (cited evidence, CitedEvidenceTiering): frequent / infrequent (30 days
   * unread) / archive instant access (90 days unread) tiers, and monitoring of objects over 128 KB */
  s3TieringPerGbMonth: { frequent: 0.025, infrequent: 0.0138, archiveInstant: 0.005 },
  s3TieringMonitoringPerThousandObjects: 0.0025,
  s3PerThousandPuts: 0.005,
  logsPerGbIngested: 0.7,
};

export const USAGE = {
  note: 'per municipality per year, the FY2566 plan (312 obligations, 5 units)',
  submits: 375,
  reads: 2500,
  otherRequests: 600,
  /** the share of API requests that meet a cold instance, as assumed until session 16 (a guess);
   * the bench now also derives it from the year's request timeline (cold-share.ts) and prints both */
  coldShare: 0.8,
  periodicRuns: 16,
  dailyRuns: 365,
  reportGenerations: 2,
  evidenceMbPerYear: 100,
  /** evidence files a year (about 500 KB each), all cited and then rarely read */
  evidenceFilesPerYear: 200,
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

/**
 * Evidence storage in its first year, US$: files arrive evenly over the year (so each is kept
 * t ~ U(0, 12) months of it) and, never read again, spend month 1 in the frequent tier, months 2-3
 * in the infrequent tier and the rest in archive instant access; plus monitoring per file-month.
 */
export function evidenceStorageCost(gbPerYear: number, filesPerYear: number): number {
  const t = PRICES.s3TieringPerGbMonth;
  // ∫0..12 of the cost of a file kept t months, divided by 12 (months integrated by hand)
  const perGbKeptAYear =
    (t.frequent * 0.5 + // t in [0,1]: ∫t dt
      (t.frequent * 2 + t.infrequent * 2) + // t in [1,3]: 1 frequent month + ∫(t-1) dt
      (t.frequent * 9 + t.infrequent * 2 * 9 + t.archiveInstant * 40.5)) / // t in [3,12]
    12;
  const fileMonths = filesPerYear * 6; // the average file is kept 6 months of its first year
  return gbPerYear * perGbKeptAYear + (fileMonths / 1000) * PRICES.s3TieringMonitoringPerThousandObjects;
}

/** API requests per municipality and year. */
export const API_REQUESTS_PER_ORG_YEAR = USAGE.submits + USAGE.reads + USAGE.otherRequests;

/** The modelled cost; `coldShare`: the share of API requests that start a cold instance. */
export function costPerOrgYear(
  m: Measured,
  coldShare: number = USAGE.coldShare,
): { total: number; lines: Record<string, number> } {
  const p = PRICES;
  const u = USAGE;
  const apiRequests = API_REQUESTS_PER_ORG_YEAR;
  const apiMs = apiRequests * (coldShare * m.apiColdMs + (1 - coldShare) * m.apiWarmMs);
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
      evidenceStorageCost(u.evidenceMbPerYear / 1024, u.evidenceFilesPerYear) +
      ((u.reportGenerations * 5 + 200) / 1000) * p.s3PerThousandPuts,
    logs: (((apiRequests + jobRuns) * u.logBytesPerInvocation) / 1024 ** 3) * p.logsPerGbIngested,
  };
  return { total: Object.values(lines).reduce((a, b) => a + b, 0), lines };
}
