package io.channelbridge.core.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.channelbridge.core.ChannelConfig;
import io.channelbridge.core.CommerceChannel;
import io.channelbridge.core.CommerceChannels;
import io.channelbridge.core.error.ChannelConfigurationException;
import java.lang.reflect.Proxy;
import org.junit.jupiter.api.Test;

class ChannelRegistryTest {

  /** Found through META-INF/services in the test resources. */
  public static final class TestProvider implements ChannelProvider {
    @Override
    public String id() {
      return "test-channel";
    }

    @Override
    public CommerceChannel open(ChannelConfig config) {
      String account = config.require("test-channel.account-id");
      return (CommerceChannel)
          Proxy.newProxyInstance(
              getClass().getClassLoader(),
              new Class<?>[] {CommerceChannel.class},
              (proxy, method, args) ->
                  method.getName().equals("id") ? "test-channel:" + account : null);
    }
  }

  @Test
  void serviceLoaderFindsProviders() {
    ChannelRegistry registry = ChannelRegistry.fromServiceLoader(getClass().getClassLoader());
    assertThat(registry.ids()).contains("test-channel");
    ChannelConfig config = ChannelConfig.builder().set("test-channel.account-id", "a1").build();
    assertThat(CommerceChannels.open("test-channel", config).id()).isEqualTo("test-channel:a1");
  }

  @Test
  void explicitRegistrationWorksWithoutServiceLoader() {
    ChannelRegistry registry = ChannelRegistry.builder().register(new TestProvider()).build();
    ChannelConfig config = ChannelConfig.builder().set("test-channel.account-id", "b2").build();
    assertThat(registry.open("test-channel", config).id()).isEqualTo("test-channel:b2");
  }

  @Test
  void unknownIdListsWhatIsAvailable() {
    ChannelRegistry registry = ChannelRegistry.builder().register(new TestProvider()).build();
    assertThatThrownBy(() -> registry.open("kakao", ChannelConfig.builder().build()))
        .isInstanceOf(ChannelConfigurationException.class)
        .hasMessageContaining("kakao")
        .hasMessageContaining("test-channel");
  }

  @Test
  void missingSettingFailsAtOpen() {
    ChannelRegistry registry = ChannelRegistry.builder().register(new TestProvider()).build();
    assertThatThrownBy(() -> registry.open("test-channel", ChannelConfig.builder().build()))
        .isInstanceOf(ChannelConfigurationException.class)
        .hasMessageContaining("test-channel.account-id");
  }
}
