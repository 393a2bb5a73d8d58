import { describe, expect, it } from '@jest/globals';
import { QueryFailedError } from 'typeorm';
import { connectionFailureOf } from './connection-failure.js';

function pgError(code: string, message = 'from the server'): Error {
  return Object.assign(new Error(message), { code });
}

describe('connectionFailureOf', () => {
  it.each([
    ['a refused connection', Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' })],
    ['a refused connection to every address of a host', new AggregateError([Object.assign(new Error('connect ECONNREFUSED ::1:5432'), { code: 'ECONNREFUSED' })], '')],
    ['a connection the server dropped', new Error('Connection terminated unexpectedly')],
    ['a connection that timed out while connecting', new Error('Connection terminated due to connection timeout')],
    ['an administrator shutting the server down (57P01)', new QueryFailedError('SELECT 1', [], pgError('57P01', 'terminating connection due to administrator command'))],
    ['a crash shutdown (57P02)', pgError('57P02')],
    ['a server starting up (57P03)', pgError('57P03', 'the database system is starting up')],
    ['a server out of connection slots (53300)', pgError('53300', 'sorry, too many clients already')],
    ['a connection exception (class 08)', pgError('08006')],
  ])('takes %s for an unreachable database', (_what, error) => {
    expect(connectionFailureOf(error)).toBe('unreachable');
  });

  it('takes a pool acquire timeout for a busy database', () => {
    expect(connectionFailureOf(new Error('timeout exceeded when trying to connect'))).toBe('busy');
  });

  it.each([
    ['a unique violation', new QueryFailedError('INSERT', [], pgError('23505'))],
    ['a cancelled statement', new QueryFailedError('SELECT', [], pgError('57014', 'canceling statement due to statement timeout'))],
    ['a bug', new TypeError("Cannot read properties of undefined (reading 'id')")],
    ['something that is not an error', 'oops'],
  ])('does not take %s for a connection failure', (_what, error) => {
    expect(connectionFailureOf(error)).toBeNull();
  });
});
