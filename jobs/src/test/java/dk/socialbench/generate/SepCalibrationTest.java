package dk.socialbench.generate;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/** The SEP profile with the default seed, read back from its files, against every target. */
class SepCalibrationTest {
  @TempDir static Path out;
  private static List<ReadCase> cases;

  @BeforeAll
  static void generate() throws Exception {
    new DeliveryGenerator(GeneratorSettings.builder().build()).writeTo(out);
    cases = ReadCase.from(DeliveryFileReader.readDirectory(out));
  }

  @TestFactory
  Stream<DynamicTest> sep_profile_reproduces_the_report() {
    return SepCalibrationChecks.all().entrySet().stream()
        .map(e -> DynamicTest.dynamicTest(e.getKey(), () -> e.getValue().accept(cases)));
  }
}
