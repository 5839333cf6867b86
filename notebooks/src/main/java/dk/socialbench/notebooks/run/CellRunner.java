package dk.socialbench.notebooks.run;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.socialbench.notebook.Display;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import jdk.jshell.DeclarationSnippet;
import jdk.jshell.Diag;
import jdk.jshell.EvalException;
import jdk.jshell.JShell;
import jdk.jshell.JShellException;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.UnresolvedReferenceException;

/**
 * Runs the code cells of one notebook in order in one JShell, in this JVM (so Spark's local mode
 * and lambdas work as in any Java program), and turns what each cell prints, displays and returns
 * into nbformat outputs.
 */
final class CellRunner implements AutoCloseable {
  /** Why a cell failed: where (line within the cell, 1-based) and what. */
  record Failure(int line, String sourceLine, String name, String message, List<String> trace) {}

  /** What one cell produced; {@code failure} is set when it stopped with an error. */
  record Result(List<ObjectNode> outputs, Optional<Failure> failure) {}

  private static final int MAX_TRACE = 25;

  private final ClassShipping engine;
  private final JShell shell;
  private final SourceCodeAnalysis analysis;

  CellRunner(Path classesDir) {
    Display.collect();
    this.engine = new ClassShipping(classesDir);
    this.shell = JShell.builder().executionEngine(engine, Map.of()).build();
    Classpath.entries().forEach(shell::addToClasspath);
    this.analysis = shell.sourceCodeAnalysis();
  }

  /** Runs {@code source} (cell number {@code cell}, execution count {@code count}). */
  Result run(int cell, int count, String source) {
    Outputs outputs = new Outputs();
    CellUnits.Split split = CellUnits.split(analysis, source);
    List<CellUnits.Unit> units = split.units();
    int i = 0;
    while (i < units.size()) {
      int j = i;
      while (j < units.size() && units.get(j).statement()) {
        j++;
      }
      Optional<Failure> failure = Optional.empty();
      boolean joined = false;
      if (j - i >= 2) {
        String block = CellUnits.block(source, units, i, j);
        failure = eval(cell, count, source, units.get(i).start(), 1, block, outputs);
        // A block the compiler rejects ran nothing: run its statements one by one instead, for
        // the exact error (or because the heuristic joined something it should not have).
        joined = failure.isEmpty() || !"CompilationError".equals(failure.get().name());
      }
      if (joined) {
        i = j;
      } else {
        CellUnits.Unit u = units.get(i);
        failure = eval(cell, count, source, u.start(), 0, u.source(), outputs);
        i++;
      }
      if (failure.isPresent()) {
        return new Result(outputs.list(), failure);
      }
    }
    if (!split.complete()) {
      return failed(
          outputs,
          source,
          split.incompleteAt(),
          "IncompleteCode",
          "the cell ends inside a statement");
    }
    return new Result(outputs.list(), Optional.empty());
  }

  /**
   * Evaluates one snippet that starts at {@code start} in the cell; its first {@code prefix}
   * characters are not the cell's (the brace of a joined block).
   */
  private Optional<Failure> eval(
      int cell, int count, String source, int start, int prefix, String snippet, Outputs outputs) {
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    List<SnippetEvent> events;
    System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
    try {
      events = shell.eval(snippet);
    } finally {
      System.out.flush();
      System.err.flush();
      System.setOut(out);
      System.setErr(err);
    }
    outputs.stream("stdout", stdout.toString(StandardCharsets.UTF_8));
    outputs.stream("stderr", stderr.toString(StandardCharsets.UTF_8));
    Display.drain().forEach(d -> outputs.display(d.data()));
    for (SnippetEvent e : events) {
      if (e.causeSnippet() != null) {
        continue; // a dependent snippet updated by this one
      }
      Snippet s = e.snippet();
      if (e.status() == Snippet.Status.REJECTED) {
        Diag d = shell.diagnostics(s).filter(Diag::isError).findFirst().orElse(null);
        int at = d == null ? 0 : (int) Math.max(0, d.getStartPosition() - prefix);
        String message = d == null ? "rejected" : d.getMessage(Locale.ENGLISH);
        return Optional.of(failure(source, start + at, "CompilationError", message, List.of()));
      }
      if (e.status() == Snippet.Status.RECOVERABLE_NOT_DEFINED
          && s instanceof DeclarationSnippet decl) {
        String missing = shell.unresolvedDependencies(decl).collect(Collectors.joining(", "));
        return Optional.of(
            failure(
                source, start, "CompilationError", "cannot find symbol: " + missing, List.of()));
      }
      if (e.exception() != null) {
        return Optional.of(runtimeFailure(cell, source, start, prefix, snippet, s, e.exception()));
      }
      if (e.value() != null && !e.value().isEmpty() && showsValue(s)) {
        outputs.result(count, e.value());
      }
    }
    return Optional.empty();
  }

