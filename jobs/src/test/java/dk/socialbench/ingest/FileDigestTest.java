package dk.socialbench.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FileDigestTest {
  @ParameterizedTest(name = "{0}: {1} lines")
  @CsvSource({
    "'', 0",
    "a, 1",
    "a\\nb, 2",
    "a\\nb\\n, 2",
    "a\\r\\nb\\r\\n, 2",
    "a\\rb, 2",
    "a\\n\\n, 2",
    "a\\r\\n\\r\\nb, 3",
    "a\\nø, 2"
  })
  void physical_lines_are_counted_by_lf_crlf_or_lone_cr(String escaped, long lines)
      throws IOException {
    String text = escaped.replace("\\n", "\n").replace("\\r", "\r");
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    try (FileDigest digest = new FileDigest(new ByteArrayInputStream(bytes))) {
      digest.sha256();
      assertEquals(lines, digest.lines());
      assertEquals(bytes.length, digest.bytes());
    }
  }

  @Test
  void a_split_file_is_hashed_whole_and_must_have_the_bytes_it_had_when_split() throws IOException {
    // SHA-256("abc"), FIPS 180-2's example.
    assertEquals(
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
        FileDigest.sha256Of(new ByteArrayInputStream(new byte[] {'a', 'b', 'c'}), 3));
    assertThrows(
        IOException.class,
        () -> FileDigest.sha256Of(new ByteArrayInputStream(new byte[] {'a', 'b', 'c'}), 4));
  }
}
