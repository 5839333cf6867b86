package dk.socialbench.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Reads every row of the delivery files under a directory, as tests need the raw cells. */
public final class TestDeliveries {
  private TestDeliveries() {}

  /** Every row's cells, indexed by {@code DeliveryColumn.ordinal()}. */
  public static List<List<String>> rows(Path dir) throws IOException {
    List<List<String>> rows = new ArrayList<>();
    for (DeliveryFile f : DeliveryFiles.under(dir).files()) {
      try (InputStream in = Files.newInputStream(Path.of(java.net.URI.create(f.uri())));
          DeliveryReader reader = DeliveryReader.open(f.name(), in, StandardCharsets.UTF_8)) {
        reader.forEachRemaining(r -> rows.add(Arrays.asList(r.cells())));
      }
    }
    return rows;
  }
}
