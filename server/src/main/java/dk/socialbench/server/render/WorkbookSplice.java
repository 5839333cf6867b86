package dk.socialbench.server.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * Puts sheets of one workbook into another without writing them again: each entry of the target is
 * copied as it is compressed, except the placeholders, whose place takes the source's sheet, also
 * copied compressed. A benchmark's workbook is its own few rows plus 16 MB of XML (every
 * municipality's full tables) that are the same in all 98 of a run; spliced, those are written and
 * deflated once per run instead of once per municipality.
 *
 * <p>The workbook stays valid only if both were written alike, as {@link XlsxExport} writes them:
 * strings inline in the sheets (no shared-strings table, which SXSSF does not use), the same cell
 * styles made in the same order (so a style's index means the same in both), and a placeholder with
 * the same filter range as the sheet it stands for (its defined name is in workbook.xml).
 */
final class WorkbookSplice {
  private WorkbookSplice() {}

  /**
   * {@code target} with its entry {@code placeholders.get(i)} replaced by {@code source}'s entry
   * {@code sheets.get(i)}, every entry dated by the run (see {@link ZipEntryTimes}).
   */
  static byte[] splice(
      byte[] target,
      List<String> placeholders,
      byte[] source,
      List<String> sheets,
      java.time.Instant created) {
    if (placeholders.size() != sheets.size()) {
      throw new IllegalArgumentException(
          placeholders.size() + " placeholders for " + sheets.size() + " sheets");
    }
    Map<String, String> replaced = new HashMap<>();
    for (int i = 0; i < placeholders.size(); i++) {
      replaced.put(placeholders.get(i), sheets.get(i));
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(source.length + target.length);
    try (ZipFile from = open(source);
        ZipFile into = open(target);
        ZipArchiveOutputStream out = new ZipArchiveOutputStream(bytes)) {
      out.setUseZip64(Zip64Mode.Never);
      for (ZipArchiveEntry entry : Collections.list(into.getEntriesInPhysicalOrder())) {
        String sheet = replaced.remove(entry.getName());
        if (sheet == null) {
          out.addRawArchiveEntry(entry, into.getRawInputStream(entry));
          continue;
        }
        ZipArchiveEntry original = from.getEntry(sheet);
        if (original == null) {
          throw new IllegalArgumentException("the source workbook has no entry " + sheet);
        }
        out.addRawArchiveEntry(
            renamed(original, entry.getName()), from.getRawInputStream(original));
      }
      if (!replaced.isEmpty()) {
        throw new IllegalArgumentException("the workbook has no entries " + replaced.keySet());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot splice workbooks in memory", e);
    }
    return ZipEntryTimes.set(bytes.toByteArray(), created);
  }

  private static ZipFile open(byte[] zip) throws IOException {
    return ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(zip)).get();
  }

  /** {@code entry} as it is stored (method, sizes, checksum) under another name. */
  private static ZipArchiveEntry renamed(ZipArchiveEntry entry, String name) {
    ZipArchiveEntry copy = new ZipArchiveEntry(name);
    copy.setMethod(entry.getMethod());
    copy.setCrc(entry.getCrc());
    copy.setSize(entry.getSize());
    copy.setCompressedSize(entry.getCompressedSize());
    copy.setTime(entry.getTime());
    return copy;
  }
}
