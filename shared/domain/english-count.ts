// Counts in English messages: "1 measure", "2 measures" (the Thai side has no plural).

/** `n` and its noun, singular for one ("1 saved measure"), else `plural` (the noun + "s"). */
export const counted = (n: number, noun: string, plural = `${noun}s`): string => `${n} ${n === 1 ? noun : plural}`;

/** The word agreeing with a count: `one` for one, else `many` ("is"/"are", "was"/"were"). */
export const agreeing = (n: number, one: string, many: string): string => (n === 1 ? one : many);
