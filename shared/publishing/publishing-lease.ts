// One publish or withdraw at a time per document (org, fiscal year, kind), and one writer at a
// time of the year's ITA page: without them, two concurrent publishes could leave the PDF of one
// generation beside the DOCX of another, and a withdrawal racing a publish could delete the files
// the record says are published.
import { ConflictError } from '../domain/errors.js';
import type { PublishedKind } from '../domain/public-addresses.js';
import { keys } from '../store/keys.js';
import type { LeaseRepository } from '../store/lease-repository.js';

/** Longer than any request holding it runs (the API function stops at 29 s), so it never lapses mid-request. */
export const PUBLISHING_LEASE_SECONDS = 60;
/** A page writer waits this long for another to finish, then answers 409. */
export const PAGE_WAIT_MS = 5_000;

export interface LeasePorts {
  leases: Pick<LeaseRepository, 'tryAcquire'>;
  clock: () => Date;
}

/**
 * Run `work` holding the lease of one document. ConflictError (409, Thai and English) at once when
 * another publish or withdraw of the same document holds it: the caller retries (both are idempotent).
 */
export async function withDocumentLease<T>(
  ports: LeasePorts,
  orgId: string,
  fy: number,
  kind: PublishedKind,
  work: () => Promise<T>,
): Promise<T> {
  const lease = await ports.leases.tryAcquire(
    keys.publishingLease(orgId, fy, kind),
    ports.clock(),
    PUBLISHING_LEASE_SECONDS,
  );
  if (!lease) {
    throw new ConflictError(
      'เอกสารนี้กำลังเผยแพร่หรือถอนการเผยแพร่ตามคำขออื่นอยู่ กรุณาลองใหม่อีกครั้งในอีกสักครู่',
      'another publish or withdrawal of this document is in progress; retry in a moment',
    );
  }
  try {
    return await work();
  } finally {
    await lease.release();
  }
}

/**
 * Run `work` holding the lease of the year's ITA page, waiting up to PAGE_WAIT_MS for another
 * writer (publishing the other document) to finish; ConflictError after that.
 */
export async function withPageLease<T>(
  ports: LeasePorts,
  orgId: string,
  fy: number,
  work: () => Promise<T>,
): Promise<T> {
  const deadline = Date.now() + PAGE_WAIT_MS;
  for (;;) {
    const lease = await ports.leases.tryAcquire(
      keys.publishingLease(orgId, fy, 'ita-page'),
      ports.clock(),
      PUBLISHING_LEASE_SECONDS,
    );
    if (lease) {
      try {
        return await work();
      } finally {
        await lease.release();
      }
    }
    if (Date.now() >= deadline) {
      throw new ConflictError(
        'หน้าเผยแพร่ ITA ของปีนี้กำลังปรับปรุงตามคำขออื่นอยู่ กรุณาลองใหม่อีกครั้งในอีกสักครู่',
        "another update of the year's ITA page is in progress; retry in a moment",
      );
    }
    await new Promise((r) => setTimeout(r, 50 + Math.random() * 100));
  }
}
