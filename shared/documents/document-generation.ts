// One generation of a document, whatever its kind: render, write every file and a manifest to S3,
// then mark the generation ready; on any error mark it failed with a reason a person can read.
import { createHash } from 'node:crypto';
import { type DocumentKind, MAX_GENERATION_ATTEMPTS } from '../domain/document-kinds.js';
import { DomainError } from '../domain/errors.js';
import { toThaiDigits } from '../domain/thai-format.js';
import type {
  DocumentGenerationRepository,
  GeneratedFile,
  GenerationFailure,
} from '../store/document-generation-repository.js';
import { DOCUMENT_FILES, documentKey, type ReportFileStore } from './report-files.js';

/** Which generation to produce: the number is already claimed (pending). */
export interface GenerationRequest {
  kind: DocumentKind;
  orgId: string;
  fy: number;
  generation: number;
  trigger: string;
  /** the time the document is made as of (the request's time, or the schedule's): its "as of" date */
  asOf: Date;
  /** the results report's รอบ ๖ เดือน (obligations due 1 October - 31 March); absent: the year's */
  scope?: 'half-year';
  /** the plan document's announcement day (YYYY-MM-DD), given when requested */
  announcedOn?: string;
}

export interface RenderedDocument<Output = unknown> {
  /** the files in manifest order (names from DOCUMENT_FILES), without the manifest */
  files: [name: string, body: Uint8Array][];
  /** facts the manifest records between `trigger` and `files` (e.g. planVersion, reportCount) */
  facts: Record<string, unknown>;
  /** what the caller may use besides the files (the annual report: its model and PDF) */
  output: Output;
}

/** Loads what the document needs and renders it. Throws a DomainError for what a person can fix. */
export type DocumentRenderer<Output = unknown> = (input: {
  orgId: string;
  fy: number;
  now: Date;
  scope?: 'half-year' | undefined;
  announcedOn?: string | undefined;
}) => Promise<RenderedDocument<Output>>;

export interface GenerationPorts {
  generations: DocumentGenerationRepository;
  files: ReportFileStore;
}

export type GenerationOutcome<Output> =
  | { status: 'ready'; files: GeneratedFile[]; /** absent when it was ready already (a redelivery) */ output?: Output }
  | {
      status: 'failed';
      failure: GenerationFailure;
      error: unknown;
      /** its last attempt (MAX_GENERATION_ATTEMPTS) is used: no delivery renders it again */
      final: boolean;
    };

const sha256 = (data: Uint8Array | string) => createHash('sha256').update(data).digest('hex');

const SYSTEM_FAILURE: GenerationFailure = {
  message_th: 'จัดทำเอกสารไม่สำเร็จเนื่องจากระบบขัดข้อง กรุณาสั่งจัดทำใหม่อีกครั้ง',
  message_en: 'the document could not be generated (system error); please request it again',
};

/** A generation rendered MAX_GENERATION_ATTEMPTS times without a document (each threw or timed out). */
export const ATTEMPTS_USED_UP: GenerationFailure = {
  message_th: `จัดทำเอกสารไม่สำเร็จหลังพยายาม ${toThaiDigits(MAX_GENERATION_ATTEMPTS)} ครั้ง กรุณาแจ้งผู้ดูแลระบบ`,
  message_en: `the document could not be generated after ${MAX_GENERATION_ATTEMPTS} attempts; please tell the system administrator`,
};

/** Thrown for a generation whose attempts were used up before this delivery (nothing was rendered). */
export class GenerationAttemptsUsedUp extends Error {
  override name = 'GenerationAttemptsUsedUp';
}

/** What a person is told about an error: a DomainError's own words, otherwise a generic Thai reason. */
export function failureOf(error: unknown): GenerationFailure {
  return error instanceof DomainError ? { message_th: error.message_th, message_en: error.message_en } : SYSTEM_FAILURE;
}

/**
 * Produce a claimed generation. Idempotent: a generation already ready is returned as it is (no
 * output); a pending or failed one is rendered (again), at most MAX_GENERATION_ATTEMPTS times in
 * all: each render is counted before it starts, so one that throws or never returns counts too.
 * A failure is recorded on the generation and returned, never thrown, except for errors recording
 * the failure itself; the last attempt's failure is `final`, with ATTEMPTS_USED_UP's reason unless
 * it is a DomainError (a reason a person can act on).
 */
export async function produceGeneration<Output>(
  ports: GenerationPorts,
  render: DocumentRenderer<Output>,
  request: GenerationRequest,
): Promise<GenerationOutcome<Output>> {
  const { kind, orgId, fy, generation } = request;
  const existing = await ports.generations.get(kind, orgId, fy, generation);
  if (existing?.status === 'ready') return { status: 'ready', files: existing.files ?? [] };
  const started = await ports.generations.startAttempt(kind, orgId, fy, generation, MAX_GENERATION_ATTEMPTS);
  if (started === 'ready') {
    const made = await ports.generations.get(kind, orgId, fy, generation);
    return { status: 'ready', files: made?.files ?? [] };
  }
  if (started === 'used-up') {
    // a failure recorded by the last attempt stays; one left pending (renders that never returned) gets the reason
    const failure = existing?.status === 'failed' && existing.failure ? existing.failure : ATTEMPTS_USED_UP;
    if (existing?.status !== 'failed') await ports.generations.fail(kind, orgId, fy, generation, failure);
    return {
      status: 'failed',
      failure,
      error: new GenerationAttemptsUsedUp(`${kind} ${fy}/${generation}`),
      final: true,
    };
  }
  const final = started.attempt >= MAX_GENERATION_ATTEMPTS;
  const now = request.asOf;
  try {
    const rendered = await render({ orgId, fy, now, scope: request.scope, announcedOn: request.announcedOn });
    const contentTypes = DOCUMENT_FILES[kind];
    const described: GeneratedFile[] = rendered.files.map(([name, body]) => ({
      name,
      contentType: contentTypes[name]!,
      size: body.length,
      sha256: sha256(body),
    }));
    const manifest = Buffer.from(
      JSON.stringify(
        {
          orgId,
          fy,
          generation,
          generatedAt: now.toISOString(),
          trigger: request.trigger,
          ...(request.scope ? { scope: request.scope } : {}),
          ...(request.announcedOn ? { announcedOn: request.announcedOn } : {}),
          ...rendered.facts,
          files: described,
        },
        null,
        2,
      ),
      'utf8',
    );
    const all: [string, Uint8Array][] = [...rendered.files, ['manifest.json', manifest]];
    for (const [name, body] of all) {
      await ports.files.put(documentKey(kind, orgId, fy, generation, name), body, contentTypes[name]!);
    }
    const files = [
      ...described,
      {
        name: 'manifest.json',
        contentType: contentTypes['manifest.json']!,
        size: manifest.length,
        sha256: sha256(manifest),
      },
    ];
    await ports.generations.complete(kind, orgId, fy, generation, files, now);
    return { status: 'ready', files, output: rendered.output };
  } catch (error) {
    const failure = final && !(error instanceof DomainError) ? ATTEMPTS_USED_UP : failureOf(error);
    await ports.generations.fail(kind, orgId, fy, generation, failure);
    return { status: 'failed', failure, error, final };
  }
}
