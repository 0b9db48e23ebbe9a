// The local servers keep an idle connection open longer than their clients do.
import type { Server } from 'node:http';

/**
 * Sets `server`'s idle keep-alive to 65 s, past Node's fetch (undici: 4 s) and the AWS SDK's
 * clients, so the client always closes an idle socket first. With Node's 5 s default a client
 * late by a busy event loop sent a request on a socket the server was closing: "fetch failed,
 * other side closed" (UND_ERR_SOCKET; the test mailbox's read of the SES emulator, session 51 CI).
 * headersTimeout must exceed it (Node's rule for keep-alive servers).
 */
export function outlastClientKeepAlive(server: Server): Server {
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  return server;
}
