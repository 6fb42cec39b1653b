package io.channelbridge.testkit.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.channelbridge.core.Operation;
import io.channelbridge.core.WebhookSupport;
import io.channelbridge.core.error.WebhookVerificationException;
import io.channelbridge.core.event.ChannelEvent;
import io.channelbridge.core.event.OrderEvent;
import io.channelbridge.core.model.OrderStatus;
import io.channelbridge.testkit.WebhookRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Conformance of pushed webhooks, for channels with {@link WebhookSupport#NATIVE} webhooks: a
 * correctly signed request becomes events; a tampered body, a wrong signature, a stale timestamp
 * (an hour old) or a missing header is refused with {@code WebhookVerificationException} and
 * nothing else. Skipped for channels that do not push.
 */
public interface WebhooksConformance extends ConformanceFixtures {

  private static void assumePushes(Conformance c) {
    assumeThat(c.capabilities().webhooks()).as("webhooks").isEqualTo(WebhookSupport.NATIVE);
    c.assumeSupports(Operation.PARSE_WEBHOOK);
  }

  private static WebhookRequest signedForNewOrder(Conformance c, ChannelEvent.Type type) {
    String id = c.driver().createOrder(c.sampleOrder(1));
    return c.driver().signedWebhook(id, type);
  }

  private static List<ChannelEvent> parse(Conformance c, Map<String, String> headers, byte[] body) {
    return c.channel().parseWebhook(headers, body);
  }

  /**
   * A correctly signed request becomes an order event for that order.
   *
   * @param c the test's context
   */
  @Test
  default void validWebhookBecomesOrderEvent(Conformance c) {
    assumePushes(c);
    String id = c.driver().createOrder(c.sampleOrder(1));
    WebhookRequest request = c.driver().signedWebhook(id, ChannelEvent.Type.ORDER_CREATED);
    List<ChannelEvent> events = parse(c, request.headers(), request.body());
    assertThat(events).hasSize(1);
    ChannelEvent e = events.get(0);
    assertThat(e.type()).isEqualTo(ChannelEvent.Type.ORDER_CREATED);
    assertThat(e.source()).isEqualTo(ChannelEvent.Source.WEBHOOK);
    assertThat(e.channelId()).isEqualTo(c.channel().id());
    assertThat(e.eventId()).isNotBlank();
    assertThat(e)
        .isInstanceOfSatisfying(
            OrderEvent.class, oe -> assertThat(oe.order().orderId()).isEqualTo(id));
  }

  /**
   * A cancellation event carries the cancelled order.
   *
   * @param c the test's context
   */
  @Test
  default void cancellationWebhookCarriesCancelledOrder(Conformance c) {
    assumePushes(c);
    String id = c.driver().createOrder(c.sampleOrder(1));
    c.driver().changeOrderStatus(id, OrderStatus.CANCELLED);
    WebhookRequest request = c.driver().signedWebhook(id, ChannelEvent.Type.ORDER_CANCELLED);
    ChannelEvent e = parse(c, request.headers(), request.body()).get(0);
    assertThat(e.type()).isEqualTo(ChannelEvent.Type.ORDER_CANCELLED);
    assertThat(e)
        .isInstanceOfSatisfying(
            OrderEvent.class,
            oe -> assertThat(oe.order().status()).isEqualTo(OrderStatus.CANCELLED));
  }

  /**
   * Header names are matched case-insensitively, as HTTP requires.
   *
   * @param c the test's context
   */
  @Test
  default void headerNamesAreCaseInsensitive(Conformance c) {
    assumePushes(c);
    WebhookRequest request = signedForNewOrder(c, ChannelEvent.Type.ORDER_CREATED);
    Map<String, String> lower = new LinkedHashMap<>();
    request.headers().forEach((k, v) -> lower.put(k.toLowerCase(Locale.ROOT), v));
    assertThat(parse(c, lower, request.body())).hasSize(1);
  }

  /**
   * Changes the body's content, not just its whitespace: the last digit (usually part of an id)
   * becomes another digit; a body without digits gets a character changed.
   */
  private static String tamperWith(String body) {
    char[] chars = body.toCharArray();
    for (int i = chars.length - 1; i >= 0; i--) {
      if (chars[i] >= '0' && chars[i] <= '9') {
        chars[i] = chars[i] == '9' ? '8' : (char) (chars[i] + 1);
        return new String(chars);
      }
    }
    int mid = chars.length / 2;
    chars[mid] = chars[mid] == 'x' ? 'y' : 'x';
    return new String(chars);
  }

  /**
   * A body changed after signing is refused.
   *
   * @param c the test's context
   */
  @Test
  default void tamperedBodyIsRefused(Conformance c) {
    assumePushes(c);
    WebhookRequest request = signedForNewOrder(c, ChannelEvent.Type.ORDER_CREATED);
    byte[] tampered = tamperWith(request.bodyText()).getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> parse(c, request.headers(), tampered))
        .isInstanceOf(WebhookVerificationException.class);
  }

  /**
   * A signature that does not match is refused.
   *
   * @param c the test's context
   */
  @Test
  default void wrongSignatureIsRefused(Conformance c) {
    assumePushes(c);
    WebhookRequest request = signedForNewOrder(c, ChannelEvent.Type.ORDER_CREATED);
    String signature = request.headers().get(request.signatureHeader());
    char last = signature.charAt(signature.length() - 1);
    String wrong = signature.substring(0, signature.length() - 1) + (last == '0' ? '1' : '0');
    WebhookRequest forged = request.withHeader(request.signatureHeader(), wrong);
    assertThatThrownBy(() -> parse(c, forged.headers(), forged.body()))
        .isInstanceOf(WebhookVerificationException.class);
  }

  /**
   * A garbled signature or timestamp is a verification failure, never a parsing crash.
   *
   * @param c the test's context
   */
  @Test
  default void garbledHeadersAreVerificationFailures(Conformance c) {
    assumePushes(c);
    WebhookRequest request = signedForNewOrder(c, ChannelEvent.Type.ORDER_CREATED);
    WebhookRequest garbledSignature = request.withHeader(request.signatureHeader(), "%%not-a-sig");
    assertThatThrownBy(() -> parse(c, garbledSignature.headers(), garbledSignature.body()))
        .isInstanceOf(WebhookVerificationException.class);
    if (request.timestampHeader() != null) {
      WebhookRequest garbledTime = request.withHeader(request.timestampHeader(), "yesterday");
      assertThatThrownBy(() -> parse(c, garbledTime.headers(), garbledTime.body()))
          .isInstanceOf(WebhookVerificationException.class);
    }
  }

  /**
   * A request signed an hour ago is refused (replay protection).
   *
   * @param c the test's context
   */
  @Test
  default void staleTimestampIsRefused(Conformance c) {
    assumePushes(c);
    WebhookRequest request = signedForNewOrder(c, ChannelEvent.Type.ORDER_CREATED);
    assumeThat(request.timestampHeader()).as("the protocol signs a timestamp").isNotNull();
    c.advanceClockOrSkip(Duration.ofHours(1));
    assertThatThrownBy(() -> parse(c, request.headers(), request.body()))
        .isInstanceOf(WebhookVerificationException.class);
  }

  /**
   * A request without its signature header is refused.
   *
   * @param c the test's context
   */
  @Test
  default void missingSignatureHeaderIsRefused(Conformance c) {
    assumePushes(c);
    WebhookRequest request = signedForNewOrder(c, ChannelEvent.Type.ORDER_CREATED);
    Map<String, String> headers = request.headersWithout(request.signatureHeader());
    assertThatThrownBy(() -> parse(c, headers, request.body()))
        .isInstanceOf(WebhookVerificationException.class);
  }

  /**
   * A request without its timestamp header is refused.
   *
   * @param c the test's context
   */
  @Test
  default void missingTimestampHeaderIsRefused(Conformance c) {
    assumePushes(c);
    WebhookRequest request = signedForNewOrder(c, ChannelEvent.Type.ORDER_CREATED);
    assumeThat(request.timestampHeader()).as("the protocol signs a timestamp").isNotNull();
    Map<String, String> headers = request.headersWithout(request.timestampHeader());
    assertThatThrownBy(() -> parse(c, headers, request.body()))
        .isInstanceOf(WebhookVerificationException.class);
  }
}
