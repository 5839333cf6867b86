package dk.socialbench.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReverseProxyTest {
  @Test
  void addresses_written_as_numbers_are_read_in_their_usual_form() {
    assertEquals("192.0.2.7", ReverseProxy.literal("192.0.2.7").orElseThrow().getHostAddress());
    assertEquals(
        "2001:db8:0:0:0:0:0:1",
        ReverseProxy.literal("[2001:db8::1]").orElseThrow().getHostAddress());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "evil.example",
        "localhost",
        "999.1.1.1",
        "1.2.3",
        "a1",
        "1.2.3.4:80",
        "a1:",
        "::::"
      })
  void anything_else_is_no_address_and_is_never_looked_up(String text) {
    // a name would be resolved by DNS: a forwarded header must not make the server ask
    assertEquals(Optional.empty(), ReverseProxy.literal(text));
  }

  @Test
  void origins_are_compared_without_default_ports_and_case() {
    assertEquals(
        Optional.of("https://sep.kommune.dk"),
        ReverseProxy.origin(URI.create("HTTPS://SEP.Kommune.dk:443/login?x=1")));
    assertEquals(
        Optional.of("http://127.0.0.1:7070"),
        ReverseProxy.origin(URI.create("http://127.0.0.1:7070/")));
    assertEquals(Optional.empty(), ReverseProxy.origin(URI.create("null")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"ftp://sep.kommune.dk", "https://sep.kommune.dk/sep/", "sep.kommune.dk"})
  void a_public_url_must_be_the_root_of_an_http_or_https_address(String url) {
    String message =
        assertThrows(
                IllegalArgumentException.class, () -> new ReverseProxy(URI.create(url), List.of()))
            .getMessage();

    assertTrue(message.startsWith("the public URL must be https://HOST[:PORT]/"), message);
  }

  @Test
  void a_trusted_proxy_must_be_an_ip_address() {
    String message =
        assertThrows(
                IllegalArgumentException.class,
                () -> new ReverseProxy(null, List.of("proxy.kommune.dk")))
            .getMessage();

    assertEquals("a trusted proxy must be an IP address, not 'proxy.kommune.dk'", message);
  }
}
