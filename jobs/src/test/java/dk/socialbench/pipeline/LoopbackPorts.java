package dk.socialbench.pipeline;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.spark.network.TransportContext;
import org.apache.spark.network.buffer.ManagedBuffer;
import org.apache.spark.network.client.ChunkReceivedCallback;
import org.apache.spark.network.client.TransportClient;
import org.apache.spark.network.server.NoOpRpcHandler;
import org.apache.spark.network.shuffle.protocol.BlockTransferMessage;
import org.apache.spark.network.shuffle.protocol.OpenBlocks;
import org.apache.spark.network.shuffle.protocol.StreamHandle;
import org.apache.spark.network.util.MapConfigProvider;
import org.apache.spark.network.util.TransportConf;

/**
 * Another local user's view of a running Spark driver: the TCP ports a process listens on (read
 * from {@code /proc}, as any user may), and a block fetched from one of them without any secret.
 */
final class LoopbackPorts {
  private LoopbackPorts() {}

  /** The ports process {@code pid} listens on (Linux). */
  static List<Integer> listening(long pid) throws IOException {
    Set<String> sockets = new HashSet<>();
    try (Stream<Path> fds = Files.list(Path.of("/proc", Long.toString(pid), "fd"))) {
      for (Path fd : fds.toList()) {
        try {
          String target = Files.readSymbolicLink(fd).toString();
          if (target.startsWith("socket:[")) {
            sockets.add(target.substring(8, target.length() - 1));
          }
        } catch (IOException e) {
          // closed while listed
        }
      }
    }
    List<Integer> ports = new ArrayList<>();
    for (String table : List.of("tcp", "tcp6")) {
      Path file = Path.of("/proc", Long.toString(pid), "net", table);
      if (!Files.exists(file)) {
        continue;
      }
      for (String line : Files.readAllLines(file).subList(1, Files.readAllLines(file).size())) {
        String[] f = line.trim().split("\\s+");
        if (f[3].equals("0A") && sockets.contains(f[9])) { // 0A: LISTEN
          String local = f[1];
          ports.add(Integer.parseInt(local.substring(local.lastIndexOf(':') + 1), 16));
        }
      }
    }
    return ports;
  }

  /** Block {@code blockId} of executor {@code driver} at {@code port}, asked with no secret. */
  static byte[] fetchBlock(int port, String blockId) throws Exception {
    TransportConf conf = new TransportConf("shuffle", new MapConfigProvider(Map.of()));
    try (TransportContext context = new TransportContext(conf, new NoOpRpcHandler());
        TransportClient client = context.createClientFactory().createClient("127.0.0.1", port)) {
      ByteBuffer answer =
          client.sendRpcSync(
              new OpenBlocks("any", "driver", new String[] {blockId}).toByteBuffer(), 10_000);
      StreamHandle stream = (StreamHandle) BlockTransferMessage.Decoder.fromByteBuffer(answer);
      CompletableFuture<byte[]> block = new CompletableFuture<>();
      client.fetchChunk(
          stream.streamId,
          0,
          new ChunkReceivedCallback() {
            @Override
            public void onSuccess(int chunkIndex, ManagedBuffer buffer) {
              try {
                ByteBuffer b = buffer.nioByteBuffer();
                byte[] bytes = new byte[b.remaining()];
                b.get(bytes);
                block.complete(bytes);
              } catch (IOException e) {
                block.completeExceptionally(e);
              }
            }

            @Override
            public void onFailure(int chunkIndex, Throwable e) {
              block.completeExceptionally(e);
            }
          });
      return block.get(10, TimeUnit.SECONDS);
    }
  }
}
