import { NewsgraphError, type DocumentLocation, type ErrorCode } from '../errors.js';
import type { IngestFailure } from './raw-document.js';

/** Builds a failure item; the raw bytes are kept only when small enough, else the location points at them. */
export function ingestFailure(code: ErrorCode, message: string, location: DocumentLocation, raw: Uint8Array | null = null, keepRawBytes = 64 * 1024): IngestFailure {
  return {
    kind: 'failure',
    error: new NewsgraphError(code, message, location),
    raw: raw && raw.length <= keepRawBytes ? raw : null,
  };
}

/** Reads a Node system error code (ENOENT, EACCES...) without trusting the value's type. */
export function systemErrorCode(error: unknown): string | null {
  if (typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string') return error.code;
  return null;
}

export function isZlibError(error: unknown): boolean {
  const code = systemErrorCode(error);
  return code !== null && code.startsWith('Z_');
}

/** Why a gzip stream failed: `the gzip stream is truncated`, or corrupt with zlib's reason. */
export function describeGzipError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return /unexpected end/i.test(message) ? 'the gzip stream is truncated' : `the gzip stream is corrupt (${message})`;
}

/** A short reason for a file-system error, e.g. `permission denied (EACCES)`. */
export function describeSystemError(error: unknown): string {
  const code = systemErrorCode(error);
  const reasons: Record<string, string> = {
    EACCES: 'permission denied',
    EPERM: 'operation not permitted',
    ENOENT: 'no such file (or a broken link)',
    EISDIR: 'is a directory',
    ENOTDIR: 'a part of the path is not a directory',
    ELOOP: 'too many levels of symbolic links',
    EIO: 'input/output error',
    EMFILE: 'too many open files',
  };
  if (code && reasons[code]) return `${reasons[code]} (${code})`;
  return error instanceof Error ? error.message : String(error);
}
