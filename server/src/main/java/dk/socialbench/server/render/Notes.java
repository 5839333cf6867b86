package dk.socialbench.server.render;

import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Collectors;

/** Remarks above a table, several of which may apply at once. */
final class Notes {
  private Notes() {}

  /** The remarks that are not null, one after the other; null if none is. */
  static String join(String... notes) {
    String joined = Arrays.stream(notes).filter(Objects::nonNull).collect(Collectors.joining(" "));
    return joined.isEmpty() ? null : joined;
  }
}
