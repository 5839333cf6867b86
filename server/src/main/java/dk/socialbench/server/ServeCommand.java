package dk.socialbench.server;

import dk.socialbench.server.access.AccessTokens;
import dk.socialbench.server.access.Principal;
import dk.socialbench.server.access.TokenFile;
import dk.socialbench.server.access.TokenStrength;
import dk.socialbench.server.http.ReverseProxy;
import dk.socialbench.server.render.ReportRenderer;
import dk.socialbench.server.reports.Renderer;
import dk.socialbench.server.reports.Renderers;
import io.javalin.util.JavalinBindException;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ./socialbench serve}: serves the published run of a work directory over HTTP. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    versionProvider = ServeCommand.Version.class,
    usageHelpWidth = 100,
    description = {
      "Serve the run named in WORK/runs/LATEST: the page, PDF/XLSX/CSV reports per municipality,"
          + " JSON under /api/v1, /health and /metrics. A newer run is picked up without restart.",
      "",
      "Examples:",
      "  ./socialbench serve --work target/demo-work --demo",
      "  ./socialbench serve --work /data/sep --tokens /etc/socialbench/tokens --port 8080",
      "  ./socialbench serve --work /data/sep --tokens /etc/socialbench/tokens \\",
      "      --public-url https://sep.kommune.dk --trusted-proxy 127.0.0.1",
      "  ./socialbench serve --hash-token \"$(openssl rand -base64 30)\" municipality:147 >> tokens"
    },
    footerHeading = "%nAccess tokens:%n",
    footer = {
      "The token file (--tokens) holds one token a line, as its SHA-256 only:",
      "  sha256:<64 lowercase hex digits> <role>   [# comment]",
      "role 'admin' sees every municipality; 'municipality:<code>' (e.g. municipality:147) sees",
      "its own municipality's reports and data and the national report. Lines starting with #",
      "and blank lines are ignored; --hash-token prints a line. SOCIALBENCH_ADMIN_TOKEN in the",
      "environment adds one admin token. Send a token as 'Authorization: Bearer <token>', or log",
      "in with it on the page (a session cookie).",
      "Strength: every token needs at least 20 characters, at least 8 of them different.",
      "SOCIALBENCH_ADMIN_TOKEN is checked at start, a token-file line when --hash-token makes it",
      "(a hash does not show the token's strength); serve refuses to start with a weak one.",
      "--demo adds the tokens 'demo-admin' (admin) and 'demo-frederiksberg' (municipality:147),",
      "which are public: they are refused anywhere else (environment, token file).",
      "Wrong tokens are limited per client address and per token prefix (429 with Retry-After)",
      "and logged with the route and the client address, never the token.",
      "",
      "TLS: serve speaks plain HTTP; put a reverse proxy that ends TLS in front of it (README,",
      "Security) and give --public-url https://... (session cookie Secure, login origin) and",
      "--trusted-proxy with the proxy's address (X-Forwarded-For and -Proto believed from it only)."
    })
public final class ServeCommand implements Callable<Integer> {
  static final String ADMIN_TOKEN_VARIABLE = "SOCIALBENCH_ADMIN_TOKEN";
  static final String DEMO_ADMIN_TOKEN = "demo-admin";
  static final String DEMO_MUNICIPALITY_TOKEN = "demo-frederiksberg";
  static final String DEMO_MUNICIPALITY = "147";

  @Option(names = "--work", paramLabel = "DIR", description = "The work directory of the runs.")
  Path work;

  @Option(
      names = "--port",
      defaultValue = "7070",
      paramLabel = "N",
      description = "Port (default ${DEFAULT-VALUE}); 0 for any free one.")
  int port;

  @Option(
      names = "--host",
      defaultValue = "127.0.0.1",
      paramLabel = "ADDRESS",
      description = "Address to bind (default ${DEFAULT-VALUE}: this machine only).")
  String host;

  @Option(names = "--tokens", paramLabel = "FILE", description = "The token file (see below).")
  Path tokens;

  @Option(names = "--demo", description = "Add the demo tokens (see below).")
  boolean demo;

  @Option(
      names = "--public-url",
      paramLabel = "URL",
      description =
          "The address users open, e.g. https://sep.kommune.dk (behind a TLS reverse proxy):"
              + " https makes the session cookie Secure; login and logout are accepted only from"
              + " this origin.")
  URI publicUrl;

