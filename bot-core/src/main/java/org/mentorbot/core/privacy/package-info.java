/**
 * A member's rights over their data: export everything as JSON, or erase everything after a
 * confirmation. Built from every feature's {@link org.mentorbot.core.feature.PersonalData}.
 */
package org.mentorbot.core.privacy;
