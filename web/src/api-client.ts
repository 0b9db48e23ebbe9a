// Calls to the form API with the person's token; every failure becomes an ApiError with Thai text.
import type { FieldError } from './api-types.js';
import { chosenOrg, currentToken } from './session.js';

/** No answer at all (offline, the connection lost). */
export const NO_CONNECTION_TH = 'เชื่อมต่อระบบไม่ได้ กรุณาตรวจสอบอินเทอร์เน็ตแล้วลองอีกครั้ง';

const GENERIC_TH: Record<number, string> = {
  0: NO_CONNECTION_TH,
  401: 'กรุณาเข้าสู่ระบบอีกครั้ง',
  403: 'คุณไม่มีสิทธิ์ทำรายการนี้',
  404: 'ไม่พบข้อมูลที่ต้องการ',
  409: 'ข้อมูลถูกแก้ไขโดยผู้อื่นแล้ว',
  413: 'ข้อมูลมีขนาดใหญ่เกินไป',
  429: 'มีการใช้งานมากเกินไป กรุณารอสักครู่แล้วลองอีกครั้ง',
};

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly messageTh: string,
    readonly fields: FieldError[] = [],
    readonly currentVersion?: number,
    /** the error's other facts, e.g. `memberships` when the org must be chosen */
    readonly details: Record<string, unknown> = {},
  ) {
    super(messageTh);
  }
}

let apiUrl = '';
let onSignedOut = () => {};
let onRefused: (path: string) => void = () => {};
/** The reads (GET) of the screen shown: aborted when another screen starts (startScreen). */
let screenReads = new AbortController();

/**
 * Another screen starts (a new address, the year chosen, a sign-in): the reads of the one left are
 * aborted and their answers dropped, so its late data or errors never act on the new one (a fast
 * coordinator's last choice wins). Writes are not aborted: they finish and say so.
 */
export function startScreen(): void {
  screenReads.abort();
  screenReads = new AbortController();
}

/** An answer no screen wants: a promise that never settles, so nothing after it runs. */
const dropped = () => new Promise<never>(() => {});

export function configureApi(options: {
  apiUrl: string;
  onSignedOut: () => void;
  /** a 403: the person's rights may have changed since the page read them (caller-state.ts) */
  onRefused?: (path: string) => void;
}): void {
  apiUrl = options.apiUrl;
  onSignedOut = options.onSignedOut;
  onRefused = options.onRefused ?? (() => {});
}

/**
 * One call to the form API: the answer's JSON, or an ApiError with the API's Thai message (status 0
 * when the API cannot be reached). A read (GET) belongs to the screen shown: once another screen
 * has started (startScreen) its answer is dropped, the promise never settles; unless `outsideScreen`
 * (the page's own reads, e.g. of /v1/me).
 */
export async function api<T>(
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
  { outsideScreen = false }: { outsideScreen?: boolean } = {},
): Promise<T> {
  const token = currentToken();
  if (!token) {
    onSignedOut();
    throw new ApiError(401, GENERIC_TH[401]!);
  }
  let response: Response;
  const org = chosenOrg();
  const signal = method === 'GET' && !outsideScreen ? screenReads.signal : undefined;
  try {
    response = await fetch(`${apiUrl}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        ...(org ? { 'x-org-id': org } : {}),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...headers,
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      ...(signal ? { signal } : {}),
    });
  } catch {
    if (signal?.aborted) return dropped();
    throw new ApiError(0, GENERIC_TH[0]!);
  }
  const json = (await response.json().catch(() => undefined)) as
    | { error?: { message_th?: string; fields?: FieldError[]; currentVersion?: number } & Record<string, unknown> }
    | undefined;
  if (signal?.aborted) return dropped();
  if (response.ok) return json as T;
  if (response.status === 401) onSignedOut();
  if (response.status === 403) onRefused(path);
  const error = json?.error;
  throw new ApiError(
    response.status,
    error?.message_th ?? GENERIC_TH[response.status] ?? 'ระบบขัดข้อง กรุณาลองอีกครั้งภายหลัง',
    error?.fields ?? [],
    error?.currentVersion,
    error ?? {},
  );
}

export function messageOf(error: unknown): string {
  return error instanceof ApiError ? error.messageTh : 'ระบบขัดข้อง กรุณาลองอีกครั้งภายหลัง';
}
