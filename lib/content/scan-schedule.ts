/**
 * The scanner's scheduling: when a slice of reading runs. Just before the page's next frame when
 * the page gives us frames (`requestFrame`), on a timer in a hidden tab or without frames, and in
 * the page's own task right after a mutation (see `afterMutations`).
 */
import { later, type ScanState } from './scan-state';

/** A slice waiting for a frame runs on a timer after this long all the same (hidden tabs draw no frames). */
const FRAME_WAIT_MS = 100;

export interface SliceScheduler {
  /** A slice is scheduled and has not run yet. */
  scheduled: boolean;
  /** Schedules a slice (once: a slice already scheduled covers this call). */
  schedule(): void;
  /** The page changed: read now, in its task, or schedule a slice. */
  afterMutations(): void;
  /** What one slice left goes on in a timer task of its own (not in the next frame). */
  continueInTask(): void;
  hidden(): boolean;
}

/** `run(ownTask)` runs one slice; it is called by the scheduler only. */
export function createSliceScheduler(s: ScanState, run: (ownTask: boolean) => void): SliceScheduler {
  const { doc, deps } = s;
  // Each scheduled slice has a number (`slot`): of its two triggers, the frame and the fallback
  // timer, only the first runs it. One fallback timer at a time covers every slice scheduled
  // meanwhile (not a timer per slice): when it fires, a slice still waiting since the timer was
  // set runs now, and one scheduled since gets a full wait of its own.
  let slot = 0;
  let waiting = false;
  let slotAtWait = 0;
  const wait = () => {
    if (waiting) return;
    waiting = true;
    slotAtWait = slot;
    later(
      s,
      () => {
        waiting = false;
        if (!self.scheduled) return;
        if (slot === slotAtWait) run(false);
        else wait();
      },
      FRAME_WAIT_MS,
    );
  };
  const self: SliceScheduler = {
    scheduled: false,
    hidden: () => doc.visibilityState === 'hidden',
    schedule() {
      if (self.scheduled || s.stopped) return;
      self.scheduled = true;
      if (!deps.requestFrame || self.hidden()) {
        later(s, () => run(false), 0);
        return;
      }
      const mine = ++slot;
      deps.requestFrame(() => {
        if (mine === slot && self.scheduled && !s.stopped) run(false);
      });
      wait();
    },
    afterMutations() {
      // At the end of the page's task that changed the comments, before the frame that shows
      // them; a burst larger than one slice goes on in timer tasks. In a frame's own task the
      // same slices turned frames that were just under 50 ms into long tasks (benchmark page,
      // worst of three runs: 6–12 long tasks with the rest of a burst in the next frames, 0 in
      // timer tasks; 45 with every slice in a frame).
      if (deps.requestFrame && !self.scheduled && !self.hidden()) run(true);
      else self.schedule();
    },
    continueInTask() {
      self.scheduled = true;
      later(s, () => run(true), 0);
    },
  };
  return self;
}
