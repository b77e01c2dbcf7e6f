package org.yiwang.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Where the CPU went in a measured window: the application, the database's processes, this load
 * generator, and the machine as a whole. Throughput on this shared 2-core machine moves by a fifth
 * from run to run; the CPU an operation costs moves much less, so it is what tells whether a
 * change made the application cheaper, and which side (application or database) is the limit.
 * Read from Linux's {@code /proc} (USER_HZ clock ticks, 1/100 s); elsewhere there is nothing to read.
 */
final class CpuUse {

  private static final double MS_PER_TICK = 10.0;
  private static final Path PROC = Path.of("/proc");

  /**
   * CPU ticks by side and the machine's busy and total ticks: so far (from {@link #now()}), or in a
   * window (the difference of two).
   */
  record Ticks(long app, long database, long generator, long machineBusy, long machineTotal) {

    Ticks since(Ticks earlier) {
      return new Ticks(app - earlier.app, database - earlier.database, generator - earlier.generator,
          machineBusy - earlier.machineBusy, machineTotal - earlier.machineTotal);
    }

    double appMillis() {
      return app * MS_PER_TICK;
    }

    double databaseMillis() {
      return database * MS_PER_TICK;
    }

    /** "application 12.9, database 6.3, load generator 1.3 ms of CPU per operation; machine 100 % busy". */
    String perOperation(long operations) {
      if (operations == 0) {
        return "no operation completed";
      }
      return "application %.1f, database %.1f, load generator %.1f ms of CPU per operation; machine %.0f %% busy".formatted(
          app * MS_PER_TICK / operations, database * MS_PER_TICK / operations, generator * MS_PER_TICK / operations,
          machineTotal == 0 ? 0.0 : 100.0 * machineBusy / machineTotal);
    }
  }

  private final long appPid;

  CpuUse(long appPid) {
    this.appPid = appPid;
  }

  /** Whether this machine has a {@code /proc} to read. */
  static boolean available() {
    return Files.isReadable(PROC.resolve("stat"));
  }

  /** The ticks used so far; the database is every postgres process on this machine (none for a remote --jdbc-url). */
  Ticks now() {
    long database = 0;
    try (Stream<Path> processes = Files.list(PROC)) {
      for (Path p : (Iterable<Path>) processes.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))::iterator) {
        String[] stat = stat(p);
        // every postgres process, with the children it has reaped (backends that ended in the window)
        if (stat != null && stat[1].equals("(postgres)")) {
          database += ticks(stat, true);
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot list " + PROC, e);
    }
    String[] app = stat(PROC.resolve(Long.toString(appPid)));
    String[] generator = stat(PROC.resolve(Long.toString(ProcessHandle.current().pid())));
    long[] machine = machine();
    return new Ticks(app == null ? 0 : ticks(app, false), database, generator == null ? 0 : ticks(generator, false), machine[0], machine[1]);
  }

  /** utime + stime (fields 14 and 15), with cutime + cstime (16, 17) if asked. */
  private static long ticks(String[] stat, boolean withReapedChildren) {
    long own = Long.parseLong(stat[13]) + Long.parseLong(stat[14]);
    return withReapedChildren ? own + Long.parseLong(stat[15]) + Long.parseLong(stat[16]) : own;
  }

  /** The fields of /proc/PID/stat; the command name (field 2) may hold spaces, so it is cut out whole. */
  private static String[] stat(Path process) {
    try {
      String line = Files.readString(process.resolve("stat"));
      int open = line.indexOf('(');
      int close = line.lastIndexOf(')');
      String[] rest = line.substring(close + 2).trim().split(" ");
      String[] fields = new String[rest.length + 2];
      fields[0] = line.substring(0, open).trim();
      fields[1] = line.substring(open, close + 1);
      System.arraycopy(rest, 0, fields, 2, rest.length);
      return fields;
    } catch (IOException | RuntimeException e) {
      return null; // the process ended while we looked
    }
  }

  /** Busy and total ticks of all CPUs from the first line of /proc/stat (idle and iowait are not busy). */
  static long[] machine() {
    try {
      String[] cpu = Files.readAllLines(PROC.resolve("stat")).get(0).trim().split("\\s+");
      long total = 0;
      for (int i = 1; i < cpu.length && i <= 8; i++) {
        total += Long.parseLong(cpu[i]);
      }
      long idle = Long.parseLong(cpu[4]) + Long.parseLong(cpu[5]);
      return new long[] {total - idle, total};
    } catch (IOException e) {
      throw new IllegalStateException("cannot read /proc/stat", e);
    }
  }
}
