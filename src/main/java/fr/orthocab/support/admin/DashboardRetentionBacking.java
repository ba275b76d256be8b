package fr.orthocab.support.admin;

import fr.orthocab.support.retention.RetentionRun;
import fr.orthocab.support.retention.RetentionRuns;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** The dashboard's retention section: when the last purge ran and what it purged. */
@Named
@ViewScoped
public class DashboardRetentionBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private RetentionRuns runs;

  private RetentionRun latest;

  @PostConstruct
  void load() {
    latest = runs.latest().orElse(null);
  }

  /** The latest run that ended; null before the first. */
  public RetentionRun getLatest() {
    return latest;
  }
}
