package dk.socialbench.cli;

import dk.socialbench.contract.Version;
import picocli.CommandLine.IVersionProvider;

/** {@code socialbench --version}: the version a run's manifest records. */
public final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    return new String[] {"socialbench " + Version.current()};
  }
}
