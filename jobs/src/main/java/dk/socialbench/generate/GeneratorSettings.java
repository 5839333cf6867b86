package dk.socialbench.generate;

import dk.socialbench.UserError;
import dk.socialbench.contract.Municipalities;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;

/**
 * What to generate. With no size given it is the SEP profile: the ten municipalities of KL's
 * report, 401 cases, every published count reproduced. With a number of municipalities, cases or
 * registrations it is the national profile: municipalities skewed in size, traits drawn per case.
 *
 * <pre>{@code
 * GeneratorSettings sep = GeneratorSettings.builder().build();
 * GeneratorSettings national =
 *     GeneratorSettings.builder().seed(7).municipalities(98).registrations(10_000_000).build();
 * }</pre>
 */
public final class GeneratorSettings {
  /** The seed of the committed SEP sample (the report's year). */
  public static final long DEFAULT_SEED = 2018;

  /** Cases per municipality when only the number of municipalities is given. */
  public static final int DEFAULT_CASES_PER_MUNICIPALITY = 40;

  /** Ishøj: the SEP profile writes its delivery as a spreadsheet unless told otherwise. */
  public static final String SEP_XLSX_MUNICIPALITY = "183";

  private final long seed;
  private final Integer municipalities;
  private final Long cases;
  private final Long registrations;
  private final Set<String> xlsx;
  private final int threads;

  private GeneratorSettings(Builder b) {
    this.seed = b.seed;
    this.municipalities = b.municipalities;
    this.cases = b.cases;
    this.registrations = b.registrations;
    boolean sep = municipalities == null && cases == null && registrations == null;
    this.xlsx = b.xlsx != null ? b.xlsx : sep ? Set.of(SEP_XLSX_MUNICIPALITY) : Set.of();
    this.threads = b.threads;
  }

  public static Builder builder() {
    return new Builder();
  }

  public long seed() {
    return seed;
  }

  /** Whether these settings give the SEP profile (no size given). */
  public boolean sepProfile() {
    return municipalities == null && cases == null && registrations == null;
  }

  /** Number of municipalities: 10 unless given. */
  public int municipalities() {
    return municipalities == null ? SepCalibration.MUNICIPALITIES.size() : municipalities;
  }

  /** Total cases, when the size is given in cases (or defaulted); empty when by registrations. */
  public OptionalLong cases() {
    if (sepProfile()) {
      return OptionalLong.of(SepCalibration.CASES);
    }
    if (registrations != null) {
      return OptionalLong.empty();
    }
    return OptionalLong.of(
        cases != null ? cases : (long) DEFAULT_CASES_PER_MUNICIPALITY * municipalities());
  }

  /** Total registrations, when the size is given in registrations. */
  public OptionalLong registrations() {
    return registrations == null ? OptionalLong.empty() : OptionalLong.of(registrations);
  }

  /** Codes of the municipalities written as .xlsx instead of .csv. */
  public Set<String> xlsx() {
    return xlsx;
  }

  public int threads() {
    return threads;
  }

  /** Validating builder; {@link #build()} throws {@link UserError} with what to fix. */
  public static final class Builder {
    private long seed = DEFAULT_SEED;
    private Integer municipalities;
    private Long cases;
    private Long registrations;
    private Set<String> xlsx;
    private int threads = Runtime.getRuntime().availableProcessors();

    private Builder() {}

    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /** 1 to 98: the ten SEP municipalities first, then the others in kommuner.csv order. */
    public Builder municipalities(int count) {
      this.municipalities = count;
      return this;
    }

    /** Total cases, split over the municipalities by size. Excludes {@link #registrations}. */
    public Builder cases(long count) {
      this.cases = count;
      return this;
    }

    /** Total registrations (rows); generation stops each municipality at its share exactly. */
    public Builder registrations(long count) {
      this.registrations = count;
      return this;
    }

    /** Municipality codes to write as .xlsx; replaces the default (Ishøj in the SEP profile). */
    public Builder xlsx(Set<String> codes) {
      this.xlsx = Set.copyOf(new TreeSet<>(codes));
      return this;
    }

    public Builder threads(int count) {
      this.threads = count;
      return this;
    }

    public GeneratorSettings build() {
      int count = municipalities == null ? SepCalibration.MUNICIPALITIES.size() : municipalities;
      int all = Municipalities.danish().all().size();
      require(count >= 1 && count <= all, "municipalities must be 1 to " + all + ", got " + count);
      require(cases == null || registrations == null, "give cases or registrations, not both");
      Optional.ofNullable(cases).ifPresent(n -> requireAtLeast("cases", n, count));
      Optional.ofNullable(registrations).ifPresent(n -> requireAtLeast("registrations", n, count));
      require(threads >= 1, "threads must be at least 1, got " + threads);
      for (String code : xlsx == null ? Set.<String>of() : xlsx) {
        require(
            Municipalities.danish().contains(code),
            "xlsx: " + code + " is not a municipality code (see kommuner.csv)");
      }
      return new GeneratorSettings(this);
    }

    private static void requireAtLeast(String what, long n, int municipalities) {
      require(
          n >= municipalities,
          what
              + " must be at least the number of municipalities ("
              + municipalities
              + "), one each; got "
              + n);
    }

    private static void require(boolean condition, String message) {
      if (!condition) {
        throw new UserError(message);
      }
    }
  }

  @Override
  public String toString() {
    return "GeneratorSettings[seed="
        + seed
        + (sepProfile() ? ", SEP profile" : ", municipalities=" + municipalities())
        + (cases != null ? ", cases=" + cases : "")
        + (registrations != null ? ", registrations=" + registrations : "")
        + ", xlsx="
        + xlsx
        + ", threads="
        + threads
        + "]";
  }
}