  @Option(
      names = "--trusted-proxy",
      split = ",",
      paramLabel = "ADDRESS",
      description =
          "IP address of a reverse proxy whose X-Forwarded-For and X-Forwarded-Proto are"
              + " believed (repeatable); from anyone else they are ignored.")
  List<String> trustedProxies = new ArrayList<>();

  @Option(
      names = "--cache-mb",
      paramLabel = "MIB",
      description =
          "Disk for rendered files, in MiB: the run's default reports are always kept, other"
              + " files (a chosen comparison group) in the room left (default: sized from the run,"
              + " half as much again as its default reports, at least 64 MiB); 0 caches and"
              + " pre-renders nothing.")
  Integer cacheMb;

  @Option(
      names = "--cache-dir",
      paramLabel = "DIR",
      description =
          "Where rendered files are kept, by run and renderer version, across restarts (default:"
              + " WORK/server-cache). A run's files are deleted once it is no longer served.")
  Path cacheDir;

  @Option(
      names = "--render-threads",
      paramLabel = "N",
      description = "Reports rendered at once (default: the number of cores).")
  Integer renderThreads;

  @Option(
      names = "--stock-pdf-exporter",
      description =
          "Write PDFs with JasperReports' own exporter instead of the faster one for single-line"
              + " texts (same pages; use it if a JasperReports or OpenPDF upgrade breaks the fast"
              + " one).")
  boolean stockPdfExporter;

  @Option(
      names = "--render-queue",
      defaultValue = "" + ServerSettings.DEFAULT_RENDER_QUEUE,
      paramLabel = "N",
      description =
          "Requests that may wait for a rendering (default ${DEFAULT-VALUE}); more are answered"
              + " 503 with Retry-After.")
  int renderQueue;

  @Option(
      names = "--warm-up",
      defaultValue = "" + ServerSettings.DEFAULT_WARM_UP_RENDERINGS,
      paramLabel = "N",
      description =
          "After the first run is served, render benchmarks with chosen comparison groups in the"
              + " background, behind users' requests, until the CPU time per rendering stops"
              + " falling or N benchmark PDFs are rendered in all, the pre-rendered ones included"
              + " (default ${DEFAULT-VALUE}; 0: none). /health shows warm_up.")
  int warmUp;

  @Option(
      names = "--hash-token",
      arity = "2",
      paramLabel = "TOKEN ROLE",
      hideParamSyntax = true,
      description = "Print the token file line for TOKEN with ROLE, and exit.")
  List<String> hashToken;

  public static void main(String[] args) {
    System.exit(new CommandLine(new ServeCommand()).execute(args));
  }

