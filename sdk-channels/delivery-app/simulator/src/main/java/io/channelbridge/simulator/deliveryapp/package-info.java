/**
 * {@link io.channelbridge.simulator.deliveryapp.DeliveryAppSimulator}, a stateful simulator of the
 * SDK's delivery-app reference partner protocol, with a webhook sender.
 */
package io.channelbridge.simulator.deliveryapp;
