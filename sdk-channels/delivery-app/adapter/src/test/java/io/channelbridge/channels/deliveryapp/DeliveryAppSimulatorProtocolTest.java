package io.channelbridge.channels.deliveryapp;

import static org.assertj.core.api.Assertions.assertThat;

import io.channelbridge.simulator.deliveryapp.DeliveryAppSimulator;
import okhttp3.FormBody;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The simulator's own rules on the wire, without the adapter: idempotency keys and 20 req/s. */
class DeliveryAppSimulatorProtocolTest {
  private static final MediaType JSON = MediaType.get("application/json");
  private final DeliveryAppSimulator sim = DeliveryAppTestSupport.simulator();
  private final OkHttpClient http = DeliveryAppTestSupport.STACK.client();

  @AfterEach
  void close() {
    sim.close();
  }

  private String token() throws Exception {
    Request r =
        new Request.Builder()
            .url(sim.baseUrl() + "/oauth/token")
            .post(
                new FormBody.Builder()
                    .add("grant_type", "client_credentials")
                    .add("client_id", DeliveryAppSimulator.CLIENT_ID)
                    .add("client_secret", DeliveryAppSimulator.CLIENT_SECRET)
                    .build())
            .build();
    try (Response resp = http.newCall(r).execute()) {
      String body = resp.body().string();
      return body.replaceAll(".*\"access_token\":\"([^\"]+)\".*", "$1");
    }
  }

  private Response patch(String token, String path, String json) throws Exception {
    return http.newCall(
            new Request.Builder()
                .url(sim.baseUrl() + "/v1/shops/shop-1" + path)
                .header("Authorization", "Bearer " + token)
                .patch(RequestBody.create(json, JSON))
                .build())
        .execute();
  }

  private Response post(String token, String key, String json) throws Exception {
    return post(token, key, "/items", json);
  }

  private Response post(String token, String key, String path, String json) throws Exception {
    Request.Builder b =
        new Request.Builder()
            .url(sim.baseUrl() + "/v1/shops/shop-1" + path)
            .header("Authorization", "Bearer " + token)
            .post(RequestBody.create(json, JSON));
    if (key != null) {
      b.header("Idempotency-Key", key);
    }
    return http.newCall(b.build()).execute();
  }

  @Test
  void idempotencyKeyReplaysTheFirstReplyAndRefusesAnotherBody() throws Exception {
    String token = token();
    String item = "{\"externalSku\":\"S1\",\"name\":\"김밥\",\"price\":4000}";
    String first;
    try (Response r = post(token, "k-1", item)) {
      assertThat(r.code()).isEqualTo(201);
      first = r.body().string();
    }
    try (Response r = post(token, "k-1", item)) {
      assertThat(r.code()).isEqualTo(201);
      assertThat(r.body().string()).isEqualTo(first);
    }
    try (Response r = post(token, "k-1", item.replace("4000", "4500"))) {
      assertThat(r.code()).isEqualTo(409);
      assertThat(r.body().string()).contains("IDEMPOTENCY_KEY_REUSED");
    }
    try (Response r = post(token, null, item)) {
      assertThat(r.code()).isEqualTo(400);
    }
  }

  @Test
  void moreThanTwentyRequestsAtOnceAreRateLimited() throws Exception {
    String token = token();
    int limited = 0;
    for (int i = 0; i < 30; i++) {
      Request r =
          new Request.Builder()
              .url(sim.baseUrl() + "/v1/shops/shop-1/items/1")
              .header("Authorization", "Bearer " + token)
              .build();
      try (Response resp = http.newCall(r).execute()) {
        if (resp.code() == 429) {
          limited++;
          assertThat(resp.header("Retry-After")).isEqualTo("1");
          assertThat(resp.body().string()).contains("RATE_LIMITED");
        }
      }
    }
    assertThat(limited).as("requests over the bucket of 20").isPositive();
  }

