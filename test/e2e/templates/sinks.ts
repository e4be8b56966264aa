/**
 * Loopback stand-ins for the outside services the templates talk to: an HTTP sink (a chat
 * webhook) and an SMTP sink (a mail server). Each records what it received, so the tests assert
 * on what a real service would have been sent.
 */
import { createServer as createHttpServer, type Server as HttpServer } from 'node:http';
import { createServer as createTcpServer, type Server as TcpServer, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';

export interface ReceivedRequest {
	method: string;
	path: string;
	headers: Record<string, string | string[] | undefined>;
	body: unknown;
}

export interface HttpSink {
	url: string;
	received: ReceivedRequest[];
	close(): Promise<void>;
}

async function listen(server: HttpServer | TcpServer): Promise<number> {
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	return (server.address() as AddressInfo).port;
}

/** Answers every request 200 `{"ok":true}`, as a chat webhook does, and keeps the JSON bodies. */
export async function startHttpSink(): Promise<HttpSink> {
	const received: ReceivedRequest[] = [];
	const server = createHttpServer((req, res) => {
		const chunks: Buffer[] = [];
		req.on('data', (c: Buffer) => chunks.push(c));
		req.on('end', () => {
			const text = Buffer.concat(chunks).toString('utf8');
			let body: unknown = text;
			try {
				body = text ? JSON.parse(text) : undefined;
			} catch {
				// kept as text: the assertion shows what arrived
			}
			received.push({ method: req.method ?? '', path: req.url ?? '', headers: req.headers, body });
			res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
		});
	});
	const port = await listen(server);
	return { url: `http://127.0.0.1:${port}`, received, close: () => new Promise((r) => server.close(() => r())) };
}

export interface ReceivedMail {
	from: string;
	to: string[];
	/** The message as sent after DATA: headers, a blank line, the body (dot-stuffing undone). */
	data: string;
}

export interface SmtpSink {
	host: string;
	port: number;
	received: ReceivedMail[];
	close(): Promise<void>;
}

/**
 * The smallest SMTP server nodemailer (n8n's Send Email) talks to: EHLO/HELO, MAIL, RCPT, DATA,
 * RSET, NOOP, QUIT, no authentication and no STARTTLS offered, so the client sends in the clear
 * on loopback.
 */
export async function startSmtpSink(): Promise<SmtpSink> {
	const received: ReceivedMail[] = [];
	const sockets = new Set<Socket>();
	const server = createTcpServer((socket) => {
		sockets.add(socket);
		socket.on('close', () => sockets.delete(socket));
		socket.on('error', () => undefined);
		let buffer = '';
		let inData = false;
		let mail: ReceivedMail = { from: '', to: [], data: '' };
		const reply = (line: string) => socket.write(`${line}\r\n`);
		reply('220 sink.local ESMTP');
		socket.on('data', (chunk: Buffer) => {
			buffer += chunk.toString('utf8');
			for (let end = buffer.indexOf('\r\n'); end >= 0; end = buffer.indexOf('\r\n')) {
				const line = buffer.slice(0, end);
				buffer = buffer.slice(end + 2);
				if (inData) {
					if (line === '.') {
						inData = false;
						received.push(mail);
						mail = { from: '', to: [], data: '' };
						reply('250 2.0.0 queued');
					} else mail.data += `${line.startsWith('..') ? line.slice(1) : line}\r\n`;
					continue;
				}
				const address = () => line.replace(/^[A-Z]+ (FROM|TO):\s*/i, '').replace(/[<>]/g, '').split(' ')[0];
				switch (line.slice(0, 4).toUpperCase()) {
					case 'EHLO':
						reply('250-sink.local\r\n250 8BITMIME');
						break;
					case 'HELO':
						reply('250 sink.local');
						break;
					case 'MAIL':
						mail.from = address();
						reply('250 2.1.0 ok');
						break;
					case 'RCPT':
						mail.to.push(address());
						reply('250 2.1.5 ok');
						break;
					case 'DATA':
						inData = true;
						reply('354 end with <CRLF>.<CRLF>');
						break;
					case 'RSET':
						mail = { from: '', to: [], data: '' };
						reply('250 ok');
						break;
					case 'NOOP':
						reply('250 ok');
						break;
					case 'QUIT':
						reply('221 bye');
						socket.end();
						break;
					default:
						reply('502 5.5.2 not implemented');
				}
			}
		});
	});
	const port = await listen(server);
	return {
		host: '127.0.0.1',
		port,
		received,
		close: () =>
			new Promise((r) => {
				for (const s of sockets) s.destroy();
				server.close(() => r());
			}),
	};
}
