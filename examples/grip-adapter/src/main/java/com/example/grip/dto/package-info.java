/**
 * Moshi classes shaped exactly like Grip's JSON (spec "Products", "Orders"): names as Grip spells
 * them, dates as epoch milliseconds, money as KRW numbers. Nothing else lives here.
 */
package com.example.grip.dto;
