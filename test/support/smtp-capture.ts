import net from 'node:net';

export interface CapturedMail {
  from: string;
  to: string[];
  /** The message as sent after DATA (dot-unstuffed, without the final dot line). */
  data: string;
}

export interface SmtpCapture {
  port: number;
  url: string;
  mails: CapturedMail[];
  /** Addresses answered with 550 at RCPT TO (a mailbox that does not exist). */
  refuse: Set<string>;
  close(): Promise<void>;
}

/**
 * The outside world for the SMTP path: a small SMTP server on localhost that speaks enough of
 * RFC 5321 for nodemailer (EHLO/HELO, MAIL FROM, RCPT TO, DATA, RSET, NOOP, QUIT) and keeps
 * what it receives. No TLS, no authentication.
 */
export async function startSmtpCapture(port = 0): Promise<SmtpCapture> {
  const mails: CapturedMail[] = [];
  const refuse = new Set<string>();
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => undefined);
    serve(socket, mails, refuse);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const bound = (server.address() as net.AddressInfo).port;
  return {
    port: bound,
    url: `smtp://127.0.0.1:${bound}`,
    mails,
    refuse,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

function serve(socket: net.Socket, mails: CapturedMail[], refuse: Set<string>) {
  let envelope: { from: string; to: string[] } = { from: '', to: [] };
  let data: string[] | null = null;
  let buffered = '';
  const reply = (line: string) => socket.write(`${line}\r\n`);
  const address = (arg: string) => /<([^>]*)>/.exec(arg)?.[1] ?? '';

  function command(line: string) {
    const verb = line.slice(0, 4).toUpperCase();
    if (verb === 'EHLO') return reply('250-capture.localhost\r\n250 8BITMIME');
    if (verb === 'HELO') return reply('250 capture.localhost');
    if (verb === 'MAIL') return ((envelope = { from: address(line), to: [] }), reply('250 OK'));
    if (verb === 'RCPT') {
      const to = address(line);
      if (refuse.has(to)) return reply('550 5.1.1 No such mailbox');
      envelope.to.push(to);
      return reply('250 OK');
    }
    if (verb === 'DATA') return ((data = []), reply('354 End data with <CR><LF>.<CR><LF>'));
    if (verb === 'RSET') return ((envelope = { from: '', to: [] }), reply('250 OK'));
    if (verb === 'NOOP') return reply('250 OK');
    if (verb === 'QUIT') return (reply('221 Bye'), socket.end());
    return reply('502 Command not implemented');
  }

  function dataLine(line: string) {
    if (line !== '.') return data!.push(line.startsWith('..') ? line.slice(1) : line);
    mails.push({ ...envelope, data: data!.join('\r\n') });
    data = null;
    reply('250 OK queued');
  }

  reply('220 capture.localhost ESMTP');
  socket.setEncoding('utf8'); // a character split over two packets is joined
  socket.on('data', (chunk: string) => {
    buffered += chunk;
    let end: number;
    while ((end = buffered.indexOf('\r\n')) >= 0) {
      const line = buffered.slice(0, end);
      buffered = buffered.slice(end + 2);
      if (data) dataLine(line);
      else command(line);
    }
  });
}
