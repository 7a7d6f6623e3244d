/** One event of a Chromium trace (the Trace Event Format), with the `args` its reader needs. */
export interface TraceEvent<Args = Record<string, unknown>> {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: Args;
}
