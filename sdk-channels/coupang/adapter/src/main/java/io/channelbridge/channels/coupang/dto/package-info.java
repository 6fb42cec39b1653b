/**
 * Records shaped like Coupang's WING Open API JSON, nothing else (seller products are read and
 * written as JSON trees, for read-modify-write).
 */
package io.channelbridge.channels.coupang.dto;
