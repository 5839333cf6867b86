package dk.socialbench.contract;

/**
 * The software version that wrote a run (recorded in its manifest) and that the command line
 * reports: the {@code Implementation-Version} of the jar, or {@code "development"} when run from
 * classes (tests, an IDE).
 */
public final class Version {
  private Version() {}

  /** For example {@code "0.1.0-SNAPSHOT"}. */
  public static String current() {
    String v = Version.class.getPackage().getImplementationVersion();
    return v == null ? "development" : v;
  }
}
