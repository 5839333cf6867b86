package dk.socialbench.contract;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * The one (de)serialisation of {@link RunManifest}, with Jackson, the JSON library both of its
 * users already have: but not the same Jackson. The Spark jobs must run with the Jackson that Spark
 * brings (2.15), the server runs with its own (2.20, for Javalin and JasperReports). So the
 * contract declares Jackson {@code provided} (compiled against the server's version, since the
 * build's template compiler shares this module's class path and JasperReports needs the newer one),
 * uses only API that both have (an {@code ObjectMapper} with a naming strategy, records, {@code
 * JavaTimeModule}), and each side runs it with its own Jackson; neither classpath nor the job jar
 * (which leaves Jackson to the cluster's Spark) gains a second Jackson. Only this class touches
 * Jackson, so the rest of the contract loads without it. The alternative, JSON names as constants
 * that each side maps by hand, would put every field in three places.
 */
final class ManifestJson {
  private ManifestJson() {}

  private static ObjectMapper mapper() {
    return new ObjectMapper()
        .registerModule(new JavaTimeModule())
        .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .enable(SerializationFeature.INDENT_OUTPUT)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  }

  static RunManifest read(Path file) {
    try {
      return mapper().readValue(file.toFile(), RunManifest.class);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  static void write(RunManifest manifest, Path file) {
    try {
      mapper().writeValue(file.toFile(), manifest);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }
}
