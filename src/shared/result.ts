/** Errors travel as data: every message answer is a Result. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: ErrorInfo };

export interface ErrorInfo {
  /** A stable machine-readable code, e.g. `invalid-message`, `no-permission`. */
  code: string;
  /** A sentence a reader understands. */
  message: string;
}

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const err = (code: string, message: string): Result<never> => ({
  ok: false,
  error: { code, message },
});
