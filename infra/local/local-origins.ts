// Who may talk to the local server: only this machine. A page on another site that reaches it
// (DNS rebinding, or a cross-site form) is refused by its Host or Origin header.

const LOCAL_HOSTNAMES = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * True for a Host header naming this machine: "localhost", "127.0.0.1" or "[::1]", with or
 * without a port. A missing Host (HTTP/1.0) is refused, as a rebinding page always sends one.
 */
export function isLocalHost(host: string | undefined): boolean {
  if (!host) return false;
  try {
    return LOCAL_HOSTNAMES.has(new URL(`http://${host}`).hostname);
  } catch {
    return false;
  }
}

/** The origins of the page the local server serves on `port` (http, every local host name). */
export function localPageOrigins(port: number): string[] {
  return [...LOCAL_HOSTNAMES].map((host) => `http://${host}:${port}`);
}
