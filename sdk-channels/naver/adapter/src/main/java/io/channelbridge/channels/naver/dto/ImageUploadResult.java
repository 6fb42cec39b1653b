package io.channelbridge.channels.naver.dto;

import java.util.List;

/**
 * Reply of {@code POST /v1/product-images/upload}: the Naver-hosted URLs, in upload order.
 *
 * @param images the uploaded images
 */
public record ImageUploadResult(List<ProductBody.Image> images) {}
