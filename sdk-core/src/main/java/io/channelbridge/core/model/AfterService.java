package io.channelbridge.core.model;

import java.util.Objects;

/**
 * The after-service (A/S) contact every Korean channel shows on a listing.
 *
 * @param phone the A/S phone number
 * @param guide a short guide text, e.g. opening hours
 */
public record AfterService(String phone, String guide) {

  /** Creates a contact; the phone is required. */
  public AfterService {
    Objects.requireNonNull(phone, "phone");
    guide = guide == null ? "" : guide;
  }
}
