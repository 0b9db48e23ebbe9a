import * as z from 'zod/mini';
console.log(z.object({ a: z.string().check(z.minLength(1)) }).safeParse({ a: 'x' }));
