package io.channelbridge.channels.coupang.dto;

import java.util.List;

/**
 * {@code PUT .../ordersheets/acknowledgement}.
 *
 * @param vendorId the vendor
 * @param shipmentBoxIds at most 50 boxes
 */
public record AcknowledgeRequest(String vendorId, List<Long> shipmentBoxIds) {}
