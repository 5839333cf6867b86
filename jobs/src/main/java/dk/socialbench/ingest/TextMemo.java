package dk.socialbench.ingest;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A pure function's value for each text it was asked about, within one task, for text that recurs
 * (a free text, a case id, a name): worked out once, then looked up. Bounded: when it holds {@code
 * limit} texts it forgets them all and starts again. Not thread-safe; one per task.
 *
 * <p>Example: {@code new TextMemo<NameParts>(4096).get(name, NameParts::of)}.
 */
final class TextMemo<T> {
  private final int limit;
  private final Map<String, T> values = new HashMap<>();

  TextMemo(int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1, got " + limit);
    }
    this.limit = limit;
  }

  /** {@code f(text)}, worked out the first time (f must not return null). */
  T get(String text, Function<String, T> f) {
    T value = values.get(text);
    if (value == null) {
      if (values.size() >= limit) {
        values.clear();
      }
      value = f.apply(text);
      values.put(text, value);
    }
    return value;
  }
}
