package io.channelbridge.core.http.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The SDK's version, for the {@code User-Agent} header ({@code channelbridge-java/0.1.0 (naver)}):
 * from {@code sdk-version.properties}, filtered by the build, else from the jar manifest's {@code
 * Implementation-Version}, else {@code dev}.
 */
public final class SdkVersion {
  static final String RESOURCE = "sdk-version.properties";
  private static final String VERSION = resolve(SdkVersion.class);

  private SdkVersion() {}

  /**
   * The SDK's version.
   *
   * @return e.g. {@code 0.1.0-SNAPSHOT}, or {@code dev} when neither the build nor the jar says
   */
  public static String current() {
    return VERSION;
  }

  /**
   * The {@code User-Agent} of a channel's requests.
   *
   * @param channelId the channel id
   * @return e.g. {@code channelbridge-java/0.1.0-SNAPSHOT (naver)}
   */
  public static String userAgent(String channelId) {
    return "channelbridge-java/" + VERSION + " (" + channelId + ")";
  }

  static String resolve(Class<?> anchor) {
    String fromResource = null;
    try (InputStream in = anchor.getResourceAsStream(RESOURCE)) {
      fromResource = fromProperties(in);
    } catch (IOException | RuntimeException e) {
      // fall through to the manifest
    }
    Package p = anchor.getPackage();
    return choose(fromResource, p == null ? null : p.getImplementationVersion());
  }

  static String fromProperties(InputStream in) throws IOException {
    if (in == null) {
      return null;
    }
    Properties props = new Properties();
    props.load(in);
    return props.getProperty("version");
  }

  /** The first usable of a build-filtered value and the manifest's, else {@code dev}. */
  static String choose(String filtered, String manifest) {
    if (usable(filtered)) {
      return filtered.strip();
    }
    if (usable(manifest)) {
      return manifest.strip();
    }
    return "dev";
  }

  private static boolean usable(String v) {
    // an unfiltered resource still says ${project.version}
    return v != null && !v.isBlank() && !v.contains("${");
  }
}
