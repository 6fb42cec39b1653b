package io.channelbridge.core;

/** Whether a channel pushes events. */
public enum WebhookSupport {
  /** The channel pushes signed events; {@link CommerceChannel#parseWebhook} verifies them. */
  NATIVE,
  /** No push: events are derived from {@link Orders#pull} by polling. */
  POLLED,
  /** Neither push nor a change feed to poll. */
  NONE
}
