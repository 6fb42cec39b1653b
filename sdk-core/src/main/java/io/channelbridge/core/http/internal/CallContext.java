package io.channelbridge.core.http.internal;

import io.channelbridge.core.http.CallInfo;
import java.io.IOException;

/**
 * The state of one SDK call, shared with the interceptors of each of its attempts through the
 * request tag {@code CallContext.class}.
 */
final class CallContext {
  final CallInfo info;
  final long deadlineNanos;
  private volatile int attempt;
  private volatile boolean sent;
  private volatile IOException readFailure;

  CallContext(CallInfo info, long deadlineNanos) {
    this.info = info;
    this.deadlineNanos = deadlineNanos;
  }

  void beginAttempt(int n) {
    attempt = n;
    sent = false;
    readFailure = null;
  }

  int attempt() {
    return attempt;
  }

  /** The request reached the network: from now on the channel may have received bytes. */
  void markSent() {
    sent = true;
  }

  boolean sent() {
    return sent;
  }

  void readFailed(IOException e) {
    readFailure = e;
  }

  /** Whether {@code t} (or a cause of it) is a failure of reading the reply from the network. */
  boolean isReadFailure(Throwable t) {
    IOException f = readFailure;
    for (Throwable c = t; f != null && c != null; c = c.getCause()) {
      if (c == f) {
        return true;
      }
    }
    return false;
  }
}
