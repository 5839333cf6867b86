package dk.socialbench.ingest;

import dk.socialbench.UserError;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;

/**
 * The Spark task that reads one delivery file: streams its rows through validation and the
 * pseudonymiser, and ends with the file's marker row. Runs on executors, so it reads through
 * Hadoop's FileSystem (local paths, or HDFS and the like on a cluster).
 *
 * <p>The file's name arrives with CPR-shaped parts already masked ({@link DeliveryFiles}); the
 * marker adds the name as it may be shown, with every part of a name found in the file's rows
 * masked too. Errors the reader raises name the file the same way, as far as it has been read.
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
    private final Set<String> namePartsInFileName = new HashSet<>();
    private long rows;
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
      if (nextRaw()) {
        RawRow raw = reader.next();
        rows++;
        RowValidator.Outcome outcome = validator.validate(raw);
        namePartsInFileName.addAll(outcome.scrubber().namePartsIn(file));
        if (outcome.accepted()) {
          Registration r = outcome.registration();
          return ParsedRows.accepted(raw, r, pseudonymiser.personKey(r.cpr()));
        }
        return ParsedRows.rejected(raw, outcome.errors(), outcome.maskedCpr(), outcome.scrubber());
      }
      markerSent = true;
      try {
        return ParsedRows.fileMarker(file, shownAs(), facts());
      } catch (IOException e) {
        // The exception's own message names the path, which may hold what the name hides.
        throw new UserError(
            shownAs() + ": cannot be read to its end (" + e.getClass().getName() + ")");
      } finally {
        close();
      }
    }

    /** Whether the reader has another row; its errors name the file as it may be shown. */
    private boolean nextRaw() {
      try {
        return reader.hasNext();
      } catch (UserError e) {
        close();
        throw new UserError(e.getMessage().replace(file, shownAs()));
      }
    }

    private String shownAs() {
      return NameParts.ofParts(namePartsInFileName).redact(file, FreeText.REDACTED);
    }

    private ParsedRows.FileFacts facts() throws IOException {
      String sha256 = digest.sha256();
      boolean csv = reader.format().startsWith("csv");
      long blank = reader.blankRows();
      // A workbook has rows, not lines: its "lines" are the header and the rows read.
      long lines = csv ? digest.lines() : 1 + rows + blank;
      return new ParsedRows.FileFacts(
          reader.format(), blank, digest.bytes(), sha256, lines, reader.linesInCells());
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
