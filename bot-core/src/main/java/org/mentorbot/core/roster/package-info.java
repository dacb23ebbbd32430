/**
 * The roster: member profiles (mentor and/or mentee, topics, goals, timezone, experience,
 * languages, capacity, format, bio, pause), blocks, and the member commands that keep them —
 * signup, profile, edit, pause/resume, find, block, leave, forget-me and export.
 */
package org.mentorbot.core.roster;
