package io.channelbridge.channels.naver.dto;

import java.util.List;

/**
 * A Shopping Live broadcast of the partner profile: the body of the schedule ({@code POST}) and
 * update ({@code PUT}) calls, and, with {@code broadcastId}, {@code status} and {@code
 * broadcastUrl} filled in, an element of the list reply.
 *
 * @param broadcastId the id; in replies only
 * @param status {@code RESERVED}, {@code ONAIR}, {@code ENDED} or {@code CANCELED}; in replies only
 * @param broadcastUrl the viewer URL; in replies only
 * @param title at most 40 characters
 * @param broadcasterId the broadcaster
 * @param serviceId the service
 * @param releaseLevel {@code REAL} or {@code TEST}
 * @param standByImage the stand-by image URL
 * @param description the description
 * @param sendNotification whether followers are notified
 * @param searchable whether it can be found by search
 * @param displayCategoryId the display category
 * @param expectedStartDate KST local time {@code yyyy-MM-dd'T'HH:mm:ss.SSS}, no offset
 * @param expectedEndDate the planned end, same format; an extension of the profile (see the
 *     adapter's README), optional for the channel
 * @param shoppingProducts the products shown, exactly one with {@code represent: true}
 */
public record Broadcast(
    Long broadcastId,
    String status,
    String broadcastUrl,
    String title,
    String broadcasterId,
    String serviceId,
    String releaseLevel,
    String standByImage,
    String description,
    Boolean sendNotification,
    Boolean searchable,
    String displayCategoryId,
    String expectedStartDate,
    String expectedEndDate,
    List<ShoppingProduct> shoppingProducts) {

  /**
   * A product shown in a broadcast.
   *
   * @param key the SmartStore channel product number
   * @param represent whether it is the main product
   * @param attachmentType {@code PRODUCT}
   * @param attachable whether viewers can add it to the cart
   */
  public record ShoppingProduct(
      Long key, Boolean represent, String attachmentType, Boolean attachable) {}
}
