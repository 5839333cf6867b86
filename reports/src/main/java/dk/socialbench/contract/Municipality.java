package dk.socialbench.contract;

import java.util.Objects;

/**
 * One of the 98 Danish municipalities, identified by its three-digit code.
 *
 * <p>Example: {@code new Municipality("147", "Frederiksberg", "Hovedstaden")}.
 */
public record Municipality(String code, String name, String region) {
  public Municipality {
    Objects.requireNonNull(code, "code == null");
    Objects.requireNonNull(name, "name == null");
    Objects.requireNonNull(region, "region == null");
  }
}
