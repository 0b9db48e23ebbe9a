// RFC 2047 encoded-words in a header value decoded for assertions: "ITA =?UTF-8?B?…?=" -> "ITA เทศบาล…".

/** `value` with its encoded-words (B and Q) decoded; whitespace between two encoded-words dropped (RFC 2047 §6.2). */
export function decodeEncodedWords(value: string): string {
  const word = /=\?UTF-8\?([BQ])\?([^?]*)\?=/gi;
  const decoded = (enc: string, text: string) =>
    enc.toUpperCase() === 'B'
      ? Buffer.from(text, 'base64')
      : Buffer.from(
          text.replace(/_/g, ' ').replace(/=([0-9A-F]{2})/gi, (_, h: string) => String.fromCharCode(parseInt(h, 16))),
          'latin1',
        );
  // adjacent words' bytes are joined before UTF-8 decoding: a character may span two words
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/(?:=\?UTF-8\?[BQ]\?[^?]*\?=)+/gi, (run) =>
      Buffer.concat([...run.matchAll(word)].map(([, enc, text]) => decoded(enc!, text!))).toString('utf8'),
    );
}
