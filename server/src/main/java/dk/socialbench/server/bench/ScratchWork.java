package dk.socialbench.server.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.socialbench.contract.RunLayout;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A work directory of its own for the benchmark, so that the one measured is never changed: the
 * measured run is linked into it, and "a new run" is the same published data under another run id,
 * linked again and named in LATEST, as {@code run} would publish it. The server renders the new
 * run's reports from scratch, since the cache keys them by run id.
 */
final class ScratchWork implements AutoCloseable {
  private final Path dir;
  private final RunLayout source;
  private final String sourceRun;

  private ScratchWork(Path dir, RunLayout source, String sourceRun) {
    this.dir = dir;
    this.source = source;
    this.sourceRun = sourceRun;
  }

  /** A scratch work directory serving the run {@code work}'s LATEST names. */
  static ScratchWork of(Path work) throws IOException {
    RunLayout source = new RunLayout(work);
    String runId = Files.readString(source.latest(), StandardCharsets.UTF_8).trim();
    ScratchWork scratch =
        new ScratchWork(Files.createTempDirectory("socialbench-server-bench-"), source, runId);
    scratch.publish(runId);
    return scratch;
  }

  Path dir() {
    return dir;
  }

  /** Publishes the measured run's data as run {@code runId}: its manifest, linked data, LATEST. */
  void publish(String runId) throws IOException {
    RunLayout layout = new RunLayout(dir);
    Path run = layout.run(runId);
    Files.createDirectories(run);
    ObjectMapper json = new ObjectMapper();
    ObjectNode manifest = (ObjectNode) json.readTree(source.manifest(sourceRun).toFile());
    manifest.put("run_id", runId);
    json.writeValue(layout.manifest(runId).toFile(), manifest);
    Files.createSymbolicLink(
        run.resolve("published"), source.run(sourceRun).resolve("published").toAbsolutePath());
    Path next = layout.runs().resolve("LATEST.next");
    Files.writeString(next, runId + "\n", StandardCharsets.UTF_8);
    Files.move(next, layout.latest(), StandardCopyOption.ATOMIC_MOVE);
  }

  /** Deletes the scratch directory: the links, never what they point to. */
  @Override
  public void close() throws IOException {
    if (!Files.exists(dir)) {
      return; // closed already
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
