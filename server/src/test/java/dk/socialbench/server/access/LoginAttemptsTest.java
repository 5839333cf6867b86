package dk.socialbench.server.access;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LoginAttemptsTest {
  @Test
  void an_ipv4_address_is_its_own_key() {
    assertEquals("192.0.2.17", LoginAttempts.network("192.0.2.17"));
  }

  @Test
  void an_ipv6_address_is_counted_by_its_64_bit_network() {
    // one machine usually has a whole /64: its addresses must share one bucket
    assertEquals("2001:db8:0:0::/64", LoginAttempts.network("2001:db8:0:0:1:2:3:4"));
    assertEquals("2001:db8:0:0::/64", LoginAttempts.network("2001:db8:0:0:ffff:0:0:9"));
  }
}
