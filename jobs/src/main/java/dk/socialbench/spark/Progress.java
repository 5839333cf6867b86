package dk.socialbench.spark;

/**
 * Where a job reports what it is doing. The console implementation also shows the share of Spark
 * tasks done; tests use {@link #SILENT}.
 */
public interface Progress {
  /** A job that reports nothing. */
  Progress SILENT = stage -> {};

  /** The job has entered a new stage, e.g. "ingest: writing curated registrations". */
  void stage(String description);
}
