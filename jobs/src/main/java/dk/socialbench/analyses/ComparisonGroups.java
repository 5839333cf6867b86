package dk.socialbench.analyses;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.log;
import static org.apache.spark.sql.functions.round;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sqrt;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.when;

import dk.socialbench.contract.DatasetNames;
import dk.socialbench.contract.ResultCatalogue;
import dk.socialbench.contract.ResultDataset;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;

/**
 * Each municipality's default comparison group, the way ECO Nøgletal and FLIS offer "comparable
 * municipalities": the {@code size} municipalities nearest in case mix. A municipality is described
 * by four figures of its cases at their first registration — mean VUM score, mean age, the share
 * under §107 and the natural log of the number of cases (sizes are skewed; log makes 20 against 40
 * cases as far apart as 200 against 400) — each standardised across the municipalities of the run
 * (z-score, population standard deviation; a figure all municipalities share counts as 0). The
 * distance is Euclidean in those z-scores; ties go to the lower municipality code.
 *
 * <p>No row for "all": a group belongs to one municipality. The dataset names municipalities only,
 * never a figure about persons, so it is not suppressed.
 */
final class ComparisonGroups implements Analysis {
  /** The default group size: large enough to be a norm, small enough to be a peer group. */
  static final int DEFAULT_SIZE = 5;

  private static final List<String> FEATURES = List.of("mean_vum", "mean_age", "share_107", "size");

  private final int size;

  ComparisonGroups(int size) {
    if (size < 1) {
      throw new IllegalArgumentException("a comparison group needs at least 1 municipality");
    }
    this.size = size;
  }

  ComparisonGroups() {
    this(DEFAULT_SIZE);
  }

  @Override
  public ResultDataset dataset() {
    return ResultCatalogue.byName(DatasetNames.COMPARISON_GROUPS);
  }

  @Override
  public Dataset<Row> compute(AnalysisInputs inputs) {
    Dataset<Row> features =
        inputs
            .firstRegistrations()
            .groupBy("municipality_code")
            // Order-free as doubles: sums of halves, whole years and 0/1 stay exact in any order.
            .agg(
                avg("vum_score").as("mean_vum"),
                avg("age_at_registration").as("mean_age"),
                avg(when(col("service").equalTo("SEL107"), 1.0).otherwise(0.0)).as("share_107"),
                log(count("*")).as("size"));
    // Every municipality beside every other, from one scan of the features: the whole (small)
    // table gathered in one window and exploded, where a self-join would read it twice.
    List<Column> peerFigures = new ArrayList<>(List.of(col("municipality_code").as("peer_code")));
    FEATURES.forEach(f -> peerFigures.add(col(f).as("peer_" + f)));
    Dataset<Row> pairs =
        standardise(features)
            .withColumn(
                "peers",
                collect_list(struct(peerFigures.toArray(Column[]::new))).over(Window.partitionBy()))
            .withColumn("peer", explode(col("peers")))
            .select(col("*"), col("peer.*"))
            .drop("peers", "peer");
    Column squares = lit(0.0);
    for (String f : FEATURES) {
      squares =
          squares.plus(col(f).minus(col("peer_" + f)).multiply(col(f).minus(col("peer_" + f))));
    }
    // Rounded so that sums that differ only in their last bits (order of addition) tie.
    Column distance = round(sqrt(squares), 9);
    return pairs
        .filter(col("municipality_code").notEqual(col("peer_code")))
        .withColumn(
            "rank",
            row_number()
                .over(
                    Window.partitionBy("municipality_code")
                        .orderBy(distance.asc(), col("peer_code").asc())))
        .filter(col("rank").leq(size))
        .select(col("municipality_code"), col("peer_code"), col("rank"));
  }

  /** Each feature as its z-score across the municipalities (windows over all: no second scan). */
  private static Dataset<Row> standardise(Dataset<Row> features) {
    WindowSpec everyone = Window.partitionBy();
    // Summed in order of value (ExactSum): the same z-scores for any order of the rows.
    Dataset<Row> centred = features;
    for (String f : FEATURES) {
      Column mean = ExactSum.sortedOver(col(f), everyone).divide(count(col(f)).over(everyone));
      centred = centred.withColumn("centred_" + f, col(f).minus(mean));
    }
    List<Column> z = new ArrayList<>(List.of(col("municipality_code")));
    for (String f : FEATURES) {
      Column centredF = col("centred_" + f);
      Column sd =
          sqrt(
              ExactSum.sortedOver(centredF.multiply(centredF), everyone)
                  .divide(count(centredF).over(everyone)));
      z.add(when(sd.gt(0), centredF.divide(sd)).otherwise(lit(0.0)).as(f));
    }
    return centred.select(z.toArray(Column[]::new));
  }
}
