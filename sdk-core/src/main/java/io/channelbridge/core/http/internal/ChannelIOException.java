package io.channelbridge.core.http.internal;

import io.channelbridge.core.error.ChannelException;
import java.io.IOException;

/**
 * Carries a {@link ChannelException} raised inside an OkHttp interceptor (a refused token, a
 * client-side rate limit beyond the deadline) through OkHttp, which only passes {@link
 * IOException}s; the call executor unwraps it.
 */
final class ChannelIOException extends IOException {
  private static final long serialVersionUID = 1L;

  ChannelIOException(ChannelException carried) {
    super(carried.getMessage(), carried);
  }

  ChannelException carried() {
    return (ChannelException) getCause();
  }

  static ChannelException unwrap(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof ChannelIOException cio) {
        return cio.carried();
      }
    }
    return null;
  }
}
