package io.channelbridge.hub;

import io.channelbridge.core.CallOptions;
import io.channelbridge.core.ChannelCapabilities;
import io.channelbridge.core.spi.AbstractCommerceChannel;

/** A channel whose operations throw NotImplementedException unless a test overrides their hooks. */
class TestChannel extends AbstractCommerceChannel {
  final String id;
  volatile boolean closed;
  volatile CallOptions lastOptions;

  TestChannel(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public ChannelCapabilities capabilities() {
    return ChannelCapabilities.builder().supportsAll().build();
  }

  @Override
  protected void release() {
    closed = true;
  }
}
