import { createServer } from 'node:http';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/**
 * The end-to-end run's mail server: a real SMTP server on loopback that the API delivers to
 * (SMTP_URL in playwright.config.ts), and a small HTTP reader for the tests, so a test reads a
 * mail the way a parent does: after it has left the API over SMTP. Started by Playwright as a
 * web server: `SMTP_SINK_SMTP_PORT` and `SMTP_SINK_HTTP_PORT` name its ports.
 *
 * GET /health → 200; GET /mails?to=<address> → the mails to that address, oldest first, as JSON
 * `{ to, subject, text, html }[]`.
 */
/** @type {{ to: string, subject: string, text: string, html: string }[]} */
const mails = [];

const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS', 'AUTH'],
  logger: false,
  onData(stream, _session, callback) {
    simpleParser(stream)
      .then((parsed) => {
        const to = Array.isArray(parsed.to) ? parsed.to[0]?.text : parsed.to?.text;
        mails.push({
          to: (to ?? '').toLowerCase(),
          subject: parsed.subject ?? '',
          text: parsed.text ?? '',
          html: typeof parsed.html === 'string' ? parsed.html : '',
        });
        callback();
      })
      .catch((/** @type {Error} */ error) => callback(error));
  },
});

const http = createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://127.0.0.1');
  if (url.pathname === '/health') {
    response.writeHead(200).end('ok');
    return;
  }
  if (url.pathname === '/mails') {
    const to = (url.searchParams.get('to') ?? '').toLowerCase();
    response
      .writeHead(200, { 'content-type': 'application/json' })
      .end(JSON.stringify(mails.filter((mail) => mail.to.includes(to))));
    return;
  }
  response.writeHead(404).end();
});

smtp.listen(Number(process.env.SMTP_SINK_SMTP_PORT), '127.0.0.1');
http.listen(Number(process.env.SMTP_SINK_HTTP_PORT), '127.0.0.1');

const stop = () => {
  http.close();
  smtp.close(() => process.exit(0));
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
