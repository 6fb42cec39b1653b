package io.channelbridge.spring.boot;

import io.channelbridge.core.Checkpoint;
import io.channelbridge.hub.SyncListener;
import io.channelbridge.hub.SyncProgress;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every {@link SyncListener} bean as one; one that throws does not keep the others from hearing.
 */
final class SyncListeners implements SyncListener {
  private static final Logger log = LoggerFactory.getLogger(SyncListeners.class);
  private final List<SyncListener> all;

  SyncListeners(List<SyncListener> all) {
    this.all = List.copyOf(all);
  }

  @Override
  public void onStart(String channel, Checkpoint from) {
    each(l -> l.onStart(channel, from));
  }

  @Override
  public void onPage(SyncProgress progress) {
    each(l -> l.onPage(progress));
  }

  @Override
  public void onError(String channel, Stage stage, Exception error, Duration retryIn) {
    each(l -> l.onError(channel, stage, error, retryIn));
  }

  @Override
  public void onStop(SyncProgress last) {
    each(l -> l.onStop(last));
  }

  private void each(Consumer<SyncListener> call) {
    for (SyncListener l : all) {
      try {
        call.accept(l);
      } catch (RuntimeException e) {
        log.warn("the sync listener {} failed: {}", l.getClass().getName(), e.toString());
      }
    }
  }
}
