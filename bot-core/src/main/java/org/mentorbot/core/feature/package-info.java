/**
 * The feature registry: each slice describes itself as a {@link
 * org.mentorbot.core.feature.Feature}, and the router, scheduler, overview and privacy commands are
 * built from the list of features.
 */
package org.mentorbot.core.feature;
