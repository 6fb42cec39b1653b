package io.channelbridge.channels.ottshopping.dto;

import java.util.List;
import java.util.Map;

/** The body of a product create ({@code POST}) or whole replacement ({@code PUT}). */
public record ProductBody(
    String sku,
    String title,
    String description,
    Long price,
    Long listPrice,
    Long stock,
    List<String> images,
    Map<String, String> attributes) {}
