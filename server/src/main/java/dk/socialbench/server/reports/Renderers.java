package dk.socialbench.server.reports;

import dk.socialbench.server.data.PublishedRun;
import java.util.ServiceLoader;

/**
 * Finds the report engine on the classpath. The engine registers its {@link Renderer} adapter in
 * {@code META-INF/services/dk.socialbench.server.reports.Renderer}; without one the server still
 * serves the page and the data, and answers report downloads with 503.
 */
public final class Renderers {
  private Renderers() {}

  /** The installed renderer, or one whose every call fails with {@link RendererMissing}. */
  public static Renderer installed() {
    return ServiceLoader.load(Renderer.class).findFirst().orElse(new Missing());
  }

  /** Whether {@code renderer} is the stand-in for a missing engine. */
  public static boolean isMissing(Renderer renderer) {
    return renderer instanceof Missing;
  }

  /** Thrown when no report engine is installed. */
  public static final class RendererMissing extends Exception {
    RendererMissing() {
      super("no " + Renderer.class.getName() + " is registered with ServiceLoader");
    }
  }

  private static final class Missing implements Renderer {
    @Override
    public byte[] render(ReportKind report, String municipality, PublishedRun run, Format format)
        throws RendererMissing {
      throw new RendererMissing();
    }
  }
}
