package dk.socialbench.pipeline;

import dk.socialbench.contract.Municipalities;
import dk.socialbench.contract.RunManifest;
import dk.socialbench.publish.ResultWriter;
import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;

/** The run's data period and municipalities, from its {@code municipality_overview} rows. */
record Overview(RunManifest.DataPeriod period, List<String> municipalities) {
  static Overview of(List<ResultWriter.Written> written) {
    RunManifest.DataPeriod period = null;
    List<String> municipalities = new ArrayList<>();
    for (ResultWriter.Written w : written) {
      if (!w.dataset().name().equals("municipality_overview")) {
        continue;
      }
      for (Row r : w.rows()) {
        String code = r.getAs("municipality_code");
        if (Municipalities.ALL.equals(code)) {
          period =
              new RunManifest.DataPeriod(
                  r.<Date>getAs("first_registration_date").toLocalDate(),
                  r.<Date>getAs("last_registration_date").toLocalDate());
        } else {
          municipalities.add(code);
        }
      }
    }
    return new Overview(period, municipalities);
  }
}
