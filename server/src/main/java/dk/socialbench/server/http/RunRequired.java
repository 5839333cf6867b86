package dk.socialbench.server.http;

import dk.socialbench.server.data.CurrentRun;
import dk.socialbench.server.data.LoadedRun;
import io.javalin.http.ServiceUnavailableResponse;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The run a request works on, read once; 503 with what to do while there is none. */
public final class RunRequired {
  private final CurrentRun current;
  private final Path work;

  public RunRequired(CurrentRun current, Path work) {
    this.current = Objects.requireNonNull(current, "current == null");
    this.work = Objects.requireNonNull(work, "work == null");
  }

  /**
   * The run being served.
   *
   * @throws ServiceUnavailableResponse before the first run has been published and loaded
   */
  public LoadedRun get() {
    return current.get().orElseThrow(this::noRun);
  }

  /** The run being served, or empty before the first. */
  public Optional<LoadedRun> find() {
    return current.get();
  }

  /**
   * Why the newest run could not be loaded (English, technical, may name files), or null: for the
   * log and the admin only.
   */
  public String loadProblem() {
    return current.loadProblem();
  }

  /** How far the newest run's reports are rendered, if the server renders them in advance. */
  public Optional<dk.socialbench.server.data.PrerenderStatus> prerender() {
    return current.prerender();
  }

  /** How far the renderer's warm-up is, if the server warms up. */
  public Optional<dk.socialbench.server.data.WarmUpStatus> warmUp() {
    return current.warmUp();
  }

  /** Danish: what the operator must do to get a run served. */
  public String whatToDo() {
    String problem = current.loadProblem();
    if (problem != null) {
      return "Den nyeste kørsel kunne ikke indlæses; årsagen står i serverens log. Ret fejlen og kør"
          + " ./socialbench run --input MAPPE --work "
          + work
          + " igen; serveren skifter selv til den nye kørsel.";
    }
    return "Der er endnu ingen offentliggjort kørsel i "
        + work
        + ". Kør ./socialbench run --input MAPPE --work "
        + work
        + "; serveren viser kørslen, så snart den er færdig.";
  }

  /** Why the run failed to load stays out: it is in the log and on /health for the admin. */
  private ServiceUnavailableResponse noRun() {
    return new ServiceUnavailableResponse(whatToDo(), Map.of());
  }
}
