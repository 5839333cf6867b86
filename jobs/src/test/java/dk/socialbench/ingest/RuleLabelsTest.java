package dk.socialbench.ingest;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.socialbench.contract.DeliveryColumn;
import dk.socialbench.contract.Labels;
import org.junit.jupiter.api.Test;

/** The reports name every rule and every delivery column in Danish; none may be missing. */
class RuleLabelsTest {
  @Test
  void every_rule_has_a_danish_name_for_the_reports() {
    for (Rule rule : Rule.values()) {
      assertTrue(Labels.knowsRule(rule.code()), rule.code());
    }
  }

  @Test
  void every_delivery_column_has_a_danish_name_for_the_reports() {
    for (DeliveryColumn c : DeliveryColumn.values()) {
      assertNotEquals(c.code(), Labels.da("column", c.code()), c.code());
    }
    assertTrue(Labels.da("column", "hours_group").equals("Timer gruppe pr. måned"));
  }
}