  @Override
  public Integer call() throws Exception {
    PrintWriter out = new PrintWriter(System.out, true);
    if (hashToken != null) {
      try {
        out.println(TokenFile.line(hashToken.get(0), hashToken.get(1)));
        return 0;
      } catch (IllegalArgumentException e) {
        System.err.println("serve: " + e.getMessage());
        return 2;
      }
    }
    if (work == null) {
      System.err.println("serve: --work DIR is required (the directory 'run' wrote to)");
      return 2;
    }
    if (cacheMb != null && cacheMb < 0) {
      System.err.println("serve: --cache-mb must be 0 or more (0 caches nothing)");
      return 2;
    }
    AccessTokens accessTokens;
    ReverseProxy proxy;
    try {
      accessTokens = accessTokens(System.getenv());
      proxy = new ReverseProxy(publicUrl, trustedProxies);
    } catch (IOException | IllegalArgumentException e) {
      System.err.println("serve: " + e.getMessage());
      return 2;
    }
    Renderer renderer =
        stockPdfExporter
            ? new ReportRenderer(ReportRenderer.PdfExporter.STOCK)
            : Renderers.installed();
    RunningServer server;
    try {
      server = RunningServer.start(settings(accessTokens, renderer, proxy));
    } catch (JavalinBindException e) {
      System.err.printf(
          "serve: cannot listen on %s:%d (in use?); try another --port%n", host, port);
      return 2;
    }
    announce(out, server, accessTokens, renderer);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  server.close();
                  stopped.countDown();
                }));
    stopped.await();
    return 0;
  }

  /**
   * The tokens from --tokens, the environment and --demo.
   *
   * @throws IllegalArgumentException when the environment's token is too weak ({@link
   *     TokenStrength}), naming the variable and role, never the token
   * @throws IOException when the token file is missing or has a bad line, naming the line
   */
  AccessTokens accessTokens(Map<String, String> env) throws IOException {
    AccessTokens.Builder builder = AccessTokens.builder();
    if (tokens != null) {
      if (!Files.isRegularFile(tokens)) {
        throw new IOException("token file " + tokens + " does not exist");
      }
      builder.addHashes(TokenFile.read(tokens));
    }
    String adminToken = env.get(ADMIN_TOKEN_VARIABLE);
    if (adminToken != null && !adminToken.isBlank()) {
      String token = adminToken.trim();
      boolean demoToken = demo && TokenStrength.DEMO_TOKENS.contains(token);
      TokenStrength.weakness(token)
          .filter(w -> !demoToken)
          .ifPresent(
              w -> {
                throw new IllegalArgumentException(
                    ADMIN_TOKEN_VARIABLE
                        + " (role admin) is too weak: "
                        + w
                        + "; "
                        + TokenStrength.RULE);
              });
      builder.addToken(token, Principal.admin());
    }
    if (demo) {
      builder.addToken(DEMO_ADMIN_TOKEN, Principal.admin());
      builder.addToken(DEMO_MUNICIPALITY_TOKEN, Principal.ofMunicipality(DEMO_MUNICIPALITY));
    }
    return builder.build();
  }

  private ServerSettings settings(
      AccessTokens accessTokens, Renderer renderer, ReverseProxy proxy) {
    int threads =
        renderThreads != null ? renderThreads : Runtime.getRuntime().availableProcessors();
    return new ServerSettings(
        work,
        host,
        port,
        accessTokens,
        renderer,
        cacheMb == null ? ServerSettings.DEFAULT_CACHE_BYTES : (long) cacheMb << 20,
        threads,
        Duration.ofSeconds(1),
        cacheDir,
        renderQueue,
        true,
        warmUp,
        proxy);
  }

  /** What serve prints once it listens: the address, the token rule, TLS, warnings. */
  void announce(
      PrintWriter out, RunningServer server, AccessTokens accessTokens, Renderer renderer) {
    String run =
        server
            .currentRun()
            .map(r -> "run " + r.runId())
            .orElse("no run yet: waiting for " + work.resolve("runs/LATEST"));
    out.printf("socialbench: serving http://%s:%d/ (%s)%n", host, server.port(), run);
    out.printf(
        "socialbench: %d access token(s); %s; wrong tokens are limited per address and logged"
            + " without the token%n",
        accessTokens.size(), TokenStrength.RULE);
    if (publicUrl != null && "https".equals(publicUrl.getScheme())) {
      out.printf(
          "socialbench: users open %s; session cookies are Secure; trusted proxies: %s%n",
          publicUrl, trustedProxies.isEmpty() ? "none" : String.join(", ", trustedProxies));
    } else if (!trustedProxies.isEmpty()) {
      out.printf(
          "socialbench: behind %s: session cookies are Secure when it forwards"
              + " X-Forwarded-Proto: https%n",
          String.join(", ", trustedProxies));
    } else if (!isLoopback(host)) {
      out.println(
          "socialbench: warning: plain HTTP on the network: put a TLS reverse proxy in front"
              + " and give --public-url https://... (README, Security)");
    }
    out.printf("socialbench: rendered reports are kept in %s%n", server.cacheDir());
    if (demo) {
      out.printf(
          "socialbench: demo tokens: '%s' (admin), '%s' (Frederiksberg, %s)%n",
          DEMO_ADMIN_TOKEN, DEMO_MUNICIPALITY_TOKEN, DEMO_MUNICIPALITY);
    }
    if (accessTokens.isEmpty()) {
      out.println(
          "socialbench: warning: no access tokens, so nobody can log in; use --tokens FILE,"
              + " --demo or "
              + ADMIN_TOKEN_VARIABLE);
    }
    if (Renderers.isMissing(renderer)) {
      out.println(
          "socialbench: warning: no report renderer is installed; report downloads answer 503");
    }
  }

  private static boolean isLoopback(String address) {
    return address.equals("localhost") || address.startsWith("127.") || address.equals("::1");
  }

  /** The version from the jar's manifest, as the launcher builds it. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = ServeCommand.class.getPackage().getImplementationVersion();
      return new String[] {"socialbench serve " + (version == null ? "(development)" : version)};
    }
  }
}
