package io.channelbridge.spring.boot;

import java.util.Locale;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;

/**
 * Masks ChannelBridge secrets in the actuator's {@code env} and {@code configprops} endpoints, even
 * when they are set to show values: every key under {@code channelbridge.} (in any relaxed form,
 * environment variables included) whose last part contains {@code secret}, {@code key}, {@code
 * password} or {@code token}, the same rule the SDK's {@code ChannelConfig} applies.
 */
@AutoConfiguration
@ConditionalOnClass(SanitizingFunction.class)
public class ChannelBridgeActuatorAutoConfiguration {

  /** Created by Spring. */
  public ChannelBridgeActuatorAutoConfiguration() {}

  /**
   * The sanitizing function.
   *
   * @return the function
   */
  @Bean
  public SanitizingFunction channelBridgeSecretsSanitizer() {
    return data -> isSecret(data.getKey()) ? data.withSanitizedValue() : data;
  }

  static boolean isSecret(String key) {
    if (key == null) {
      return false;
    }
    String k = key.toLowerCase(Locale.ROOT).replace('_', '.');
    if (!k.startsWith("channelbridge.")) {
      return false;
    }
    String last = k.substring(k.lastIndexOf('.') + 1);
    return last.contains("secret")
        || last.contains("key")
        || last.contains("password")
        || last.contains("token");
  }
}
