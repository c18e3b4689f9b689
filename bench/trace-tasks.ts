/**
 * Reads a Chromium DevTools-protocol trace (Tracing domain, JSON events) for the page-cost
 * benchmark: the top-level tasks of a page's renderer main thread, what ran in each (script, style,
 * layout, paint, GC...), and which of them are the extension's.
 *
 * Attribution (the page's own JavaScript is off in the benchmark, so every piece of JavaScript on
 * the page's main thread is the content script's, or the benchmark's one-line "scan done" watcher
 * that runs as a microtask inside the content script's own task):
 *   - a script task is a top-level task that runs JavaScript: a FunctionCall, EvaluateScript,
 *     RunMicrotasks, scheduler.yield continuation, timer, v8.callFunction/v8.run... inside it;
 *   - a render task is a top-level task that updates style, layout or paint (BeginMainFrame, the
 *     frame that draws DOM changes). It is the extension's when an extension script task ran since
 *     the previous render task: it lays out and paints the changes the script made;
 *   - everything else (IPC bookkeeping, GC, the page's own frames) is not attributed task by task;
 *     it is still in the main-thread time of the window, compared against the same window with the
 *     extension off.
 */

export interface TraceEvent {
  name: string;
  cat?: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: Record<string, unknown>;
}

/** What the time inside a task went to, in DevTools' terms. */
export type Activity = 'script' | 'style' | 'layout' | 'paint' | 'gc' | 'parse' | 'other';
export type TaskKind = 'script' | 'render' | 'gc' | 'other';

export interface Task {
  /** Start, ms from the first task of the trace. */
  at: number;
  /** Start and end on the trace's clock (µs). */
  ts: number;
  end: number;
  wall: number;
  /** Thread (CPU) time of the main thread in the task: wall time minus time the OS had the thread off the CPU. */
  cpu: number;
  kind: TaskKind;
  /** The extension's (see the attribution above). */
  ours: boolean;
  /** Runs script of the extension's own files (a chrome-extension:// URL on a script event or its stack). */
  namesExtension: boolean;
  /** CPU ms by activity (self time of the events inside, by their nearest known ancestor). */
  activity: Partial<Record<Activity, number>>;
}

export interface WindowCost {
  tasks: Task[];
  /** Sum over the window's top-level tasks. */
  busyCpu: number;
  busyWall: number;
  /** Sum over the extension's tasks (direct attribution). */
  oursCpu: number;
  oursWall: number;
  pid: number;
  tid: number;
}

const SCRIPT_EVENTS = new Set([
  'FunctionCall', 'EvaluateScript', 'v8.run', 'v8.callFunction', 'v8.evaluateModule', 'v8.compile', 'v8.compileModule',
  'V8.Execute', 'RunMicrotasks', 'RunYieldContinuation', 'TimerFire', 'FireAnimationFrame', 'FireIdleCallback',
  'XHRReadyStateChange', 'v8.produceCache', 'CompileScript', 'CompileCode', 'v8.newInstance',
]);
const STYLE_EVENTS = new Set(['UpdateLayoutTree', 'RecalculateStyles', 'ParseAuthorStyleSheet', 'Document::updateStyle']);
const LAYOUT_EVENTS = new Set(['Layout']);
const PAINT_EVENTS = new Set(['PrePaint', 'Paint', 'Layerize', 'Commit', 'UpdateLayer', 'UpdateLayerTree', 'PaintImage', 'Decode Image']);
const RENDER_MARKERS = new Set(['UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Layerize', 'WebFrameWidgetImpl::BeginMainFrame']);
const GC_NAME = /GC|Sweep|Marking|cppgc|CppGC|Scavenge|MinorMS/;

function activityOf(e: TraceEvent): Activity | null {
  if (SCRIPT_EVENTS.has(e.name)) return 'script';
  if (STYLE_EVENTS.has(e.name)) return 'style';
  if (LAYOUT_EVENTS.has(e.name)) return 'layout';
  if (PAINT_EVENTS.has(e.name)) return 'paint';
  if (e.name === 'ParseHTML') return 'parse';
  if (GC_NAME.test(e.name)) return 'gc';
  return null;
}

function data(e: TraceEvent): Record<string, unknown> {
  const d = e.args?.data;
  return d && typeof d === 'object' ? (d as Record<string, unknown>) : {};
}

function namesExtension(e: TraceEvent, extensionOrigin: string): boolean {
  const d = data(e);
  if (String(d.url ?? '').startsWith(extensionOrigin) || String(d.scriptName ?? '').startsWith(extensionOrigin)) return true;
  const stack = d.stackTrace;
  return Array.isArray(stack) && stack.some((f) => String((f as { url?: string }).url ?? '').startsWith(extensionOrigin));
}

