package fr.orthocab.support.platform;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.Locale;

/**
 * The desk's JVM in Prometheus' text format: memory, threads, garbage collection, uptime and load.
 * Payara's own {@code /metrics} is switched off (server-config): it answered anyone on the public
 * port, and Payara Micro cannot move it to another port without deploying the desk twice.
 */
public final class JvmMetrics {
  public static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

  private final StringBuilder text = new StringBuilder();

  private JvmMetrics() {}

  public static String now() {
    JvmMetrics metrics = new JvmMetrics();
    var memory = ManagementFactory.getMemoryMXBean();
    metrics.memory("heap", memory.getHeapMemoryUsage());
    metrics.memory("nonheap", memory.getNonHeapMemoryUsage());
    metrics.gauge(
        "jvm_threads_live", "Live threads.", ManagementFactory.getThreadMXBean().getThreadCount());
    metrics.type("jvm_gc_collection_seconds", "summary", "Time spent in garbage collections.");
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      String label = "{gc=\"" + escape(gc.getName()) + "\"}";
      metrics.line("jvm_gc_collection_seconds_count" + label, Math.max(0, gc.getCollectionCount()));
      metrics.line(
          "jvm_gc_collection_seconds_sum" + label, Math.max(0, gc.getCollectionTime()) / 1000.0);
    }
    metrics.gauge(
        "process_uptime_seconds",
        "Time since the desk's JVM started.",
        ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0);
    metrics.gauge(
        "system_load_average_1m",
        "The machine's load average over the last minute.",
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    metrics.gauge(
        "system_cpu_count",
        "Processors available to the JVM.",
        Runtime.getRuntime().availableProcessors());
    return metrics.text.toString();
  }

  private void memory(String area, MemoryUsage usage) {
    String label = "{area=\"" + area + "\"}";
    if (area.equals("heap")) {
      type("jvm_memory_used_bytes", "gauge", "Memory in use.");
      type("jvm_memory_committed_bytes", "gauge", "Memory the JVM holds from the system.");
      type("jvm_memory_max_bytes", "gauge", "Most memory the JVM may use (-1: no limit).");
    }
    line("jvm_memory_used_bytes" + label, usage.getUsed());
    line("jvm_memory_committed_bytes" + label, usage.getCommitted());
    line("jvm_memory_max_bytes" + label, usage.getMax());
  }

  private void gauge(String name, String help, double value) {
    type(name, "gauge", help);
    line(name, value);
  }

  private void type(String name, String type, String help) {
    text.append("# HELP ").append(name).append(' ').append(help).append('\n');
    text.append("# TYPE ").append(name).append(' ').append(type).append('\n');
  }

  private void line(String series, double value) {
    text.append(series).append(' ').append(String.format(Locale.ROOT, "%s", value)).append('\n');
  }

  private static String escape(String label) {
    return label.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
  }
}
