// Shared CLI wrapper: usage on bad arguments, one clear line for known errors, exit codes.
import { ZodError } from 'zod';
import { DomainError } from '../../shared/domain/errors.js';

export async function runCli(usage: string, main: () => Promise<{ usage: boolean }>): Promise<void> {
  try {
    const { usage: showUsage } = await main();
    if (showUsage) {
      process.stderr.write(`${usage}\n`);
      process.exitCode = 2;
    }
  } catch (error) {
    if (error instanceof DomainError) {
      process.stderr.write(`${error.message_th}\n${error.message_en}\n`);
      for (const f of error.fields) process.stderr.write(`  ${f.path}: ${f.message_th} / ${f.message_en}\n`);
    } else if (error instanceof ZodError) {
      process.stderr.write(
        `${error.issues.map((i) => `${i.path.join('.') || 'argument'}: ${i.message}`).join('\n')}\n${usage}\n`,
      );
    } else if (error instanceof Error && 'code' in error && error.code === 'ENOENT') {
      process.stderr.write(`file not found / ไม่พบไฟล์: ${(error as NodeJS.ErrnoException).path}\n`);
    } else {
      process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    }
    process.exitCode = 1;
  }
}