  @Test
  void availabilityRefusesABadRequestWholeAndAnswersEachUpdateOtherwise() throws Exception {
    String token = token();
    String itemId;
    try (Response r =
        post(token, "i-1", "{\"externalSku\":\"S1\",\"name\":\"김밥\",\"price\":4000,\"stock\":5}")) {
      itemId = r.body().string().replaceAll(".*\"itemId\":\"([^\"]+)\".*", "$1");
    }
    String dup =
        "{\"updates\":[{\"itemId\":\"%s\",\"stock\":1},{\"itemId\":\"x\"},{\"stock\":1},"
            + "{\"itemId\":\"%s\",\"soldOut\":\"no\"},{\"itemId\":\"%s\",\"price\":1}]}";
    try (Response r =
        post(token, "a-1", "/items/availability", dup.formatted(itemId, itemId, itemId))) {
      assertThat(r.code()).isEqualTo(400);
      String body = r.body().string();
      assertThat(body)
          .contains("INVALID_ARGUMENT")
          .contains("\"field\":\"updates[1]\"")
          .contains("\"field\":\"updates[2].itemId\"")
          .contains("\"field\":\"updates[3].soldOut\"")
          .contains("\"field\":\"updates[4].itemId\"");
    }
    try (Response r = post(token, "a-2", "/items/availability", "{\"updates\":[]}")) {
      assertThat(r.code()).isEqualTo(400);
    }
    StringBuilder many = new StringBuilder("{\"updates\":[");
    for (int i = 0; i < 101; i++) {
      many.append(i == 0 ? "" : ",").append("{\"itemId\":\"i").append(i).append("\",\"price\":1}");
    }
    try (Response r = post(token, "a-3", "/items/availability", many.append("]}").toString())) {
      assertThat(r.code()).isEqualTo(400);
      assertThat(r.body().string()).contains("\"field\":\"updates\"");
    }
    assertThat(sim.itemJson(itemId)).as("nothing applied").contains("\"stock\":5");
    String mixed =
        "{\"updates\":[{\"itemId\":\"nope\",\"stock\":1},{\"itemId\":\"%s\",\"stock\":0},"
            + "{\"itemId\":\"%s\",\"optionId\":\"OPT-1\",\"soldOut\":true}]}";
    try (Response r = post(token, "a-4", "/items/availability", mixed.formatted(itemId, itemId))) {
      assertThat(r.code()).isEqualTo(200);
      String body = r.body().string();
      assertThat(body)
          .contains(
              "{\"index\":0,\"itemId\":\"nope\",\"ok\":false,\"error\":{\"code\":\"NOT_FOUND\"")
          .contains("\"index\":1,\"itemId\":\"" + itemId + "\",\"ok\":true")
          .contains("\"status\":\"SOLD_OUT\",\"stock\":0")
          .contains("\"index\":2");
    }
    String onSale = "{\"updates\":[{\"itemId\":\"%s\",\"soldOut\":false}]}";
    try (Response r = post(token, "a-5", "/items/availability", onSale.formatted(itemId))) {
      assertThat(r.body().string()).as("no stock to sell").contains("INVALID_STATE");
    }
    try (Response r =
        post(
            token,
            "a-6",
            "/items/availability",
            "{\"updates\":[{\"itemId\":\"%s\",\"stock\":3}]}".formatted(itemId))) {
      assertThat(r.body().string()).contains("\"status\":\"ON_SALE\",\"stock\":3");
    }
    try (Response r = patch(token, "/items/" + itemId, "{\"status\":\"HIDDEN\"}")) {
      assertThat(r.code()).isEqualTo(200);
    }
    try (Response r =
        post(
            token,
            "a-7",
            "/items/availability",
            "{\"updates\":[{\"itemId\":\"%s\",\"stock\":0}]}".formatted(itemId))) {
      assertThat(r.body().string())
          .as("HIDDEN stays HIDDEN")
          .contains("\"status\":\"HIDDEN\",\"stock\":0");
    }
  }
}
