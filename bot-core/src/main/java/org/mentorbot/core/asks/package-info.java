/**
 * Asks (DESIGN §3, {@code /mentor ask @mentor question:"..."}): a member asks one mentor for a
 * one-off conversation. The mentor gets Accept / Decline buttons; accepting opens a conversation
 * with both, declining tells the asker kindly and without detail, and an unanswered ask expires
 * after the community's {@code askExpiryHours} through a durable job. Owns the {@code ask} table,
 * the {@code mentor} autocomplete, an overview section and the asks part of export / forget-me.
 */
package org.mentorbot.core.asks;
