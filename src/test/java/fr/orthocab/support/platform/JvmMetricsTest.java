package fr.orthocab.support.platform;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class JvmMetricsTest {
  @Test
  void everySampleIsANameAndANumberInPrometheusText() {
    String text = JvmMetrics.now();
    assertTrue(text.contains("# TYPE jvm_memory_used_bytes gauge\n"), text);
    assertTrue(text.contains("jvm_memory_used_bytes{area=\"heap\"} "), text);
    assertTrue(text.contains("process_uptime_seconds "), text);
    for (String line : text.split("\n")) {
      if (!line.startsWith("#")) {
        assertTrue(
            line.matches("[a-z0-9_]+(\\{[a-z]+=\"[^\"]*\"\\})? -?[0-9.]+(E-?[0-9]+)?"), line);
      }
    }
  }
}
