// What S3 does on a PUT Object that s3rver 3.7 does not (its lib/controllers/object.js putObject only
// stores the body and metadata): it keeps the tags sent in `x-amz-tagging`, and `If-None-Match: *`
// refuses to replace an existing object (412 PreconditionFailed, S3 conditional writes). Koa
// middleware put in front of s3rver's router, so local evidence uploads behave as they do in AWS.
import { createRequire } from 'node:module';
import type S3rver from 's3rver';

interface Store {
  existsObject(bucket: string, key: string): Promise<boolean>;
  putSubresource(bucket: string, key: string, resource: { type: string; toXML(): string }): Promise<void>;
  deleteSubresource(bucket: string, key: string, type: string): Promise<void>;
}
interface Context {
  method: string;
  path: string;
  query: Record<string, unknown>;
  status: number;
  store: Store;
  get(header: string): string;
}
type Middleware = (ctx: Context, next: () => Promise<void>) => Promise<void>;
type S3ErrorClass = new (code: string, message: string, detail?: Record<string, string>) => Error;

// s3rver's own error type, so that the 412 is answered as S3 XML like its other errors
const S3Error = createRequire(import.meta.url)('s3rver/lib/models/error.js') as S3ErrorClass;

// a PUT with one of these query parameters is not an object upload
const SUBRESOURCES = ['tagging', 'uploadId', 'partNumber', 'acl', 'retention', 'legal-hold'];

/** Adds the PUT semantics above to `server`; call before `run()`. */
export function addS3PutSemantics(server: S3rver): void {
  const { middleware } = server as unknown as { middleware: Middleware[] };
  // the last middleware is s3rver's router; virtual-host addresses are rewritten to paths before it
  middleware.splice(middleware.length - 1, 0, putSemantics);
}

const putSemantics: Middleware = async (ctx, next) => {
  const target = objectUpload(ctx);
  if (!target) return next();
  if (ctx.get('if-none-match') === '*' && (await ctx.store.existsObject(target.bucket, target.key))) {
    throw new S3Error('PreconditionFailed', 'At least one of the pre-conditions you specified did not hold', {
      Condition: 'If-None-Match',
    });
  }
  await next();
  if (ctx.status !== 200) return;
  // a new object has exactly the tags sent with it (none without the header)
  const tagging = ctx.get('x-amz-tagging');
  if (tagging)
    await ctx.store.putSubresource(target.bucket, target.key, { type: 'tagging', toXML: () => tagSet(tagging) });
  else await ctx.store.deleteSubresource(target.bucket, target.key, 'tagging');
};

function objectUpload(ctx: Context): { bucket: string; key: string } | undefined {
  if (ctx.method !== 'PUT' || ctx.get('x-amz-copy-source')) return undefined;
  if (SUBRESOURCES.some((name) => name in ctx.query)) return undefined;
  const [, bucket, ...key] = ctx.path.split('/');
  if (!bucket || key.length === 0 || !key.join('/')) return undefined;
  return { bucket: decodeURIComponent(bucket), key: decodeURIComponent(key.join('/')) };
}

/** `x-amz-tagging` is URL-query encoded ("evidence=pending&a=b"); the stored form is S3's Tagging XML. */
function tagSet(header: string): string {
  const xml = (text: string) =>
    text.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]!);
  const tags = [...new URLSearchParams(header)].map(
    ([key, value]) => `<Tag><Key>${xml(key)}</Key><Value>${xml(value)}</Value></Tag>`,
  );
  return `<Tagging><TagSet>${tags.join('')}</TagSet></Tagging>`;
}
