package org.yiwang.scale;

import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A progress bar on the console: redrawn in place on a terminal, a line every tenth otherwise (CI
 * logs), with the rate and the time left.
 */
final class ProgressBar {

  private final String what;
  private final long total;
  private final PrintStream out;
  private final boolean terminal;
  private final long started = System.nanoTime();
  private final AtomicLong done = new AtomicLong();
  private final long initial;
  private long lastTenth = -1;

  ProgressBar(String what, long total, long alreadyDone) {
    this(what, total, alreadyDone, System.err, System.console() != null);
  }

  ProgressBar(String what, long total, long alreadyDone, PrintStream out, boolean terminal) {
    this.what = what;
    this.total = Math.max(1, total);
    this.out = out;
    this.terminal = terminal;
    this.done.set(alreadyDone);
    this.initial = alreadyDone;
  }

  void advance(long count) {
    long now = done.addAndGet(count);
    synchronized (this) {
      long tenth = now * 10 / total;
      if (terminal) {
        out.print("\r" + line(now));
        if (now >= total) {
          out.println();
        }
      } else if (tenth != lastTenth) {
        lastTenth = tenth;
        out.println(line(now));
      }
    }
  }

  String line(long now) {
    int width = 30;
    int filled = (int) (width * Math.min(now, total) / total);
    double seconds = Math.max(0.001, (System.nanoTime() - started) / 1e9);
    double rate = (now - initial) / seconds;
    long left = rate > 0 ? (long) ((total - now) / rate) : 0;
    return "[scale] %-8s [%s%s] %3d%% %,d/%,d  %,.0f/s  %ds left".formatted(
        what, "#".repeat(filled), ".".repeat(width - filled), now * 100 / total, now, total, rate, Math.max(0, left));
  }
}
