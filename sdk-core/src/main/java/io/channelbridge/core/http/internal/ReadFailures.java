package io.channelbridge.core.http.internal;

import java.io.IOException;
import okhttp3.Call;
import okhttp3.EventListener;

/**
 * Marks a failure of reading a reply from the network on its SDK call, so that the {@link
 * CallExecutor} tells a cut-off body (a transport failure) from malformed JSON. OkHttp reports
 * every such failure here, on the reading thread, before the reader sees it; doing it here rather
 * than in a source wrapped around every body spares each call a response copy and a buffer.
 */
public final class ReadFailures extends EventListener {
  private static final ReadFailures INSTANCE = new ReadFailures();

  private ReadFailures() {}

  /**
   * The listener factory of a channel's client: the stack's own listeners, plus this one.
   *
   * @param stacks the stack client's listener factory
   * @return the factory
   */
  public static EventListener.Factory over(EventListener.Factory stacks) {
    return call -> {
      EventListener theirs = stacks.create(call);
      return theirs == EventListener.NONE ? INSTANCE : theirs.plus(INSTANCE);
    };
  }

  @Override
  public void responseFailed(Call call, IOException ioe) {
    CallContext ctx = call.request().tag(CallContext.class);
    if (ctx != null) {
      ctx.readFailed(ioe);
    }
  }
}
