package io.channelbridge.core.http.internal;

import io.channelbridge.core.error.ChannelException;
import io.channelbridge.core.http.CallInfo;
import io.channelbridge.core.http.ChannelCallListener;
import java.time.Duration;
import org.slf4j.Logger;

/** Calls the user's listener, logging and swallowing anything it throws. */
final class CallEvents {
  private final ChannelCallListener listener;
  private final Logger log;

  CallEvents(ChannelCallListener listener, Logger log) {
    this.listener = listener;
    this.log = log;
  }

  void started(CallInfo call) {
    try {
      listener.callStarted(call);
    } catch (RuntimeException e) {
      failed(e);
    }
  }

  void retried(CallInfo call, int failedAttempt, Duration delay, String reason) {
    try {
      listener.callRetried(call, failedAttempt, delay, reason);
    } catch (RuntimeException e) {
      failed(e);
    }
  }

  void rateLimited(CallInfo call, Duration waited) {
    try {
      listener.rateLimited(call, waited);
    } catch (RuntimeException e) {
      failed(e);
    }
  }

  void finished(
      CallInfo call, int httpStatus, int attempts, Duration duration, ChannelException error) {
    try {
      listener.callFinished(call, httpStatus, attempts, duration, error);
    } catch (RuntimeException e) {
      failed(e);
    }
  }

  private void failed(RuntimeException e) {
    log.warn("a ChannelCallListener threw {}; ignored", e.toString());
  }
}
