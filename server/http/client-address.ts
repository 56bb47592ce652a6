import type { Request } from 'express';

/** The address a request came from (audit trail, throttling): the socket's, or X-Forwarded-For's as far as TRUST_PROXY believes it. */
export const clientAddress = (req: Request): string => req.ip ?? req.socket.remoteAddress ?? '';
