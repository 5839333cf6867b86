package dk.socialbench.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs several command lines in one JVM, as {@link Main#main} runs one (the same log filter), and
 * marks where each ends on stdout and stderr: {@code ### end N exit CODE}. Tests start it as a
 * child process to see everything the commands print, with one JVM start for all of them.
 *
 * <p>Arguments: the command lines, separated by {@value #NEXT}.
 */
public final class CommandLines {
  public static final String NEXT = "::next::";

  private CommandLines() {}

  public static void main(String[] args) {
    TaskFailureLogFilter.install();
    List<List<String>> lines = new ArrayList<>(List.of(new ArrayList<>()));
    for (String a : args) {
      if (a.equals(NEXT)) {
        lines.add(new ArrayList<>());
      } else {
        lines.get(lines.size() - 1).add(a);
      }
    }
    for (int i = 0; i < lines.size(); i++) {
      int exit = Main.commandLine().execute(lines.get(i).toArray(String[]::new));
      System.out.flush();
      System.err.flush();
      System.out.println("### end " + i + " exit " + exit);
      System.out.flush();
    }
    System.exit(0);
  }
}
