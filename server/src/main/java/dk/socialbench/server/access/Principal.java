package dk.socialbench.server.access;

import dk.socialbench.contract.Audience;
import dk.socialbench.contract.Municipalities;

/**
 * Who a request acts for: an administrator (KL's analysts, who see every municipality) or the users
 * of one municipality, who see their own figures and the national ones.
 *
 * <p>Example: {@code Principal.parse("municipality:147")} is Frederiksberg's users.
 *
 * @param municipality the municipality's code, or null for an administrator
 */
public record Principal(String municipality) {
  public static final String ADMIN_ROLE = "admin";
  public static final String MUNICIPALITY_ROLE_PREFIX = "municipality:";

  public Principal {
    if (municipality != null && !Municipalities.danish().contains(municipality)) {
      throw new IllegalArgumentException("not a Danish municipality code: " + municipality);
    }
  }

  public static Principal admin() {
    return new Principal(null);
  }

  public static Principal ofMunicipality(String code) {
    return new Principal(code);
  }

  /**
   * The principal of a role as written in a token file: {@code admin} or {@code
   * municipality:<code>}.
   */
  public static Principal parse(String role) {
    if (ADMIN_ROLE.equals(role)) {
      return admin();
    }
    if (role.startsWith(MUNICIPALITY_ROLE_PREFIX)) {
      return ofMunicipality(role.substring(MUNICIPALITY_ROLE_PREFIX.length()));
    }
    throw new IllegalArgumentException(
        "unknown role '" + role + "': use admin or municipality:<3-digit code>");
  }

  public boolean isAdmin() {
    return municipality == null;
  }

  /** The role as written in a token file. */
  public String role() {
    return isAdmin() ? ADMIN_ROLE : MUNICIPALITY_ROLE_PREFIX + municipality;
  }

  /** Whether this principal may see the municipality-level figures of {@code code}. */
  public boolean maySeeMunicipality(String code) {
    return isAdmin() || code.equals(municipality);
  }

  /** Whether this principal may read rows of {@code code}, where "all" is national figures. */
  public boolean mayReadData(String code) {
    return maySeeMunicipality(code) || Municipalities.ALL.equals(code);
  }

  /**
   * Whether this principal may read the row of {@code code} in a dataset read by {@code audience}:
   * the rows of data-quality datasets only by their own municipality (never "all") and the admin.
   */
  public boolean mayReadRow(Audience audience, String code) {
    return switch (audience) {
      case EVERY_USER -> mayReadData(code);
      case OWN_MUNICIPALITY -> isAdmin() || (code != null && code.equals(municipality));
    };
  }

  /** How the page names who is logged in, in Danish. */
  public String describeDa() {
    return isAdmin()
        ? "administrator (alle kommuner)"
        : Municipalities.danish().nameOf(municipality) + " Kommune";
  }
}
