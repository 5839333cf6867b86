package dk.socialbench.spark;

import static org.junit.Assert.assertEquals;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.permission.FsPermission;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** The permissions Hadoop asks for are the ones the files get, without a chmod process. */
public class NioLocalFileSystemTest {
  @Rule public TemporaryFolder tmp = new TemporaryFolder();

  private FileSystem fileSystem() throws IOException {
    FileSystem fs = new NioLocalFileSystem();
    fs.initialize(URI.create("file:///"), new Configuration());
    return fs;
  }

  private String permissionsOf(java.io.File file) throws IOException {
    return PosixFilePermissions.toString(Files.getPosixFilePermissions(file.toPath()));
  }

  @Test
  public void a_created_file_gets_the_permission_asked_for() throws IOException {
    java.io.File file = new java.io.File(tmp.getRoot(), "part-0.parquet");
    try (FileSystem fs = fileSystem();
        OutputStream out =
            fs.create(
                new Path(file.toURI()),
                new FsPermission((short) 0640),
                false,
                4096,
                (short) 1,
                1 << 20,
                null)) {
      out.write(1);
    }
    assertEquals("rw-r-----", permissionsOf(file));
  }

  @Test
  public void a_directory_gets_the_permission_asked_for() throws IOException {
    java.io.File dir = new java.io.File(tmp.getRoot(), "curated/municipality=101");
    try (FileSystem fs = fileSystem()) {
      fs.mkdirs(new Path(dir.toURI()), new FsPermission((short) 0751));
    }
    assertEquals("rwxr-x--x", permissionsOf(dir));
  }

  @Test
  public void an_existing_file_can_be_restricted_and_opened_again() throws IOException {
    java.io.File file = tmp.newFile("manifest.json");
    try (FileSystem fs = fileSystem()) {
      fs.setPermission(new Path(file.toURI()), new FsPermission((short) 0600));
      assertEquals("rw-------", permissionsOf(file));
      fs.setPermission(new Path(file.toURI()), new FsPermission((short) 0754));
    }
    assertEquals("rwxr-xr--", permissionsOf(file));
  }
}
