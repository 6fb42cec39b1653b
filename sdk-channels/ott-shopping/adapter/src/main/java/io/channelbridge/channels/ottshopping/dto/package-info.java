/**
 * Records shaped like the OTT-shopping reference protocol's JSON ({@code
 * channel-specs/ott-shopping.md}); the adapter maps them to the SDK's model. Not API: they change
 * with the protocol.
 */
package io.channelbridge.channels.ottshopping.dto;
