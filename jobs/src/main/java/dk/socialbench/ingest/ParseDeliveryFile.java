package dk.socialbench.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;

/**
 * The Spark task that reads one delivery file: streams its rows through validation and the
 * pseudonymiser, and ends with the file's marker row. Runs on executors, so it reads through
 * Hadoop's FileSystem (local paths, or HDFS and the like on a cluster).
 */
final class ParseDeliveryFile implements FlatMapFunction<DeliveryFile, Row> {
  private static final long serialVersionUID = 1L;

  private final PseudonymKey key;
  private final String encoding;
  private final LocalDate today;

  ParseDeliveryFile(PseudonymKey key, String encoding, LocalDate today) {
    this.key = key;
    this.encoding = encoding;
    this.today = today;
  }

  @Override
  public Iterator<Row> call(DeliveryFile file) throws IOException {
    Path path = new Path(URI.create(file.uri()));
    FileSystem fs = path.getFileSystem(new Configuration());
    FileDigest digest = new FileDigest(fs.open(path));
    DeliveryReader reader;
    try {
      reader = DeliveryReader.open(file.name(), digest.unclosable(), Charset.forName(encoding));
    } catch (IOException | RuntimeException e) {
      digest.close();
      throw e;
    }
    return new Rows(reader, new RowValidator(today), new Pseudonymiser(key), file.name(), digest);
  }

  /** Validates lazily, row by row, so a file of any size streams through. */
  private static final class Rows implements Iterator<Row> {
    private final DeliveryReader reader;
    private final RowValidator validator;
    private final Pseudonymiser pseudonymiser;
    private final String file;
    private final FileDigest digest;
    private boolean markerSent;

    Rows(
        DeliveryReader reader,
        RowValidator validator,
        Pseudonymiser pseudonymiser,
        String file,
        FileDigest digest) {
      this.reader = reader;
      this.validator = validator;
      this.pseudonymiser = pseudonymiser;
      this.file = file;
      this.digest = digest;
    }

    @Override
    public boolean hasNext() {
      return !markerSent;
    }

    @Override
    public Row next() {
      if (markerSent) {
        throw new NoSuchElementException();
      }
      if (reader.hasNext()) {
        RawRow raw = reader.next();
        RowValidator.Outcome outcome = validator.validate(raw);
        if (outcome.accepted()) {
          Registration r = outcome.registration();
          return ParsedRows.accepted(raw, r, pseudonymiser.personKey(r.cpr()));
        }
        return ParsedRows.rejected(raw, outcome.errors(), outcome.maskedCpr(), outcome.scrubber());
      }
      markerSent = true;
      try {
        String sha256 = digest.sha256();
        return ParsedRows.fileMarker(
            file, reader.format(), reader.blankRows(), digest.bytes(), sha256);
      } catch (IOException e) {
        throw new UncheckedIOException(file + ": " + e.getMessage(), e);
      } finally {
        close();
      }
    }

    private void close() {
      try (FileDigest file = digest) {
        reader.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
