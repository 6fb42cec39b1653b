package com.example.grip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.grip.dto.OrderList;
import com.example.grip.dto.OrderRow;
import io.channelbridge.core.error.ProtocolException;
import io.channelbridge.core.error.Violation;
import io.channelbridge.core.http.ChannelHttp;
import io.channelbridge.core.http.ErrorKind;
import io.channelbridge.core.http.HttpStack;
import io.channelbridge.core.model.Listing;
import io.channelbridge.core.model.Money;
import io.channelbridge.core.model.OptionGroup;
import io.channelbridge.core.model.Order;
import io.channelbridge.core.model.OrderStatus;
import io.channelbridge.core.model.Stock;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The mapper on a fixture of Grip's order rows, and the error mapper on Grip's messages. */
class GripMapperTest {

  private static List<OrderRow> rows() throws IOException {
    try (InputStream in = GripMapperTest.class.getResourceAsStream("/fixtures/order-rows.json");
        HttpStack stack = HttpStack.create()) {
      String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      // the adapter's own Moshi (records, the kit's adapters) comes only with a whole ChannelHttp
      ChannelHttp http =
          ChannelHttp.builder("grip").stack(stack).baseUrl("http://127.0.0.1/").build();
      return http.moshi().adapter(OrderList.class).fromJson(json).orderList();
    }
  }

  @Test
  void rowsOfOneOrderBecomeOneOrderWithALinePerRow() throws IOException {
    Order order = GripMapper.toOrder(rows(), () -> "{\"orderList\": []}");
    assertThat(order.orderId()).isEqualTo("51234");
    assertThat(order.lines())
        .extracting(l -> l.lineId() + " " + l.sku() + " x" + l.quantity() + " " + l.status())
        .containsExactly(
            "900001 CARDIGAN-BK-M x2 ACKNOWLEDGED",
            "900002 MUFFLER x1 NEW",
            "900003 GLOVES-L x1 CANCELLED");
    // the least advanced row that is not cancelled
    assertThat(order.status()).isEqualTo(OrderStatus.NEW);
    assertThat(order.version()).isEqualTo("1772427600000");
    assertThat(order.updatedAt()).isEqualTo(Instant.ofEpochMilli(1_772_427_600_000L));
    assertThat(order.amounts().items()).isEqualTo(Money.krw(102_000));
    assertThat(order.amounts().total()).isEqualTo(Money.krw(105_000));
    assertThat(order.raw()).isEqualTo("{\"orderList\": []}");
  }

  @Test
  void gripsListingRulesReportEveryViolation() {
    Listing listing =
        Listing.builder()
            .title("t")
            .price(Money.krw(1_000))
            .stock(Stock.unlimited())
            .category("grip", "fashion")
            .optionGroup(new OptionGroup("색상", List.of("블랙")))
            .build();
    List<Violation> out = new ArrayList<>();
    GripMapper.check(listing, out);
    assertThat(out)
        .extracting(Violation::field)
        .containsExactlyInAnyOrder("categories.grip", "stock", "variants");
  }

  @Test
  void everyGripStateHasItsStatus() {
    assertThat(GripMapper.status(1)).isEqualTo(OrderStatus.NEW);
    assertThat(GripMapper.status(11)).isEqualTo(OrderStatus.SHIPPED);
    assertThat(GripMapper.status(90)).isEqualTo(OrderStatus.COMPLETED);
    assertThat(GripMapper.status(44)).isEqualTo(OrderStatus.DELIVERED);
    assertThat(GripMapper.status(61)).isEqualTo(OrderStatus.CANCELLED);
    assertThat(GripMapper.status(7)).isEqualTo(OrderStatus.UNKNOWN);
  }

  @Test
  void aRowWithoutItsStateIsAProtocolErrorNamingGrip() throws IOException {
    OrderRow r = rows().get(0);
    OrderRow broken =
        new OrderRow(
            r.orderSeq(),
            r.orderProductSeq(),
            null,
            r.productId(),
            r.productName(),
            r.yourProductId(),
            r.yourOptionId(),
            r.quantity(),
            r.productPrice(),
            r.productAmount(),
            r.deliveryFee(),
            r.orderedAt(),
            r.updatedAt());
    assertThatThrownBy(() -> GripMapper.toOrder(List.of(broken), () -> "{}"))
        .isInstanceOfSatisfying(
            ProtocolException.class, e -> assertThat(e.channelId()).isEqualTo("grip"));
  }

  @Test
  void messagesChooseTheExceptionAndUnknownOnesFollowTheStatus() {
    assertThat(GripErrors.kind("상품이 존재하지 않습니다")).isEqualTo(ErrorKind.NOT_FOUND);
    assertThat(GripErrors.kind("처리할 수 없는 주문 상태입니다")).isEqualTo(ErrorKind.CONFLICT);
    assertThat(GripErrors.kind("invalid productName")).isEqualTo(ErrorKind.VALIDATION);
    assertThat(GripErrors.kind("인증 실패")).isEqualTo(ErrorKind.AUTHENTICATION);
    assertThat(GripErrors.kind("일시적인 오류입니다")).isNull();
  }
}
