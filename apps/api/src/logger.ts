import pino, { type Logger } from 'pino';

export function createLogger(options: { level: string; pretty: boolean }): Logger {
  return pino({
    level: options.level,
    redact: {
      paths: ['password', 'token', 'req.headers.authorization', 'req.headers.cookie', '*.password'],
      censor: '[redacted]',
    },
    ...(options.pretty ? { transport: { target: 'pino-pretty' } } : {}),
  });
}
