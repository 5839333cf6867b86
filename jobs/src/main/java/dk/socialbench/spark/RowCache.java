package dk.socialbench.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.rdd.RDD;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.expressions.Attribute;
import org.apache.spark.sql.catalyst.expressions.Expression;
import org.apache.spark.sql.catalyst.expressions.UnsafeProjection;
import org.apache.spark.sql.catalyst.expressions.UnsafeRow;
import org.apache.spark.sql.columnar.CachedBatch;
import org.apache.spark.sql.execution.columnar.ColumnarIterator;
import org.apache.spark.sql.execution.columnar.DefaultCachedBatch;
import org.apache.spark.sql.execution.columnar.DefaultCachedBatchSerializer;
import org.apache.spark.sql.execution.columnar.GenerateColumnAccessor;
import org.apache.spark.sql.internal.SQLConf;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.unsafe.Platform;
import scala.Function2;
import scala.collection.BufferedIterator;
import scala.collection.Iterator;
import scala.collection.JavaConverters;
import scala.collection.Seq;
import scala.reflect.ClassTag;
import scala.runtime.AbstractFunction2;

/**
 * Spark's cache serializer ({@code spark.sql.cache.serializer}) with a second way to keep a cached
 * table: its rows as they are, Spark's own binary rows packed side by side in one array per batch,
 * instead of one column builder per column. Where {@link #ROWS} is set (a sized local run keeps its
 * cache uncompressed, {@link InputSizedSettings}), a batch is filled by copying each row's bytes;
 * the columnar build went through each column's builder per row and was most of the CPU of filling
 * the analyses' registrations at 10⁵ (docs/benchmarks.md 1.59). Otherwise, and for every batch
 * built columnar, it is Spark's {@link DefaultCachedBatchSerializer}. The rows and their order are
 * the same either way; what a scan reads is projected from the row.
 *
 * <p>Example: {@code SparkSession.builder().config("spark.sql.cache.serializer",
 * RowCache.class.getName()).config(RowCache.ROWS, "true")}.
 */
public class RowCache extends DefaultCachedBatchSerializer {
  private static final long serialVersionUID = 1L;

  /** The session setting that keeps cached tables as rows; read when a cache is built. */
  public static final String ROWS = "socialbench.cache.rows";

  @Override
  public RDD<CachedBatch> convertInternalRowToCachedBatch(
      RDD<InternalRow> input, Seq<Attribute> schema, StorageLevel storageLevel, SQLConf conf) {
    if (!Boolean.parseBoolean(conf.getConfString(ROWS, "false"))) {
      return super.convertInternalRowToCachedBatch(input, schema, storageLevel, conf);
    }
    int batchRows = conf.columnBatchSize();
    DataType[] types =
        JavaConverters.seqAsJavaList(schema).stream()
            .map(Attribute::dataType)
            .toArray(DataType[]::new);
    JavaRDD<CachedBatch> batches =
        input
            .toJavaRDD()
            .mapPartitions(
                rows ->
                    new RowBatch.Builder(
                        rows, UnsafeProjection.create(types), types.length, batchRows));
    return batches.rdd();
  }

  /** Rows only: a primitive-only table would otherwise be read as columns from any batch. */
  @Override
  public boolean supportsColumnarOutput(StructType schema) {
    return false;
  }

  @Override
  public RDD<InternalRow> convertCachedBatchToInternalRow(
      RDD<CachedBatch> input,
      Seq<Attribute> cacheAttributes,
      Seq<Attribute> selectedAttributes,
      SQLConf conf) {
    List<Attribute> cached = JavaConverters.seqAsJavaList(cacheAttributes);
    List<Attribute> selected = JavaConverters.seqAsJavaList(selectedAttributes);
    int[] indices = new int[selected.size()];
    DataType[] types = new DataType[selected.size()];
    for (int i = 0; i < indices.length; i++) {
      indices[i] = indexOf(cached, selected.get(i));
      types[i] = selected.get(i).dataType();
    }
    boolean whole = Arrays.equals(indices, identity(cached.size()));
    ClassTag<InternalRow> tag = scala.reflect.ClassTag$.MODULE$.apply(InternalRow.class);
    return input.mapPartitions(
        new PartitionReader(cached, selected, indices, types, whole), false, tag);
  }

  /** Batch statistics exist only for columnar batches: row batches are all kept. */
  @Override
  public Function2<Object, Iterator<CachedBatch>, Iterator<CachedBatch>> buildFilter(
      Seq<Expression> predicates, Seq<Attribute> cachedAttributes) {
    Function2<Object, Iterator<CachedBatch>, Iterator<CachedBatch>> columnar =
        super.buildFilter(predicates, cachedAttributes);
    return new BatchFilter(columnar);
  }

  private static int indexOf(List<Attribute> cached, Attribute a) {
    for (int i = 0; i < cached.size(); i++) {
      if (cached.get(i).exprId().equals(a.exprId())) {
        return i;
      }
    }
    throw new IllegalArgumentException("no cached column " + a.name());
  }

