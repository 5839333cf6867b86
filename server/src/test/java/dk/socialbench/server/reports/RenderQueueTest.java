package dk.socialbench.server.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class RenderQueueTest {
  @Test
  void users_renderings_go_before_background_ones_and_each_kind_in_the_order_it_came()
      throws Exception {
    List<String> order = new CopyOnWriteArrayList<>();
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    try (RenderQueue queue = new RenderQueue(1, 4)) {
      CompletableFuture<String> blocking =
          queue.submit(
              RenderQueue.Priority.BACKGROUND,
              () -> {
                started.countDown();
                release.await(10, TimeUnit.SECONDS);
                return "first";
              });
      started.await(10, TimeUnit.SECONDS); // the only thread is busy from here on
      CompletableFuture<?> b1 =
          queue.submit(RenderQueue.Priority.BACKGROUND, () -> order.add("b1"));
      CompletableFuture<?> b2 =
          queue.submit(RenderQueue.Priority.BACKGROUND, () -> order.add("b2"));
      CompletableFuture<?> u1 = queue.submit(RenderQueue.Priority.USER, () -> order.add("u1"));
      CompletableFuture<?> u2 = queue.submit(RenderQueue.Priority.USER, () -> order.add("u2"));
      assertEquals(2, queue.waiting());

      release.countDown();
      CompletableFuture.allOf(blocking, b1, b2, u1, u2).get(10, TimeUnit.SECONDS);

      assertEquals(List.of("u1", "u2", "b1", "b2"), order);
      assertEquals(0, queue.waiting());
    }
  }

  @Test
  void a_users_rendering_beyond_the_waiting_limit_is_refused_and_a_failure_reaches_the_future()
      throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    try (RenderQueue queue = new RenderQueue(1, 1)) {
      queue.submit(
          RenderQueue.Priority.USER,
          () -> {
            started.countDown();
            return release.await(10, TimeUnit.SECONDS);
          });
      started.await(10, TimeUnit.SECONDS);
      CompletableFuture<Object> failing =
          queue.submit(
              RenderQueue.Priority.USER,
              () -> {
                throw new IllegalStateException("template broke");
              });

      RenderQueueFullException full =
          assertThrows(
              RenderQueueFullException.class,
              () -> queue.submit(RenderQueue.Priority.USER, () -> "third"));
      queue.submit(RenderQueue.Priority.BACKGROUND, () -> "background is not limited");
      release.countDown();

      assertEquals(503, full.getStatus());
      assertEquals(
          "Serveren er optaget af at danne andre rapporter (1 venter allerede). Prøv igen om 5"
              + " sekunder.",
          full.getMessage());
      var e = assertThrows(Exception.class, () -> failing.get(10, TimeUnit.SECONDS));
      assertEquals("template broke", e.getCause().getMessage());
    }
  }
}
