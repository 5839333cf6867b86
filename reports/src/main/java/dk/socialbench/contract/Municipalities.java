package dk.socialbench.contract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The 98 municipalities of Denmark (from {@code kommuner.csv}), in the order of that list.
 *
 * <p>Example: {@code Municipalities.danish().byCode("147")} gives Frederiksberg.
 */
public final class Municipalities {
  /** The code used in result datasets for "all municipalities together". */
  public static final String ALL = "all";

  private static final Municipalities DANISH = load();

  private final Map<String, Municipality> byCode;

  private Municipalities(Map<String, Municipality> byCode) {
    this.byCode = Collections.unmodifiableMap(byCode);
  }

  /** The 98 Danish municipalities. */
  public static Municipalities danish() {
    return DANISH;
  }

  public Optional<Municipality> byCode(String code) {
    return Optional.ofNullable(byCode.get(code));
  }

  public boolean contains(String code) {
    return byCode.containsKey(code);
  }

  /** The municipality's name, "Alle kommuner" for {@link #ALL}, or the code itself if unknown. */
  public String nameOf(String code) {
    if (ALL.equals(code)) {
      return "Alle kommuner";
    }
    Municipality m = byCode.get(code);
    return m == null ? code : m.name();
  }

  public List<Municipality> all() {
    return List.copyOf(byCode.values());
  }

  private static Municipalities load() {
    try (InputStream in = Municipalities.class.getResourceAsStream("kommuner.csv")) {
      if (in == null) {
        throw new IllegalStateException("kommuner.csv missing from the classpath");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      Map<String, Municipality> map = new LinkedHashMap<>();
      List<String> lines = new ArrayList<>(reader.lines().toList());
      for (String line : lines.subList(1, lines.size())) {
        if (line.isBlank()) {
          continue;
        }
        String[] f = line.split(",", -1);
        map.put(f[0], new Municipality(f[0], f[1], f[2]));
      }
      return new Municipalities(map);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
