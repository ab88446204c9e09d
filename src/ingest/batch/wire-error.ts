import { ERRORS, NewsgraphError, type ErrorCode } from '../../errors.js';

/** An error as it crosses from a worker thread: structured clone keeps an Error's message, not its class. */
export interface WireError {
  code?: ErrorCode;
  input?: string;
  message: string;
  stack?: string;
}

export function toWire(error: unknown): WireError {
  if (error instanceof NewsgraphError) {
    return { code: error.code, message: error.message, ...(error.input ? { input: error.input } : {}) };
  }
  if (error instanceof Error)
    return { message: error.message, ...(error.stack ? { stack: error.stack } : {}) };
  return { message: String(error) };
}

/** The error again on this side: a NewsgraphError keeps its code (so exit codes and retries stay right). */
export function fromWire(wire: WireError): Error {
  if (wire.code && wire.code in ERRORS) {
    const error = new NewsgraphError(wire.code, wire.input);
    error.message = wire.message;
    return error;
  }
  const error = new Error(wire.message);
  if (wire.stack) error.stack = wire.stack;
  return error;
}
