package dk.socialbench.spark;

import dk.socialbench.SparkTest;
import java.util.HashSet;
import java.util.Set;
import org.apache.spark.sql.catalyst.optimizer.Optimizer;
import org.apache.spark.sql.catalyst.rules.RuleExecutor;
import org.junit.Assert;
import org.junit.Test;
import scala.collection.JavaConverters;

/**
 * The rules {@link SparkSessions} leaves out are rules of this Spark's optimizer (a misspelt name
 * would be ignored without a word), and Spark does leave them out (it keeps a rule it needs, naming
 * it only in a log line).
 */
public class UnusedOptimizerRulesTest extends SparkTest {
  private static final long serialVersionUID = 1L;

  @Test
  public void every_rule_named_is_an_optimizer_rule_and_is_left_out() {
    Optimizer optimizer = spark().sessionState().optimizer();
    Set<String> defaults = ruleNames(optimizer.defaultBatches());
    Set<String> running = ruleNames(optimizer.batches());
    for (String rule : SparkSessions.UNUSED_OPTIMIZER_RULES) {
      Assert.assertTrue(rule + " is not a rule of this Spark's optimizer", defaults.contains(rule));
      Assert.assertFalse(rule + " still runs", running.contains(rule));
    }
  }

  @SuppressWarnings({"rawtypes", "unchecked"})
  private static Set<String> ruleNames(scala.collection.Seq batches) {
    Set<String> names = new HashSet<>();
    for (Object b : JavaConverters.seqAsJavaList((scala.collection.Seq<Object>) batches)) {
      for (Object r : JavaConverters.seqAsJavaList(((RuleExecutor.Batch) b).rules())) {
        names.add(((org.apache.spark.sql.catalyst.rules.Rule) r).ruleName());
      }
    }
    return names;
  }
}
