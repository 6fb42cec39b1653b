package io.channelbridge.spring.boot;

import io.channelbridge.hub.OrderSync;
import java.util.Objects;
import java.util.function.Supplier;
import org.springframework.context.SmartLifecycle;

/**
 * Runs an {@link OrderSync} while the application context runs: started after every other bean is
 * ready, stopped first when the context closes ({@link OrderSync#stop()}: each handler finishes its
 * page and that page's checkpoint is saved), before the hub and its channels are closed. A restart
 * of the context's lifecycle builds a new sync, since an {@code OrderSync} runs once.
 */
public final class OrderSyncLifecycle implements SmartLifecycle {
  private final Supplier<OrderSync> factory;
  private volatile OrderSync sync;
  private volatile boolean running;

  /**
   * Creates the lifecycle.
   *
   * @param factory builds a new, unstarted sync each time the lifecycle starts
   */
  public OrderSyncLifecycle(Supplier<OrderSync> factory) {
    this.factory = Objects.requireNonNull(factory, "factory");
  }

  @Override
  public synchronized void start() {
    if (running) {
      return;
    }
    OrderSync s = factory.get();
    s.start();
    sync = s;
    running = true;
  }

  @Override
  public synchronized void stop() {
    OrderSync s = sync;
    running = false;
    if (s != null) {
      s.stop();
    }
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  /**
   * The sync of the current (or last) run, for its progress.
   *
   * @return the sync, or {@code null} before the first start
   */
  public OrderSync sync() {
    return sync;
  }

  @Override
  public String toString() {
    OrderSync s = sync;
    return "OrderSyncLifecycle[" + (s == null ? "not started" : s.toString()) + "]";
  }
}
