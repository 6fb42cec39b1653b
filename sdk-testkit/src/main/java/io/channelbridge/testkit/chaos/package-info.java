/**
 * Building blocks for chaos tests of an order stream: a deduping consumer that counts what it saw,
 * and a channel wrapper that arms channel-side faults on a seeded share of pulls. The chaos tests
 * of the bundled adapters are built from them; an integrator's adapter can reuse them.
 */
package io.channelbridge.testkit.chaos;
