/** Work in one go before giving the page its main thread back: well under the 50 ms of a long task. */
export const SLICE_MS = 8;

interface SchedulerWithYield {
  yield(): Promise<void>;
}

/**
 * Gives the main thread back to the page (input, rendering) and resumes soon after.
 * `scheduler.yield()` keeps our place in the queue where the browser has it; a zero-delay
 * message elsewhere (setTimeout clamps to 4 ms after a few nested calls).
 */
export function yieldToMain(view: Window | null): Promise<void> {
  const scheduler = (view as (Window & { scheduler?: Partial<SchedulerWithYield> }) | null)?.scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  if (typeof MessageChannel === 'function') {
    return new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(null);
    });
  }
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** A budget for one slice of work: `spent()` says when to yield. */
export class SliceClock {
  private deadline = 0;
  constructor(private readonly now: () => number = () => performance.now()) {
    this.reset();
  }
  reset(): void {
    this.deadline = this.now() + SLICE_MS;
  }
  spent(): boolean {
    return this.now() >= this.deadline;
  }
}
