package dk.socialbench.generate;

import dk.socialbench.UserError;
import dk.socialbench.contract.Municipality;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Synthetic deliveries in the input format, calibrated to KL's SEP report: one file per
 * municipality, byte-identical for the same settings whatever the number of threads.
 *
 * <pre>{@code
 * GenerationSummary written =
 *     new DeliveryGenerator(GeneratorSettings.builder().build()).writeTo(Path.of("out"));
 * written.cases();         // 401
 * written.registrations(); // 1058
 * }</pre>
 *
 * <p>Rows are streamed to the files: memory does not grow with the size of a municipality.
 */
public final class DeliveryGenerator {
  private final GeneratorSettings settings;
  private final List<DeliveryPlan.Delivery> plan;

  /**
   * @throws UserError if the settings name an xlsx municipality that is not generated
   */
  public DeliveryGenerator(GeneratorSettings settings) {
    this.settings = Objects.requireNonNull(settings, "settings == null");
    this.plan = DeliveryPlan.of(settings);
  }

  /** The municipalities that deliver, in order. */
  public List<Municipality> municipalities() {
    return plan.stream().map(DeliveryPlan.Delivery::municipality).toList();
  }

  /**
   * Writes one file per municipality into {@code directory} (created if missing), replacing files
   * of the same name. Each file appears whole or not at all.
   */
  public GenerationSummary writeTo(Path directory) throws IOException {
    Objects.requireNonNull(directory, "directory == null");
    if (Files.exists(directory) && !Files.isDirectory(directory)) {
      throw new UserError("output directory " + directory + " is a file; give a directory");
    }
    Files.createDirectories(directory);
    long started = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(settings.threads(), plan.size()));
    try {
      // Biggest first, so that no large municipality starts last and leaves the others idle.
      List<DeliveryPlan.Delivery> bySize = new ArrayList<>(plan);
      bySize.sort(Comparator.comparingLong(DeliveryGenerator::size).reversed());
      List<Future<GeneratedFile>> futures = new ArrayList<>(Collections.nCopies(plan.size(), null));
      for (DeliveryPlan.Delivery d : bySize) {
        futures.set(plan.indexOf(d), pool.submit(() -> write(d, directory)));
      }
      List<GeneratedFile> files = new ArrayList<>();
      for (Future<GeneratedFile> f : futures) {
        files.add(await(f));
      }
      return new GenerationSummary(directory, files, Duration.ofNanos(System.nanoTime() - started));
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * Hands the cases of one municipality to {@code consumer}, exactly as {@link #writeTo} would
   * write them, without writing anything. Returns the number of cases.
   *
   * @throws IllegalArgumentException if the municipality is not among {@link #municipalities()}
   */
  public long forEachCase(String municipalityCode, Consumer<GeneratedCase> consumer) {
    DeliveryPlan.Delivery delivery =
        plan.stream()
            .filter(d -> d.municipality().code().equals(municipalityCode))
            .findFirst()
            .orElseThrow(() -> new IllegalArgumentException("not generated: " + municipalityCode));
    MunicipalityRun run = new MunicipalityRun(settings.seed(), delivery);
    try {
      run.run(consumer::accept);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return run.cases();
  }

  private GeneratedFile write(DeliveryPlan.Delivery delivery, Path directory) throws IOException {
    MunicipalityRun run = new MunicipalityRun(settings.seed(), delivery);
    Path target = directory.resolve(delivery.fileName());
    Path partial = directory.resolve(delivery.fileName() + ".part");
    try {
      try (DeliveryWriter writer =
          DeliveryWriter.open(partial, run.convention(), run.columns(), delivery.xlsx())) {
        run.run(writer::write);
      }
      Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(partial);
    }
    Municipality m = delivery.municipality();
    return new GeneratedFile(
        m.code(), m.name(), target, run.convention(), run.cases(), run.registrations());
  }

  private static long size(DeliveryPlan.Delivery d) {
    if (d.outlines() != null) {
      return d.outlines().size();
    }
    return d.cases() >= 0 ? d.cases() : d.registrationBudget();
  }

  private static GeneratedFile await(Future<GeneratedFile> future) throws IOException {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while generating", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException io) {
        throw io;
      }
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException(cause);
    }
  }
}
