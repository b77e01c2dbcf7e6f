package org.yiwang.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.SplittableRandom;

/**
 * How fast this machine is at the moment: a fixed piece of CPU work (hashing, sorting, a hash map
 * of strings: the kinds of work a request does), timed on one thread: before each scenario once the
 * machine is quiet, and during each closed loop's window ({@link DuringLoad}). This shared 2-core machine's speed moves from hour to hour (the same
 * submission has cost 6.6 ms of the application's CPU on one afternoon and 31.9 ms on a night);
 * the probe beside each scenario tells a slower machine from a slower change, so runs of different
 * hours can be compared.
 */
final class MachineSpeed {

  /**
   * The median of the probe's rounds: CPU time of this thread and wall time, in milliseconds; and how
   * busy the machine was just before (the two CPUs may be one core's two hardware threads: work on one
   * slows the other).
   */
  record Probe(double cpuMillis, double wallMillis, double busyBefore) {

    String describe() {
      return "a fixed unit of CPU work took %.1f ms of CPU (%.1f ms of wall time%s)".formatted(cpuMillis, wallMillis,
          Double.isNaN(busyBefore) ? "" : "; the machine %.0f %% busy before".formatted(100 * busyBefore));
    }
  }

  /** The machine counts as quiet below this share of its CPUs busy (the application's periodic rounds). */
  private static final double QUIET = 0.10;

  private static final int ROUNDS = 7;
  private static final byte[] BYTES = new byte[4 << 20];
  private static final long[] NUMBERS = new long[200_000];

  static {
    var random = new SplittableRandom(42);
    for (int i = 0; i < BYTES.length; i++) {
      BYTES[i] = (byte) random.nextInt();
    }
    for (int i = 0; i < NUMBERS.length; i++) {
      NUMBERS[i] = random.nextLong();
    }
  }

  private MachineSpeed() {}

  /**
   * Waits up to {@code maxWaitSeconds} for the machine to be quiet (the application finishing the work
   * a scenario left: its listeners, the audit chainer), then times the work. The first call also
   * compiles it.
   */
  static Probe measure(int maxWaitSeconds) throws Exception {
    double busy;
    try {
      busy = CpuUse.available() ? quietMachine(maxWaitSeconds) : Double.NaN;
    } catch (IllegalStateException e) {
      busy = Double.NaN; // /proc/stat unreadable: timed without waiting for quiet
    }
    for (int i = 0; i < 3; i++) {
      unitCpuMillis();
    }
    double[] cpu = new double[ROUNDS];
    double[] wall = new double[ROUNDS];
    for (int i = 0; i < ROUNDS; i++) {
      long wallStart = System.nanoTime();
      cpu[i] = unitCpuMillis();
      wall[i] = (System.nanoTime() - wallStart) / 1e6;
    }
    return new Probe(median(cpu), median(wall), busy);
  }

  /** The share of the machine's CPUs busy in the last second waited (under {@link #QUIET} unless it never got there). */
  private static double quietMachine(int maxWaitSeconds) throws InterruptedException {
    double busy = 1;
    for (int second = 0; second < Math.max(1, maxWaitSeconds) && busy >= QUIET; second++) {
      long[] before = CpuUse.machine();
      Thread.sleep(1000);
      long[] after = CpuUse.machine();
      busy = after[1] == before[1] ? 0 : (after[0] - before[0]) / (double) (after[1] - before[1]);
    }
    return busy;
  }

  /**
   * Samples the probe's work every two seconds until {@code stop}, from another thread, while a scenario
   * runs: its CPU time then is the machine's speed as the application meets it (the other hardware
   * thread busy, the caches shared), in the same window as the CPU per operation it scales.
   */
  static final class DuringLoad implements AutoCloseable {
    private final List<Double> samples = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final Thread sampler;

    DuringLoad() {
      sampler = new Thread(() -> {
        try {
          do { // one sample at least, however short the window
            samples.add(unitCpuMillis());
            Thread.sleep(2000);
          } while (!Thread.currentThread().isInterrupted());
        } catch (InterruptedException e) {
          // the window ended
        } catch (Exception e) {
          throw new IllegalStateException("the speed probe failed", e);
        }
      }, "speed-probe");
      sampler.setDaemon(true);
      sampler.start();
    }

    /** The median CPU time of the samples so far, in milliseconds; NaN if none was taken. */
    double medianCpuMillis() {
      return samples.isEmpty() ? Double.NaN : median(samples.stream().mapToDouble(Double::doubleValue).toArray());
    }

    @Override
    public void close() throws InterruptedException {
      sampler.interrupt();
      sampler.join();
    }
  }

  /** The CPU time, in milliseconds, this thread spends on one unit of the probe's work. */
  private static double unitCpuMillis() throws Exception {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long cpuStart = threads.getCurrentThreadCpuTime();
    if (unit() == 42) {
      System.out.print(""); // keeps the work from being optimised away
    }
    return (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6;
  }

  private static long unit() throws Exception {
    byte[] digest = MessageDigest.getInstance("SHA-256").digest(BYTES);
    long[] sorted = NUMBERS.clone();
    Arrays.sort(sorted);
    var map = new HashMap<String, Integer>();
    for (int i = 0; i < 100_000; i++) {
      map.merge("k" + (sorted[i] & 0xffff), i, Integer::sum);
    }
    return digest[0] + sorted[sorted.length / 2] + map.size();
  }

  private static double median(double[] values) {
    double[] copy = values.clone();
    Arrays.sort(copy);
    int middle = copy.length / 2;
    return copy.length % 2 == 1 ? copy[middle] : (copy[middle - 1] + copy[middle]) / 2;
  }
}
