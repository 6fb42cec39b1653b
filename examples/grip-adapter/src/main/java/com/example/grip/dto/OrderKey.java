package com.example.grip.dto;

/**
 * One product row of an order, as the delivery endpoints name it.
 *
 * @param orderSeq the order
 * @param orderProductSeq the product row
 */
public record OrderKey(long orderSeq, long orderProductSeq) {}
