package dk.socialbench.notebooks.run;

import dk.socialbench.notebook.NotebookClasses;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import jdk.jshell.execution.LocalExecutionControl;
import jdk.jshell.spi.ExecutionControl;
import jdk.jshell.spi.ExecutionControlProvider;
import jdk.jshell.spi.ExecutionEnv;

/**
 * Runs cells in this JVM (JShell's local execution) and keeps the classes each cell compiles to, as
 * a jar per cell, for {@link NotebookClasses} to ship to a cluster's executors.
 *
 * <p>Each cell runs with its own class loader as the thread's context class loader, so that a Spark
 * session created in a cell, and its local-mode executors, see the cells' classes too.
 */
final class ClassShipping implements ExecutionControlProvider {
  private final Path dir;
  private final AtomicLong executingNanos = new AtomicLong();

  ClassShipping(Path dir) {
    this.dir = dir;
  }

  /** Time spent running cell code so far (not compiling or loading it): the cells' own work. */
  long executingNanos() {
    return executingNanos.get();
  }

  @Override
  public String name() {
    return "socialbench-local";
  }

  @Override
  public ExecutionControl generate(ExecutionEnv env, Map<String, String> parameters) {
    return new Control(dir, executingNanos);
  }

  private static final class Control extends LocalExecutionControl {
    private final Path dir;
    private final AtomicLong executingNanos;
    private int jars;

    Control(Path dir, AtomicLong executingNanos) {
      this.dir = dir;
      this.executingNanos = executingNanos;
    }

    @Override
    public void load(ClassBytecodes[] classes)
        throws ClassInstallException, NotImplementedException, EngineTerminationException {
      super.load(classes);
      ship(classes);
    }

    @Override
    public void redefine(ClassBytecodes[] classes)
        throws ClassInstallException, NotImplementedException, EngineTerminationException {
      super.redefine(classes);
      ship(classes);
    }

    @Override
    protected String invoke(Method doit) throws Exception {
      Thread current = Thread.currentThread();
      ClassLoader before = current.getContextClassLoader();
      // The snippet thread JShell starts inherits this loader.
      current.setContextClassLoader(doit.getDeclaringClass().getClassLoader());
      long start = System.nanoTime();
      try {
        return super.invoke(doit);
      } finally {
        executingNanos.addAndGet(System.nanoTime() - start);
        current.setContextClassLoader(before);
      }
    }

    private void ship(ClassBytecodes[] classes) {
      if (classes.length == 0) {
        return;
      }
      Path jar = dir.resolve(String.format("cells-%05d.jar", ++jars));
      try (OutputStream file = Files.newOutputStream(jar);
          JarOutputStream out = new JarOutputStream(file)) {
        for (ClassBytecodes c : classes) {
          out.putNextEntry(new JarEntry(c.name().replace('.', '/') + ".class"));
          out.write(c.bytecodes());
          out.closeEntry();
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write the cell classes to " + jar, e);
      }
      NotebookClasses.add(jar);
    }
  }
}
