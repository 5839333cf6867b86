package dk.socialbench.ingest;

import dk.socialbench.UserError;
import dk.socialbench.contract.DeliveryColumn;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.InternalRow;

/**
 * The Spark task that reads one delivery file, or one part of a large one ({@link CsvParts}):
 * streams its rows through validation and the pseudonymiser, and ends with a marker row of what it
 * read (a split file has one per part; ingest adds them up). Runs on executors, so it reads through
 * Hadoop's FileSystem (local paths, or HDFS and the like on a cluster).
 *
 * <p>The file's name arrives with CPR-shaped parts already masked ({@link DeliveryFiles}); the
 * marker adds the name as it may be shown, with every part of a name found in the file's rows
 * masked too. Errors the reader raises name the file the same way, as far as it has been read.
 */
final class ParseDeliveryFile implements FlatMapFunction<DeliveryPart, Row> {
  private static final long serialVersionUID = 1L;

  /**
   * Hadoop's settings, parsed once per JVM: a new {@link Configuration} parses Hadoop's default XML
   * again on first use, which cost more than reading a small delivery file. Each file gets a copy.
   */
  private static final Configuration DEFAULTS = loaded();

  private final PseudonymKey key;
  private final String encoding;
  private final LocalDate today;

  ParseDeliveryFile(PseudonymKey key, String encoding, LocalDate today) {
    this.key = key;
    this.encoding = encoding;
    this.today = today;
  }

  /** The part's rows as {@code Row}s (Spark takes {@link #rows}; tests read these). */
  @Override
  public Iterator<Row> call(DeliveryPart part) throws IOException {
    Iterator<InternalRow> rows = rows(part);
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return rows.hasNext();
      }