  private static int[] identity(int n) {
    int[] all = new int[n];
    Arrays.setAll(all, i -> i);
    return all;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Seq<Expression> expressions(List<? extends Expression> list) {
    return (Seq) JavaConverters.asScalaBuffer(new ArrayList<>(list)).toSeq();
  }

  /** One partition's batches as rows: row batches projected, columnar ones as Spark reads them. */
  private static final class PartitionReader
      extends scala.runtime.AbstractFunction1<Iterator<CachedBatch>, Iterator<InternalRow>>
      implements Serializable {
    private static final long serialVersionUID = 1L;
    private final List<Attribute> cached;
    private final List<Attribute> selected;
    private final int[] indices;
    private final DataType[] types;
    private final boolean whole;

    PartitionReader(
        List<Attribute> cached,
        List<Attribute> selected,
        int[] indices,
        DataType[] types,
        boolean whole) {
      this.cached = new ArrayList<>(cached);
      this.selected = new ArrayList<>(selected);
      this.indices = indices;
      this.types = types;
      this.whole = whole;
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Iterator<InternalRow> apply(Iterator<CachedBatch> batches) {
      BufferedIterator<CachedBatch> peek = batches.buffered();
      if (peek.hasNext() && !(peek.head() instanceof RowBatch)) {
        ColumnarIterator columns =
            (ColumnarIterator)
                GenerateColumnAccessor.generate(
                    JavaConverters.asScalaBuffer(Arrays.asList(types)).toSeq());
        columns.initialize((Iterator<DefaultCachedBatch>) (Iterator) peek, types, indices);
        return (Iterator) columns;
      }
      UnsafeProjection project =
          whole
              ? null
              : UnsafeProjection.create(
                  expressions(selected), JavaConverters.asScalaBuffer(cached).toSeq());
      return peek.flatMap(
          new scala.runtime.AbstractFunction1<
              CachedBatch, scala.collection.GenTraversableOnce<InternalRow>>() {
            @Override
            @SuppressWarnings({"unchecked", "rawtypes"})
            public scala.collection.GenTraversableOnce<InternalRow> apply(CachedBatch b) {
              Iterator<InternalRow> rows = ((RowBatch) b).rows();
              return project == null ? rows : (Iterator) rows.map(project);
            }
          });
    }
  }

  /** Spark's batch pruning for columnar batches; row batches pass. */
  private static final class BatchFilter
      extends AbstractFunction2<Object, Iterator<CachedBatch>, Iterator<CachedBatch>>
      implements Serializable {
    private static final long serialVersionUID = 1L;
    private final Function2<Object, Iterator<CachedBatch>, Iterator<CachedBatch>> columnar;

    BatchFilter(Function2<Object, Iterator<CachedBatch>, Iterator<CachedBatch>> columnar) {
      this.columnar = columnar;
    }

    @Override
    public Iterator<CachedBatch> apply(Object partition, Iterator<CachedBatch> batches) {
      BufferedIterator<CachedBatch> peek = batches.buffered();
      return peek.hasNext() && peek.head() instanceof RowBatch
          ? peek
          : columnar.apply(partition, peek);
    }
  }

  /** Up to a batch's worth of rows: their bytes back to back, and where each starts. */
  static final class RowBatch implements CachedBatch, Serializable {
    private static final long serialVersionUID = 1L;
    private final int fields;
    private final byte[] bytes;
    private final int[] offsets;

    RowBatch(int fields, byte[] bytes, int[] offsets) {
      this.fields = fields;
      this.bytes = bytes;
      this.offsets = offsets;
    }

    @Override
    public int numRows() {
      return offsets.length - 1;
    }

    @Override
    public long sizeInBytes() {
      return bytes.length;
    }

    /** The rows, one reused {@link UnsafeRow} pointed at each in turn (as Spark's scans do). */
    Iterator<InternalRow> rows() {
      UnsafeRow row = new UnsafeRow(fields);
      return new scala.collection.AbstractIterator<InternalRow>() {
        private int i;

        @Override
        public boolean hasNext() {
          return i < offsets.length - 1;
        }

        @Override
        public InternalRow next() {
          row.pointTo(bytes, Platform.BYTE_ARRAY_OFFSET + offsets[i], offsets[i + 1] - offsets[i]);
          i++;
          return row;
        }
      };
    }

    /** A partition's rows as batches of at most {@code batchRows} rows each. */
    static final class Builder implements java.util.Iterator<CachedBatch> {
      private final java.util.Iterator<InternalRow> rows;
      private final UnsafeProjection toUnsafe;
      private final int fields;
      private final int batchRows;

      Builder(
          java.util.Iterator<InternalRow> rows,
          UnsafeProjection toUnsafe,
          int fields,
          int batchRows) {
        this.rows = rows;
        this.toUnsafe = toUnsafe;
        this.fields = fields;
        this.batchRows = batchRows;
      }

      @Override
      public boolean hasNext() {
        return rows.hasNext();
      }

      @Override
      public CachedBatch next() {
        byte[] bytes = new byte[1 << 16];
        int[] offsets = new int[Math.min(batchRows, 1 << 10) + 1];
        int n = 0;
        int end = 0;
        while (n < batchRows && rows.hasNext()) {
          InternalRow r = rows.next();
          UnsafeRow u = r instanceof UnsafeRow unsafe ? unsafe : toUnsafe.apply(r);
          int size = u.getSizeInBytes();
          if (end + size > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, end + size));
          }
          if (n + 1 >= offsets.length) {
            offsets = Arrays.copyOf(offsets, Math.min(batchRows, offsets.length * 2) + 1);
          }
          u.writeToMemory(bytes, Platform.BYTE_ARRAY_OFFSET + end);
          end += size;
          n++;
          offsets[n] = end;
        }
        return new RowBatch(fields, Arrays.copyOf(bytes, end), Arrays.copyOf(offsets, n + 1));
      }
    }
  }
}
