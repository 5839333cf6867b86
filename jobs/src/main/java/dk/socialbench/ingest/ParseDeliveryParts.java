package dk.socialbench.ingest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.catalyst.InternalRow;

/**
 * The Spark task that reads several small delivery files (or parts) one after another, each as
 * {@link ParseDeliveryFile} reads it, in the given order; a file is opened only when the one before
 * it has been read to its end. A task per file cost more than the reading of a file of a few
 * hundred rows (docs/benchmarks.md 1.19).
 */
final class ParseDeliveryParts implements FlatMapFunction<List<DeliveryPart>, InternalRow> {
  private static final long serialVersionUID = 1L;

  private final ParseDeliveryFile parse;

  ParseDeliveryParts(ParseDeliveryFile parse) {
    this.parse = parse;
  }

  /**
   * {@code parts} in order, in contiguous groups of at most {@code groupBytes} (a part larger than
   * that is a group of its own): the rows come out in the order a task per part gave them.
   *
   * @param bytes each part's size, in the order of {@code parts}
   */
  static List<List<DeliveryPart>> grouped(
      List<DeliveryPart> parts, List<Long> bytes, long groupBytes) {
    if (parts.size() != bytes.size()) {
      throw new IllegalArgumentException(
          parts.size() + " parts but " + bytes.size() + " sizes: one size per part");
    }
    List<List<DeliveryPart>> groups = new ArrayList<>();
    ArrayList<DeliveryPart> group = new ArrayList<>();
    long inGroup = 0;
    for (int i = 0; i < parts.size(); i++) {
      if (!group.isEmpty() && inGroup + bytes.get(i) > groupBytes) {
        groups.add(group);
        group = new ArrayList<>();
        inGroup = 0;
      }
      group.add(parts.get(i));
      inGroup += bytes.get(i);
    }
    if (!group.isEmpty()) {
      groups.add(group);
    }
    return groups;
  }

  @Override
  public Iterator<InternalRow> call(List<DeliveryPart> parts) {
    return new Iterator<>() {
      private final Iterator<DeliveryPart> next = parts.iterator();
      private Iterator<InternalRow> current = Collections.emptyIterator();

      @Override
      public boolean hasNext() {
        while (!current.hasNext() && next.hasNext()) {
          try {
            current = parse.rows(next.next());
          } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        }
        return current.hasNext();
      }

      @Override
      public InternalRow next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return current.next();
      }
    };
  }
}
