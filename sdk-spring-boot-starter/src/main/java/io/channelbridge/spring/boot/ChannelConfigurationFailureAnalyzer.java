package io.channelbridge.spring.boot;

import io.channelbridge.core.error.ChannelConfigurationException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a channel that could not be opened at startup into Boot's "APPLICATION FAILED TO START"
 * report: what is wrong, naming the {@code channelbridge.channels.*} property, and what to do.
 */
final class ChannelConfigurationFailureAnalyzer
    extends AbstractFailureAnalyzer<ChannelConfigurationException> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, ChannelConfigurationException cause) {
    return new FailureAnalysis(
        "A ChannelBridge channel could not be opened: " + cause.getMessage(),
        "Set or correct the channelbridge.channels.* property named above (each channel's keys"
            + " are listed in its adapter's README), or remove the channel's entry.",
        cause);
  }
}
