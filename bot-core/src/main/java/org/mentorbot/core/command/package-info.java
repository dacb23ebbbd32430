/**
 * The platform-neutral command layer: the {@link org.mentorbot.core.command.Catalogue}, the text
 * grammar, binding raw input to typed {@link org.mentorbot.core.command.Options}, authorization,
 * and the router that hands a {@link org.mentorbot.core.command.CommandRequest} to its handler and
 * returns a sealed {@link org.mentorbot.core.command.Reply}.
 */
package org.mentorbot.core.command;
