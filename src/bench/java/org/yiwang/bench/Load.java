package org.yiwang.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * A load of {@code clients} threads repeating one operation, first for the warm-up (not recorded),
 * then for the measured time. Every operation's latency is kept, so the percentiles are exact. An
 * operation that throws is an error (counted, never timed); an operation that returns {@code false}
 * has run out of work and stops its client.
 *
 * <p>{@link #run} is a closed loop: each client sends its next request when the last one answered,
 * so it finds the throughput, and its latency is the queue of that many clients. {@link #atRate} is an
 * open loop: operations are due at a fixed rate whoever is free, and each latency is measured from
 * when its operation was due, so time spent waiting behind a slow one counts (no coordinated
 * omission); it answers "how long do requests take at this many a second".
 */
final class Load {

  /** One operation of one client; {@code client} is 0 … clients-1. */
  @FunctionalInterface
  interface Operation {
    boolean run(int client) throws Exception;
  }

  /**
   * What is read over every measured window besides latency: the CPU by side, the database's
   * statement times and the application's own request times; any is null where it cannot be read.
   */
  record Meters(CpuUse cpu, StatementTimes statements, ServerTimes server) {
    static final Meters NONE = new Meters(null, null, null);
  }

  /**
   * The figures of one measured run; {@code offered} is the open loop's rate (NaN for a closed loop);
   * {@code cpu}, {@code statements} and {@code server} are null where not measured; {@code
   * probeCpuMillis} is the machine's speed in the window ({@link MachineSpeed.DuringLoad}), NaN where
   * the CPU is not measured.
   */
  record Result(
      String scenario, int clients, double offered, long operations, long errors, double seconds, long[] nanos, String firstError,
      CpuUse.Ticks cpu, double probeCpuMillis, StatementTimes.Top statements, ServerTimes.Counts server) {

    double perSecond() {
      return operations / seconds;
    }

    boolean openLoop() {
      return !Double.isNaN(offered);
    }

    double percentileMillis(double p) {
      if (nanos.length == 0) {
        return Double.NaN;
      }
      int index = (int) Math.ceil(p / 100.0 * nanos.length) - 1;
      return nanos[Math.max(0, Math.min(nanos.length - 1, index))] / 1e6;
    }

    double maxMillis() {
      return nanos.length == 0 ? Double.NaN : nanos[nanos.length - 1] / 1e6;
    }
  }

  /** When a client's next operation starts, and from when its latency counts. */
  private interface Pace {
    /** Waits until the next operation is due; returns the time its latency counts from. */
    long next();
  }

  private Load() {}

  /** A closed loop: each client runs its next operation as soon as its last one ended. */
  static Result run(String scenario, int clients, double warmUpSeconds, double seconds, Meters meters, Operation operation)
      throws InterruptedException, java.sql.SQLException, java.io.IOException {
    return drive(scenario, clients, Double.NaN, System::nanoTime, warmUpSeconds, seconds, meters, operation);
  }

  /**
   * An open loop: operation n is due at start + n / perSecond and is run by the first client free;
   * its latency counts from when it was due. {@code clients} bounds the operations in flight.
   */
  static Result atRate(String scenario, int clients, double perSecond, double warmUpSeconds, double seconds, Meters meters,
      Operation operation) throws InterruptedException, java.sql.SQLException, java.io.IOException {
    if (!(perSecond > 0)) {
      throw new IllegalArgumentException("an open loop needs a rate above 0, not " + perSecond);
    }
    var slots = new AtomicLong();
    long start = System.nanoTime();
    double interval = 1e9 / perSecond;
    Pace pace = () -> {
      long due = start + (long) (slots.getAndIncrement() * interval);
      for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
        LockSupport.parkNanos(wait);
      }
      return due;
    };
    return drive(scenario, clients, perSecond, pace, warmUpSeconds, seconds, meters, operation);
  }

  private static Result drive(String scenario, int clients, double offered, Pace pace, double warmUpSeconds, double seconds,
      Meters meters, Operation operation) throws InterruptedException, java.sql.SQLException, java.io.IOException {
    var recording = new AtomicBoolean(false);
    var stop = new AtomicBoolean(false);
    var errors = new AtomicLong();
    var firstError = new java.util.concurrent.atomic.AtomicReference<String>();
    List<long[]> perClient = new ArrayList<>();
    int[] counts = new int[clients];
    var done = new CountDownLatch(clients);
    List<Thread> threads = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      long[] own = new long[1 << 16];
      perClient.add(own);
      int client = c;
      threads.add(new Thread(() -> {
        long[] mine = own;
        try {
          while (!stop.get()) {
            long start = pace.next();
            if (stop.get()) {
              break;
            }
            boolean more;
            try {
              more = operation.run(client);
            } catch (Exception | AssertionError e) {
              errors.incrementAndGet();
              firstError.compareAndSet(null, scenario + ": " + e);
              continue;
            }
            long took = System.nanoTime() - start;
            if (!more) {
              break;
            }
            // counted when it completes inside the measured window (an operation slower than the
            // warm-up still counts once it ends there)
            if (recording.get() && !stop.get()) {
              if (counts[client] == mine.length) {
                mine = Arrays.copyOf(mine, mine.length * 2);
                perClient.set(client, mine);
              }
              mine[counts[client]++] = took;
            }
          }
        } finally {
          done.countDown();
        }
      }, scenario + "-client-" + c));
    }
    threads.forEach(Thread::start);
    try {
      sleep(warmUpSeconds, done);
      if (meters.statements() != null) {
        meters.statements().reset();
      }
      // the server's reading first as the window opens and closes: its scrape is no scenario's CPU,
      // and requests of clients still stopping are not the window's
      ServerTimes.Counts serverBefore = meters.server() == null ? null : meters.server().now();
      CpuUse.Ticks cpuBefore = meters.cpu() == null ? null : meters.cpu().now();
      long started = System.nanoTime();
      recording.set(true);
      // the speed probe in closed loops only: its bursts of work would be in an open loop's latencies
      // (its CPU counts as the load generator's)
      MachineSpeed.DuringLoad speed = meters.cpu() != null && Double.isNaN(offered) ? new MachineSpeed.DuringLoad() : null;
      long ended;
      double probe = Double.NaN;
      try {
        sleep(seconds, done);
        stop.set(true);
        ended = System.nanoTime();
      } finally {
        if (speed != null) {
          speed.close();
          probe = speed.medianCpuMillis();
        }
      }
      ServerTimes.Counts server = meters.server() == null ? null : meters.server().now().since(serverBefore);
      CpuUse.Ticks used = meters.cpu() == null ? null : meters.cpu().now().since(cpuBefore);
      StatementTimes.Top statements = meters.statements() == null ? null : meters.statements().top(scenario);
      done.await();
      int total = 0;
      for (int c = 0; c < clients; c++) {
        total += counts[c];
      }
      long[] all = new long[total];
      int at = 0;
      for (int c = 0; c < clients; c++) {
        System.arraycopy(perClient.get(c), 0, all, at, counts[c]);
        at += counts[c];
      }
      Arrays.sort(all);
      return new Result(scenario, clients, offered, total, errors.get(), (ended - started) / 1e9, all, firstError.get(), used,
          probe, statements, server);
    } finally {
      stop.set(true); // a meter that failed must not leave the clients loading the application
    }
  }

  /** Sleeps for the time given, or until every client has run out of work. */
  private static void sleep(double seconds, CountDownLatch done) throws InterruptedException {
    done.await((long) (seconds * 1000), java.util.concurrent.TimeUnit.MILLISECONDS);
  }
}
