package dk.socialbench.audit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.socialbench.audit.CellSystem.Sense;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The attacked system written for runs without Spark, and read back unchanged. */
class SystemFileTest {
  @TempDir Path dir;

  @Test
  void a_system_written_with_labels_reads_back_as_it_was() throws IOException {
    HandSystem hand = new HandSystem();
    int x = hand.count("x");
    int y = hand.count("y");
    hand.constraint(Sense.EQUAL, 4, x, 1, y, 1); // x + y = 4
    hand.constraint(Sense.AT_MOST, 3, y, 2); // 2y ≤ 3
    Bounds b = Bounds.propagate(List.of(), new double[] {0, 0}, new double[] {4, 1});
    Path file = dir.resolve("hand.system");

    SystemFile.write(file, hand.system(), b, new long[] {3, 1}, true);
    SystemFile read = SystemFile.read(file);

    assertEquals(
        List.of(
            "v 0.0 4.0 3",
            "v 0.0 1.0 1",
            "c EQUAL 4 0 1 1 1",
            "c AT_MOST 3 1 2",
            "n 0 funding_basis [101] cases",
            "n 1 funding_basis [101] cases",
            "o 0 hand",
            "o 1 hand"),
        Files.readAllLines(file).stream()
            .map(l -> l.replaceAll("\\[101, [^]]*]", "[101]"))
            .toList());
    assertArrayEquals(new double[] {0, 0}, read.lo());
    assertArrayEquals(new double[] {4, 1}, read.hi());
    assertArrayEquals(new long[] {3, 1}, read.truth());
    assertEquals(2, read.constraints().size());
    CellSystem.Constraint second = read.constraints().get(1);
    assertArrayEquals(new int[] {1}, second.variables());
    assertArrayEquals(new long[] {2}, second.coefficients());
    assertEquals(Sense.AT_MOST, second.sense());
    assertEquals(3, second.rhs());
    assertEquals("hand", second.origin());
  }

  @Test
  void a_line_it_cannot_read_is_named_by_file_and_line() throws IOException {
    Path file = dir.resolve("broken.system");
    Files.writeString(file, "v 0 4 3\nc SOMETIMES 4 0 1\n");

    IOException e = assertThrows(IOException.class, () -> SystemFile.read(file));

    assertTrue(e.getMessage().startsWith(file + ":2: "), e.getMessage());
  }
}