      @Override
      public Row next() {
        return ParsedRows.external(rows.next());
      }
    };
  }

  /** The part's rows as Spark's internal rows ({@link ParsedRows}). */
  Iterator<InternalRow> rows(DeliveryPart part) throws IOException {
    DeliveryFile file = part.file();
    Path path = new Path(URI.create(file.uri()));
    FileSystem fs = path.getFileSystem(new Configuration(DEFAULTS));
    Charset charset = Charset.forName(encoding);
    if (part.isWhole()) {
      FileDigest digest = new FileDigest(fs.open(path));
      DeliveryReader reader;
      try {
        reader = DeliveryReader.open(file.name(), digest.unclosable(), charset);
      } catch (UserError e) {
        digest.close();
        throw shown(e, file, charset);
      } catch (IOException | RuntimeException e) {
        digest.close();
        throw e;
      }
      return new Rows(reader, this, file, digest);
    }
    InputStream records = range(fs, path, part.start(), part.end());
    if (part.start() > 0) {
      records = new SequenceInputStream(range(fs, path, 0, part.headerEnd()), records);
    }
    DeliveryReader reader;
    try {
      reader =
          part.start() == 0
              ? DeliveryReader.open(file.name(), records, charset)
              : CsvDeliveryReader.ofPart(file.name(), records, charset, part.firstLine());
    } catch (UserError e) {
      records.close();
      throw shown(e, file, charset);
    } catch (IOException | RuntimeException e) {
      records.close();
      throw e;
    }
    return new Rows(reader, this, file, part, part.whole() == null ? null : () -> fs.open(path));
  }

  /** A delivery error that names the file as a refused file is shown ({@link ShownFileNames}). */
  private static UserError shown(UserError e, DeliveryFile file, Charset charset) {
    return new UserError(
        e.getMessage().replace(file.name(), ShownFileNames.ofRefused(file, charset)));
  }

  private static Configuration loaded() {
    Configuration conf = new Configuration();
    conf.size(); // parses the default resources now, once
    return conf;
  }

  /** Bytes {@code from} (inclusive) to {@code to} (exclusive) of the file. */
  private static InputStream range(FileSystem fs, Path path, long from, long to)
      throws IOException {
    FSDataInputStream in = fs.open(path);
    try {
      in.seek(from);
    } catch (IOException e) {
      in.close();
      throw e;
    }
    return new FilterInputStream(in) {
      private long left = to - from;

      @Override
      public int read() throws IOException {
        if (left <= 0) {
          return -1;
        }
        int b = super.read();
        left -= b >= 0 ? 1 : 0;
        return b;
      }

      @Override
      public int read(byte[] buffer, int offset, int length) throws IOException {
        if (left <= 0) {
          return -1;
        }
        int n = super.read(buffer, offset, (int) Math.min(length, left));
        left -= Math.max(n, 0);
        return n;
      }
    };
  }

  /** Opens the whole file again (the task of a split file's first part hashes it). */
  @FunctionalInterface
  private interface WholeBytes {
    InputStream open() throws IOException;
  }

  /** Validates lazily, row by row, so a file of any size streams through. */
  private static final class Rows implements Iterator<InternalRow> {
    private final DeliveryReader reader;
    private final RowValidator validator;
    private final Pseudonymiser pseudonymiser;
    private final DeliveryFile source;
    private final String file;
    private final Charset charset;
    private final FileDigest digest; // null for a part of a split file
    private final DeliveryPart part; // null for a whole file
    private final WholeBytes wholeFile; // the first part of a split file: to hash the whole file
    private final Set<String> namePartsInFileName = new HashSet<>();
    private final NamePairs names;
    private final Set<Long> namePairs = new HashSet<>();
    private final Set<String> namesAdded = new HashSet<>();
    private String lastName;
    private NameParts lastNameParts;
    private long rows;
    private boolean markerSent;

    Rows(DeliveryReader reader, ParseDeliveryFile task, DeliveryFile file, FileDigest digest) {
      this(reader, task, file, digest, null, null);
    }

    Rows(
        DeliveryReader reader,
        ParseDeliveryFile task,
        DeliveryFile file,
        DeliveryPart part,
        WholeBytes wholeFile) {
      this(reader, task, file, null, part, wholeFile);
    }

    private Rows(
        DeliveryReader reader,
        ParseDeliveryFile task,
        DeliveryFile file,
        FileDigest digest,
        DeliveryPart part,
        WholeBytes wholeFile) {
      this.reader = reader;
      this.validator = new RowValidator(task.today);
      this.pseudonymiser = new Pseudonymiser(task.key);
      this.names = new NamePairs(task.key);
      this.source = file;
      this.file = file.name();
      this.charset = Charset.forName(task.encoding);
      this.digest = digest;
      this.part = part;
      this.wholeFile = wholeFile;
    }

    @Override
    public boolean hasNext() {
      return !markerSent;
    }

    @Override
    public InternalRow next() {
      if (markerSent) {
        throw new NoSuchElementException();
      }
      if (nextRaw()) {
        RawRow raw = reader.next();
        rows++;
        RowValidator.Outcome outcome = validator.validate(raw);
        if (outcome.scrubber().name() != lastNameParts) {
          // A case's rows repeat its name: the file's name is searched once per run of them.
          lastNameParts = outcome.scrubber().name();
          namePartsInFileName.addAll(outcome.scrubber().namePartsIn(file));
        }
        String delivered = raw.cell(DeliveryColumn.CASE_ID);
        String caseId = pseudonymiser.caseId(delivered);
        addNamePairs(raw.cell(DeliveryColumn.NAME));
        if (outcome.accepted()) {
          Registration r = outcome.registration();
          String personKey = pseudonymiser.personKey(r.cpr());
          return ParsedRows.accepted(raw, r, personKey, pseudonymiser.personId(personKey), caseId);
        }
        // A pseudonym is kept as it is, so that the case's rejected and accepted rows stay one
        // case.
        String kept =
            Objects.equals(caseId, delivered) ? outcome.scrubber().clean(delivered) : caseId;
        return ParsedRows.rejected(
            raw, outcome.errors(), outcome.maskedCpr(), kept, outcome.scrubber());
      }
      markerSent = true;
      try {
        return ParsedRows.fileMarker(
            file,
            namePartsInFileName,
            namePairs.stream().mapToLong(Long::longValue).toArray(),
            facts());
      } catch (IOException e) {
        // The exception's own message names the path, which may hold what the name hides.
        throw new UserError(
            shownAs() + ": cannot be read to its end (" + e.getClass().getName() + ")");
      } finally {
        close();
      }
    }

    /**
     * Adds the name's keyed pairs to the file's (a case's rows repeat a name: worked out once per
     * run of rows with the same name). Distinct here, in the task, so that the per-file summary
     * gathers one set per task rather than a list per name (docs/benchmarks.md, ingest at 10⁴).
     */
    private void addNamePairs(String name) {
      if (name == null || name.equals(lastName)) {
        return;
      }
      lastName = name;
      // A name of an earlier case added the same pairs (names recur across cases).
      if (!namesAdded.add(name)) {
        return;
      }
      for (long pair : names.of(name)) {
        namePairs.add(pair);
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

    /**
     * The file's name with the names in the rows read so far masked, and those in what is not read
     * yet ({@link ShownFileNames#ofRefused}): the row the error is about is not read.
     */
    private String shownAs() {
      String soFar = NameParts.ofParts(namePartsInFileName).redact(file, FreeText.REDACTED);
      return ShownFileNames.ofRefused(new DeliveryFile(source.uri(), soFar), charset);
    }

    private ParsedRows.FileFacts facts() throws IOException {
      long blank = reader.blankRows();
      if (digest == null) {
        // A part: the file's size and lines were counted when it was split; the first part's
        // task hashes the whole file, in parallel with the other parts' tasks.
        DeliveryPart.WholeFile whole = part.whole();
        return new ParsedRows.FileFacts(
            reader.format(),
            blank,
            whole == null ? null : whole.bytes(),
            whole == null ? null : sha256(whole),
            whole == null ? null : whole.lines(),
            reader.linesInCells());
      }
      String sha256 = digest.sha256();
      boolean csv = reader.format().startsWith("csv");
      // A workbook has rows, not lines: its "lines" are the header and the rows read.
      long lines = csv ? digest.lines() : 1 + rows + blank;
      return new ParsedRows.FileFacts(
          reader.format(), blank, digest.bytes(), sha256, lines, reader.linesInCells());
    }

    /** The whole file's SHA-256, of the bytes the split counted. */
    private String sha256(DeliveryPart.WholeFile whole) throws IOException {
      return FileDigest.sha256Of(wholeFile.open(), whole.bytes());
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
