// Where a page's long tasks go, from a Chromium trace: every task over 50 ms on the page's
// main thread, its time split into what the engine did (self time of each trace event,
// grouped below). Used by the long-task phase to say what a long task is made of.
import { runPage, slowCpu } from './browser.mjs';

const CATEGORIES = [
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8',
  'v8.execute',
  'blink',
  'loading',
  'disabled-by-default-v8.compile',
];

/** Trace event name → what the time was spent on (first match wins; the rest is "other"). */
const GROUPS = [
  ['compile JS', /^V8\.(Compile|Parse|BytecodeBudgetInterrupt|Maglev|Turbofan|CompileIgnition)|^v8\.compile|FlushInstructionCache/],
  ['garbage collection', /^V8\.GC|GC$|^MinorGC|^MajorGC/],
  ['parse templates (HTML)', /^ParseHTML|^HTMLDocumentParser/],
  ['parse CSS', /^CSSParserImpl|ParseStyleSheet|^RuleSet::/],
  ['style', /recalcStyle|updateStyle|UpdateLayoutTree|Style\.UpdateTime|updateActiveStyle/],
  ['layout', /performLayout|^Layout$|ShapeText|Layout\.UpdateTime/],
  ['paint', /Paint|Commit|Layerize|PrePaint|Compositing/],
  [
    'run JS',
    /^v8\.(evaluateModule|callFunction|newInstance|callAsConstructor|run)|^FunctionCall|^RunMicrotasks|^AsyncTask|^EvaluateScript|^TimerFire|^FireIdleCallback|^FireAnimationFrame|^EventDispatch|CustomElement/,
  ],
];
export const GROUP_NAMES = [...GROUPS.map(([name]) => name), 'other'];

const groupOf = (name) => GROUPS.find(([, pattern]) => pattern.test(name))?.[0] ?? 'other';

/** What started a task, for its label. */
function kindOf(events) {
  const has = (pattern) => events.some((event) => pattern.test(event.name));
  if (has(/^v8\.evaluateModule$/)) return 'module evaluation + first render';
  if (has(/UpdateLifecycle|^Layout$/)) return 'a frame: style, layout, paint';
  if (has(/^FireIdleCallback$/)) return 'idle callback';
  if (has(/^TimerFire$/)) return 'timer';
  if (has(/CommitNavigation/)) return 'navigation';
  return 'other';
}

/** Loads `url` in a fresh context at `cpu`× slowdown while tracing; resolves with the trace events. */
export async function traceLoad(browser, url, { cpu = 4 } = {}) {
  let trace;
  await runPage(browser, url, {
    fresh: true,
    setup: async (page) => {
      await slowCpu(cpu)(page);
      await page.tracing.start({ categories: CATEGORIES });
    },
    finish: async (page) => {
      trace = await page.tracing.stop();
    },
  });
  return JSON.parse(Buffer.from(trace).toString('utf8')).traceEvents;
}

/**
 * The long tasks (> 50 ms) of the page's main thread: the renderer thread that parsed
 * `pagePath`. Each: { kind, ms, groups: { [group]: ms }, evaluate, microtasks } — the last two
 * are the module evaluation (define and upgrade included) and the microtasks after it (Lit's
 * first render), in ms, when the task ran the module.
 */
export function longTasksOf(events, pagePath) {
  const parse = events.find(
    (event) => event.name === 'ParseHTML' && event.args?.beginData?.url?.includes(pagePath),
  );
  if (!parse) throw new Error(`no ParseHTML of ${pagePath} in the trace`);
  const thread = events
    .filter((event) => event.pid === parse.pid && event.tid === parse.tid && event.ph === 'X' && event.dur > 0)
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const tasks = [];
  const counted = [];
  for (const task of thread.filter((event) => event.name === 'RunTask' && event.dur > 50_000)) {
    // A task run inside another (a nested run loop) is part of the outer one.
    if (counted.some((outer) => task.ts >= outer.ts && task.ts < outer.ts + outer.dur)) continue;
    counted.push(task);
    const inside = thread.filter((event) => event !== task && event.ts >= task.ts && event.ts < task.ts + task.dur);
    // Self time: each event's duration less its direct children's.
    const self = new Map([[task, task.dur], ...inside.map((event) => [event, event.dur])]);
    const stack = [task];
    for (const event of inside) {
      while (stack.length > 1 && stack.at(-1).ts + stack.at(-1).dur <= event.ts) stack.pop();
      self.set(stack.at(-1), self.get(stack.at(-1)) - event.dur);
      stack.push(event);
    }
    const groups = Object.fromEntries(GROUP_NAMES.map((name) => [name, 0]));
    for (const [event, time] of self) groups[groupOf(event.name)] += Math.max(0, time) / 1000;
    const total = (name) => inside.filter((event) => event.name === name).reduce((sum, e) => sum + e.dur, 0) / 1000;
    tasks.push({
      kind: kindOf(inside),
      ms: task.dur / 1000,
      groups,
      evaluate: total('v8.evaluateModule'),
      microtasks: total('RunMicrotasks'),
    });
  }
  return tasks;
}