  private static boolean showsValue(Snippet s) {
    return s.kind() == Snippet.Kind.EXPRESSION
        || s.subKind() == Snippet.SubKind.TEMP_VAR_EXPRESSION_SUBKIND;
  }

  private Failure runtimeFailure(
      int cell,
      String source,
      int start,
      int prefix,
      String snippet,
      Snippet s,
      JShellException ex) {
    if (ex instanceof UnresolvedReferenceException u) {
      String missing =
          shell.unresolvedDependencies(u.getSnippet()).collect(Collectors.joining(", "));
      return failure(
          source, start, "UnresolvedReference", "not defined yet: " + missing, List.of());
    }
    String name =
        ex instanceof EvalException ev ? ev.getExceptionClassName() : ex.getClass().getName();
    int line = 0;
    List<String> trace = new ArrayList<>();
    String file = "#" + s.id();
    for (StackTraceElement f : ex.getStackTrace()) {
      if (file.equals(f.getFileName())) {
        if (line == 0) {
          line = f.getLineNumber();
        }
        trace.add(
            "\tat cell "
                + cell
                + ", line "
                + lineAt(source, start + inCell(snippet, f.getLineNumber(), prefix)));
      } else if (trace.size() < MAX_TRACE) {
        trace.add("\tat " + f);
      }
    }
    for (Throwable c = ex.getCause(); c != null; c = c.getCause()) {
      String cn =
          c instanceof EvalException ev ? ev.getExceptionClassName() : c.getClass().getName();
      trace.add("Caused by: " + cn + ": " + c.getMessage());
    }
    int offset = line > 0 ? inCell(snippet, line, prefix) : 0;
    return failure(source, start + offset, name, String.valueOf(ex.getMessage()), trace);
  }

  /** The offset from the snippet's start in the cell of line {@code line} of the snippet. */
  private static int inCell(String snippet, int line, int prefix) {
    return Math.max(0, offsetOfLine(snippet, line) - prefix);
  }

  private static int offsetOfLine(String text, int line) {
    int offset = 0;
    for (int l = 1; l < line; l++) {
      int nl = text.indexOf('\n', offset);
      if (nl < 0) {
        break;
      }
      offset = nl + 1;
    }
    return offset;
  }

  private static Failure failure(
      String source, int offset, String name, String message, List<String> trace) {
    int line = lineAt(source, offset);
    String[] lines = source.split("\n", -1);
    String text = line - 1 < lines.length ? lines[line - 1].strip() : "";
    return new Failure(line, text, name, message, trace);
  }

  private Result failed(Outputs outputs, String source, int offset, String name, String message) {
    return new Result(
        outputs.list(), Optional.of(failure(source, offset, name, message, List.of())));
  }

  static int lineAt(String source, int offset) {
    int line = 1;
    for (int i = 0; i < Math.min(offset, source.length()); i++) {
      if (source.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }

  /** Seconds spent running cell code so far, as opposed to compiling and loading it. */
  double executingSeconds() {
    return engine.executingNanos() / 1e9;
  }

  @Override
  public void close() {
    shell.close();
  }
}
