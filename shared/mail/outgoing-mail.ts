// An email as the system sends it, and the sender's port.

export interface Attachment {
  filename: string;
  contentType: string;
  content: Uint8Array;
}

export interface OutgoingMail {
  to: string[];
  subject: string;
  html: string;
  text: string;
  attachments?: Attachment[];
}

/** What the sender tells its caller while sending. */
export interface SendHooks {
  /**
   * Called once, right before the first request leaves for the mail service (after any wait for a
   * send slot). If it throws, nothing is sent (a transient SendFailure).
   */
  sending?: () => Promise<void>;
}

export interface Mailer {
  send(mail: OutgoingMail, hooks?: SendHooks): Promise<{ messageId: string }>;
}
