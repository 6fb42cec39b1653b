package io.channelbridge.spring.boot;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code channelbridge}. Each channel account is an entry of {@code
 * channelbridge.channels}: its name is its bean qualifier and hub key, {@code type} the channel id
 * it opens (default: the name), and every other key is that channel's own setting without the id
 * prefix ({@code channelbridge.channels.shop.client-id} becomes {@code naver.client-id} when {@code
 * type} is {@code naver}). The typed fields below are the common ones, for IDE completion; a
 * channel also takes keys that are not listed here (such as Naver's {@code live.broadcaster-id}),
 * which are passed through as written.
 */
@ConfigurationProperties("channelbridge")
public class ChannelBridgeProperties {
  /** Channel accounts by name. */
  private Map<String, Channel> channels = new LinkedHashMap<>();

  /** How long a hub call waits for a channel unless the channel sets its own timeout. */
  private Duration defaultTimeout = Duration.ofSeconds(30);

  private final Health health = new Health();

  private final OrderSync orderSync = new OrderSync();

  /**
   * The channel accounts by name.
   *
   * @return the channels
   */
  public Map<String, Channel> getChannels() {
    return channels;
  }

  /**
   * Sets the channel accounts.
   *
   * @param channels the channels by name
   */
  public void setChannels(Map<String, Channel> channels) {
    this.channels = channels;
  }

  /**
   * The hub's default timeout.
   *
   * @return the timeout
   */
  public Duration getDefaultTimeout() {
    return defaultTimeout;
  }

  /**
   * Sets the hub's default timeout.
   *
   * @param defaultTimeout the timeout
   */
  public void setDefaultTimeout(Duration defaultTimeout) {
    this.defaultTimeout = defaultTimeout;
  }

  /**
   * The health indicator settings.
   *
   * @return the settings
   */
  public Health getHealth() {
    return health;
  }

  /**
   * The order sync settings.
   *
   * @return the settings
   */
  public OrderSync getOrderSync() {
    return orderSync;
  }

  /**
   * One channel account. Secrets ({@code client-secret}, {@code secret-key}, {@code secret}, {@code
   * key}, {@code webhook-secret}) are never logged and are masked in the actuator's {@code env} and
   * {@code configprops} endpoints.
   */
  public static class Channel {
    /** The channel id to open, e.g. naver or delivery-app. Defaults to the entry's name. */
    private String type;

    /** How long a hub call waits for this channel (default: channelbridge.default-timeout). */
    private Duration timeout;

    /** The channel's API base URL (adapters default to the channel's production URL). */
    private String baseUrl;

    /** OAuth client id (naver, delivery-app). */
    private String clientId;

    /** OAuth client secret (naver, delivery-app). */
    private String clientSecret;

    /** Seller account id (naver). */
    private String accountId;

    /** Shop id (delivery-app). */
    private String shopId;

    /** Secret that signs the channel's webhooks (delivery-app). */
    private String webhookSecret;

    /** Access key (coupang). */
    private String accessKey;

    /** Secret key (coupang). */
    private String secretKey;

    /** Vendor id (coupang). */
    private String vendorId;

    /** Partner id (ott-shopping). */
    private String partnerId;

    /** API key (ott-shopping). */
    private String key;

    /** API secret (ott-shopping). */
    private String secret;

    private final Http http = new Http();

    /**
     * The channel id.
     *
     * @return the id, or {@code null} for the entry's name
     */
    public String getType() {
      return type;
    }

    /**
     * Sets the channel id.
     *
     * @param type the id
     */
    public void setType(String type) {
      this.type = type;
    }

    /**
     * The hub timeout for this channel.
     *
     * @return the timeout, or {@code null}
     */
    public Duration getTimeout() {
      return timeout;
    }

    /**
     * Sets the hub timeout for this channel.
     *
     * @param timeout the timeout
     */
    public void setTimeout(Duration timeout) {
      this.timeout = timeout;
    }

    /**
     * The base URL.
     *
     * @return the URL, or {@code null}
     */
    public String getBaseUrl() {
      return baseUrl;
    }

    /**
     * Sets the base URL.
     *
     * @param baseUrl the URL
     */
    public void setBaseUrl(String baseUrl) {
      this.baseUrl = baseUrl;
    }

    /**
     * The client id.
     *
     * @return the id, or {@code null}
     */
    public String getClientId() {
      return clientId;
    }

    /**
     * Sets the client id.
     *
     * @param clientId the id
     */
    public void setClientId(String clientId) {
      this.clientId = clientId;
    }

    /**
     * The client secret.
     *
     * @return the secret, or {@code null}
     */
    public String getClientSecret() {
      return clientSecret;
    }

    /**
     * Sets the client secret.
     *
     * @param clientSecret the secret
     */
    public void setClientSecret(String clientSecret) {
      this.clientSecret = clientSecret;
    }

    /**
     * The seller account id.
     *
     * @return the id, or {@code null}
     */
    public String getAccountId() {
      return accountId;
    }

    /**
     * Sets the seller account id.
     *
     * @param accountId the id
     */
    public void setAccountId(String accountId) {
      this.accountId = accountId;
    }

    /**
     * The shop id.
     *
     * @return the id, or {@code null}
     */
    public String getShopId() {
      return shopId;
    }

    /**
     * Sets the shop id.
     *
     * @param shopId the id
     */
    public void setShopId(String shopId) {
      this.shopId = shopId;
    }

    /**
     * The webhook secret.
     *
     * @return the secret, or {@code null}
     */
    public String getWebhookSecret() {
      return webhookSecret;
    }

    /**
     * Sets the webhook secret.
     *
     * @param webhookSecret the secret
     */
    public void setWebhookSecret(String webhookSecret) {
      this.webhookSecret = webhookSecret;
    }

    /**
     * The access key.
     *
     * @return the key, or {@code null}
     */
    public String getAccessKey() {
      return accessKey;
    }

    /**
     * Sets the access key.
     *
     * @param accessKey the key
     */
    public void setAccessKey(String accessKey) {
      this.accessKey = accessKey;
    }

    /**
     * The secret key.
     *
     * @return the key, or {@code null}
     */
    public String getSecretKey() {
      return secretKey;
    }

    /**
     * Sets the secret key.
     *
     * @param secretKey the key
     */
    public void setSecretKey(String secretKey) {
      this.secretKey = secretKey;
    }

    /**
     * The vendor id.
     *
     * @return the id, or {@code null}
     */
    public String getVendorId() {
      return vendorId;
    }

    /**
     * Sets the vendor id.
     *
     * @param vendorId the id
     */
    public void setVendorId(String vendorId) {
      this.vendorId = vendorId;
    }

    /**
     * The partner id.
     *
     * @return the id, or {@code null}
     */
    public String getPartnerId() {
      return partnerId;
    }

    /**
     * Sets the partner id.
     *
     * @param partnerId the id
     */
    public void setPartnerId(String partnerId) {
      this.partnerId = partnerId;
    }

    /**
     * The API key.
     *
     * @return the key, or {@code null}
     */
    public String getKey() {
      return key;
    }

    /**
     * Sets the API key.
     *
     * @param key the key
     */
    public void setKey(String key) {
      this.key = key;
    }

    /**
     * The API secret.
     *
     * @return the secret, or {@code null}
     */
    public String getSecret() {
      return secret;
    }

    /**
     * Sets the API secret.
     *
     * @param secret the secret
     */
    public void setSecret(String secret) {
      this.secret = secret;
    }

    /**
     * The transport settings.
     *
     * @return the settings
     */
    public Http getHttp() {
      return http;
    }

    /** Lists which settings are set, never their values. */
    @Override
    public String toString() {
      return "Channel[type=" + type + ", values hidden]";
    }
  }

  /** A channel's transport settings ({@code <id>.http.*}, see docs/transport.md). */
  public static class Http {
    /** Attempts per call, the first included (1..10). */
    private Integer maxAttempts;

    /** Base of the exponential backoff. */
    private Duration backoff;

    /** Cap of the backoff. */
    private Duration maxBackoff;

    /** Requests per second, or none to lift the client-side limit. */
    private String rateLimit;

    /** Connect timeout per attempt. */
    private Duration connectTimeout;

    /** Read timeout per attempt. */
    private Duration readTimeout;

    /** Deadline of a call whose options set none, retries included. */
    private Duration callTimeout;

    /**
     * Attempts per call.
     *
     * @return the attempts, or {@code null}
     */
    public Integer getMaxAttempts() {
      return maxAttempts;
    }

    /**
     * Sets the attempts per call.
     *
     * @param maxAttempts the attempts
     */
    public void setMaxAttempts(Integer maxAttempts) {
      this.maxAttempts = maxAttempts;
    }

    /**
     * The backoff base.
     *
     * @return the base, or {@code null}
     */
    public Duration getBackoff() {
      return backoff;
    }

    /**
     * Sets the backoff base.
     *
     * @param backoff the base
     */
    public void setBackoff(Duration backoff) {
      this.backoff = backoff;
    }

    /**
     * The backoff cap.
     *
     * @return the cap, or {@code null}
     */
    public Duration getMaxBackoff() {
      return maxBackoff;
    }

    /**
     * Sets the backoff cap.
     *
     * @param maxBackoff the cap
     */
    public void setMaxBackoff(Duration maxBackoff) {
      this.maxBackoff = maxBackoff;
    }

    /**
     * The client-side rate limit.
     *
     * @return requests per second or {@code none}, or {@code null}
     */
    public String getRateLimit() {
      return rateLimit;
    }

    /**
     * Sets the client-side rate limit.
     *
     * @param rateLimit requests per second, or {@code none}
     */
    public void setRateLimit(String rateLimit) {
      this.rateLimit = rateLimit;
    }

    /**
     * The connect timeout.
     *
     * @return the timeout, or {@code null}
     */
    public Duration getConnectTimeout() {
      return connectTimeout;
    }

    /**
     * Sets the connect timeout.
     *
     * @param connectTimeout the timeout
     */
    public void setConnectTimeout(Duration connectTimeout) {
      this.connectTimeout = connectTimeout;
    }

    /**
     * The read timeout.
     *
     * @return the timeout, or {@code null}
     */
    public Duration getReadTimeout() {
      return readTimeout;
    }

    /**
     * Sets the read timeout.
     *
     * @param readTimeout the timeout
     */
    public void setReadTimeout(Duration readTimeout) {
      this.readTimeout = readTimeout;
    }

    /**
     * The call deadline.
     *
     * @return the deadline, or {@code null}
     */
    public Duration getCallTimeout() {
      return callTimeout;
    }

    /**
     * Sets the call deadline.
     *
     * @param callTimeout the deadline
     */
    public void setCallTimeout(Duration callTimeout) {
      this.callTimeout = callTimeout;
    }
  }

  /** The per-channel health indicators. */
  public static class Health {
    /** How long a channel's health is reused before it is probed again. */
    private Duration cacheTtl = Duration.ofSeconds(30);

    /** Deadline of one probe call, retries included. */
    private Duration timeout = Duration.ofSeconds(5);

    /**
     * How long a result is reused.
     *
     * @return the time to live
     */
    public Duration getCacheTtl() {
      return cacheTtl;
    }

    /**
     * Sets how long a result is reused.
     *
     * @param cacheTtl the time to live; zero probes on every request
     */
    public void setCacheTtl(Duration cacheTtl) {
      this.cacheTtl = cacheTtl;
    }

    /**
     * The probe deadline.
     *
     * @return the deadline
     */
    public Duration getTimeout() {
      return timeout;
    }

    /**
     * Sets the probe deadline.
     *
     * @param timeout the deadline
     */
    public void setTimeout(Duration timeout) {
      this.timeout = timeout;
    }
  }

  /** The managed {@link io.channelbridge.hub.OrderSync}. */
  public static class OrderSync {
    /** Whether to run an OrderSync over the hub's channels while the application runs. */
    private boolean enabled;

    /** The channel names to sync; empty for every channel that can pull orders. */
    private List<String> channels = new ArrayList<>();

    /**
     * Directory of a FileCheckpointStore. Without it (and without a CheckpointStore bean),
     * checkpoints are kept in memory only and a restart pulls from the channel's default look-back.
     */
    private Path checkpointDir;

    /** How long a channel's loop waits after a page that caught up. */
    private Duration pollInterval = Duration.ofSeconds(30);

    /** Timeout of each pull. */
    private Duration pullTimeout = Duration.ofSeconds(60);

    /** How long stopping waits for a handler to finish its page before interrupting it. */
    private Duration stopTimeout = Duration.ofSeconds(30);

    /**
     * Whether the sync runs.
     *
     * @return {@code true} if it runs
     */
    public boolean isEnabled() {
      return enabled;
    }

    /**
     * Sets whether the sync runs.
     *
     * @param enabled {@code true} to run it
     */
    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }

    /**
     * The channel names to sync.
     *
     * @return the names; empty for all
     */
    public List<String> getChannels() {
      return channels;
    }

    /**
     * Sets the channel names to sync.
     *
     * @param channels the names; empty for all
     */
    public void setChannels(List<String> channels) {
      this.channels = channels;
    }

    /**
     * The checkpoint directory.
     *
     * @return the directory, or {@code null}
     */
    public Path getCheckpointDir() {
      return checkpointDir;
    }

    /**
     * Sets the checkpoint directory.
     *
     * @param checkpointDir the directory
     */
    public void setCheckpointDir(Path checkpointDir) {
      this.checkpointDir = checkpointDir;
    }

    /**
     * The poll interval.
     *
     * @return the interval
     */
    public Duration getPollInterval() {
      return pollInterval;
    }

    /**
     * Sets the poll interval.
     *
     * @param pollInterval the interval
     */
    public void setPollInterval(Duration pollInterval) {
      this.pollInterval = pollInterval;
    }

    /**
     * The pull timeout.
     *
     * @return the timeout
     */
    public Duration getPullTimeout() {
      return pullTimeout;
    }

    /**
     * Sets the pull timeout.
     *
     * @param pullTimeout the timeout
     */
    public void setPullTimeout(Duration pullTimeout) {
      this.pullTimeout = pullTimeout;
    }

    /**
     * The stop timeout.
     *
     * @return the timeout
     */
    public Duration getStopTimeout() {
      return stopTimeout;
    }

    /**
     * Sets the stop timeout.
     *
     * @param stopTimeout the timeout
     */
    public void setStopTimeout(Duration stopTimeout) {
      this.stopTimeout = stopTimeout;
    }
  }
}
