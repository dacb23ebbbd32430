/**
 * The router: the core's {@link org.mentorbot.core.command.CommandGateway}, built from the feature
 * registry. It parses, authorizes, binds and dispatches, and turns every failure into a reply.
 */
package org.mentorbot.core.routing;
