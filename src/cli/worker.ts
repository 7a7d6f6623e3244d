import { analyze } from '../engine/index';
import { encodeResult, runTask } from './task';
import type { Task, TaskResult, TaskSettings } from './task';
import { serveTasks } from './thread-pool';

/** The `workerData` of a whosaid worker thread: marks it, and carries the run's settings. */
export interface CliWorkerData {
  whosaidWorker: 1;
  settings: TaskSettings;
}

/** Whether this thread's `workerData` says it is one of the CLI's workers. */
export function isCliWorkerData(data: unknown): data is CliWorkerData {
  return (data as Partial<CliWorkerData> | null)?.whosaidWorker === 1;
}

/** Runs the tasks the main thread sends, with the real engine, until terminated. */
export function startCliWorker(data: CliWorkerData): void {
  serveTasks<Task, TaskResult>((task) => encodeResult(runTask(task, data.settings, analyze)));
}
