import * as z from 'zod';
console.log(z.object({ a: z.string().min(1) }).safeParse({ a: 'x' }));