/** The renderer process of the page whose main frame's URL starts with `urlPrefix` (from TracingStartedInBrowser / FrameCommittedInBrowser). */
export function pageProcess(events: readonly TraceEvent[], urlPrefix: string): number | null {
  let pid: number | null = null;
  for (const e of events) {
    if (e.name === 'TracingStartedInBrowser') {
      const frames = (data(e).frames as { url?: string; processId?: number; isOutermostMainFrame?: boolean; parent?: string }[] | undefined) ?? [];
      const main = frames.find((f) => String(f.url ?? '').startsWith(urlPrefix) && (f.isOutermostMainFrame ?? !f.parent));
      if (main?.processId) pid = main.processId;
    } else if (e.name === 'FrameCommittedInBrowser' && pid === null) {
      const d = data(e);
      if (String(d.url ?? '').startsWith(urlPrefix) && !d.parent && typeof d.processId === 'number') pid = d.processId;
    }
  }
  return pid;
}

/**
 * The top-level tasks of the page's renderer main thread (CrRendererMain of its process), each
 * classified. Tasks are DevTools' "RunTask" events, nested ones folded into the outer one.
 */
export function windowCost(events: readonly TraceEvent[], opts: { urlPrefix: string; extensionOrigin: string }): WindowCost {
  const pid = pageProcess(events, opts.urlPrefix);
  if (pid === null) throw new Error(`no renderer for ${opts.urlPrefix} in the trace`);
  const tid = events.find((e) => e.ph === 'M' && e.name === 'thread_name' && e.pid === pid && (e.args?.name as string) === 'CrRendererMain')?.tid;
  if (tid === undefined) throw new Error(`no CrRendererMain thread in process ${pid}`);
  const main = events
    .filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && typeof e.dur === 'number')
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  // Top-level tasks (DevTools' RunTask: the task and the microtask checkpoint after it) and the events inside each.
  const groups: { task: TraceEvent; inside: TraceEvent[] }[] = [];
  let end = -Infinity;
  for (const e of main) {
    if (e.name === 'RunTask' && e.ts >= end) {
      groups.push({ task: e, inside: [] });
      end = e.ts + e.dur!;
    } else if (e.ts < end) {
      groups[groups.length - 1]!.inside.push(e);
    }
  }
  const t0 = groups[0]?.task.ts ?? 0;
  const tasks: Task[] = [];
  let scriptSinceFrame = false;
  for (const { task, inside } of groups) {
    const wall = task.dur! / 1000;
    const cpu = (task.tdur ?? task.dur!) / 1000;
    // Self CPU time of each event, given to its own activity or its nearest known ancestor's.
    const activity: Partial<Record<Activity, number>> = {};
    const stack: { e: TraceEvent; end: number; self: number; act: Activity | null }[] = [];
    let hasScript = false;
    let hasRender = false;
    let named = false;
    const close = (frame: (typeof stack)[number]) => {
      const act = frame.act ?? 'other';
      activity[act] = (activity[act] ?? 0) + frame.self / 1000;
    };
    let taskSelf = task.tdur ?? task.dur!;
    for (const e of inside) {
      while (stack.length && e.ts >= stack[stack.length - 1]!.end) close(stack.pop()!);
      const parent = stack[stack.length - 1];
      const t = e.tdur ?? e.dur!;
      if (parent) parent.self -= t;
      else taskSelf -= t;
      stack.push({ e, end: e.ts + e.dur!, self: t, act: activityOf(e) ?? parent?.act ?? null });
      if (SCRIPT_EVENTS.has(e.name)) hasScript = true;
      if (RENDER_MARKERS.has(e.name)) hasRender = true;
      if (!named && SCRIPT_EVENTS.has(e.name) && namesExtension(e, opts.extensionOrigin)) named = true;
    }
    while (stack.length) close(stack.pop()!);
    activity.other = (activity.other ?? 0) + Math.max(0, taskSelf) / 1000;
    const gcShare = (activity.gc ?? 0) / Math.max(cpu, 1e-6);
    const kind: TaskKind = hasScript ? 'script' : hasRender ? 'render' : gcShare > 0.5 ? 'gc' : 'other';
    const ours = kind === 'script' || (kind === 'render' && scriptSinceFrame);
    if (kind === 'script') scriptSinceFrame = true;
    else if (kind === 'render') scriptSinceFrame = false;
    tasks.push({ at: (task.ts - t0) / 1000, ts: task.ts, end: task.ts + task.dur!, wall, cpu, kind, ours, namesExtension: named, activity });
  }
  const sum = (xs: Task[], f: (t: Task) => number) => xs.reduce((n, t) => n + f(t), 0);
  const ours = tasks.filter((t) => t.ours);
  return {
    tasks,
    busyCpu: sum(tasks, (t) => t.cpu),
    busyWall: sum(tasks, (t) => t.wall),
    oursCpu: sum(ours, (t) => t.cpu),
    oursWall: sum(ours, (t) => t.wall),
    pid,
    tid,
  };
}

/** "layout 31.2, paint 8.0, style 2.1" — the activities of a task, biggest first. */
export function describeActivity(activity: Partial<Record<Activity, number>>, min = 0.5): string {
  return (Object.entries(activity) as [Activity, number][])
    .filter(([, v]) => v >= min)
    .sort((a, b) => b[1] - a[1])
    .map(([k, v]) => `${k} ${v.toFixed(1)}`)
    .join(', ');
}
