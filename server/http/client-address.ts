import type { Request } from 'express';

/** The address a request came from, for the audit trail (the socket's: no proxy header is trusted). */
export const clientAddress = (req: Request): string => req.ip ?? req.socket.remoteAddress ?? '';
