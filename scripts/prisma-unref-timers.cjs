// Preloaded into the Prisma CLI: its JavaScript schema engine finishes its work and then keeps
// the process alive on long timers. Unreferencing timers of five seconds or more lets the
// command exit as soon as its work is done; short timers are left alone.
const LONG_TIMER_MS = 5000;

for (const name of ['setTimeout', 'setInterval']) {
  const original = globalThis[name];
  globalThis[name] = function unrefLongTimer(callback, ms, ...args) {
    const timer = original.call(this, callback, ms, ...args);
    if (Number(ms) >= LONG_TIMER_MS && timer && typeof timer.unref === 'function') {
      timer.unref();
    }

    return timer;
  };
}
