import { ConsoleLogger } from '@nestjs/common';

export interface LogEntry {
  level: 'error' | 'warn' | 'log';
  message: unknown;
  context: unknown;
}

/** An app logger that keeps what it is given, so a test can count the lines an outage writes. */
export class CapturedLog extends ConsoleLogger {
  readonly entries: LogEntry[] = [];

  constructor() {
    super('recordroom', { logLevels: ['fatal', 'error', 'warn', 'log'] });
  }

  override error(message: unknown, ...rest: unknown[]): void {
    this.entries.push({ level: 'error', message, context: rest.at(-1) });
  }

  override warn(message: unknown, ...rest: unknown[]): void {
    this.entries.push({ level: 'warn', message, context: rest.at(-1) });
  }

  override log(message: unknown, ...rest: unknown[]): void {
    this.entries.push({ level: 'log', message, context: rest.at(-1) });
  }

  /** The entries at `level`, without the one line per request of the request logger. */
  at(level: LogEntry['level']): LogEntry[] {
    return this.entries.filter((entry) => entry.level === level && !(entry.context === 'http' && level === 'log'));
  }
}
