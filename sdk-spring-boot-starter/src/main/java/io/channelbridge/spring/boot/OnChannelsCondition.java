package io.channelbridge.spring.boot;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Matches when at least one channel is configured under {@code channelbridge.channels}. */
final class OnChannelsCondition extends SpringBootCondition {

  @Override
  public ConditionOutcome getMatchOutcome(
      ConditionContext context, AnnotatedTypeMetadata metadata) {
    var names = ChannelSettings.names(context.getEnvironment());
    return names.isEmpty()
        ? ConditionOutcome.noMatch("no channelbridge.channels.* properties")
        : ConditionOutcome.match("channels " + names);
  }
}
